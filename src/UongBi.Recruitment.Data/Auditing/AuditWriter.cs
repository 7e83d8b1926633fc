using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using UongBi.Recruitment.Domain.Common;

namespace UongBi.Recruitment.Data.Auditing;

/// <summary>
/// Stamps and audits the changes of one save. <see cref="Prepare"/> runs before the save (original
/// values are still known); <see cref="Complete"/> after it (generated keys are known).
/// </summary>
internal sealed class AuditWriter(DbContext context, string? user, DateTimeOffset now)
{
    // Secrets of accounts never go into the audit log: only that they changed.
    private static readonly HashSet<string> Redacted = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp",
    };

    internal sealed record Pending(EntityEntry Entry, AuditAction Action, Dictionary<string, object?> Changes);

    public List<Pending> Prepare()
    {
        var pending = new List<Pending>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            Stamp(entry);
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Deleted => AuditAction.Delete,
                _ => entry.Entity is ISoftDeletable { IsDeleted: true } && !(bool)entry.Property(nameof(ISoftDeletable.IsDeleted)).OriginalValue!
                    ? AuditAction.Delete
                    : AuditAction.Update,
            };
            var changes = Describe(entry);
            if (action == AuditAction.Update && changes.Count == 0)
            {
                continue;
            }

            pending.Add(new Pending(entry, action, changes));
        }

        return pending;
    }

    public IEnumerable<AuditEntry> Complete(List<Pending> pending) =>
        pending.Select(p => new AuditEntry
        {
            At = now,
            User = user,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityKey = KeyOf(p.Entry),
            Action = p.Action,
            Changes = JsonSerializer.Serialize(p.Changes),
        });

    private void Stamp(EntityEntry entry)
    {
        if (entry.Entity is ISoftDeletable softDeletable && entry.State == EntityState.Deleted)
        {
            // Records are never removed by an ordinary delete: they are hidden and can be restored.
            entry.State = EntityState.Modified;
            softDeletable.IsDeleted = true;
            softDeletable.DeletedAt = now;
            softDeletable.DeletedBy = user;
        }

        if (entry.Entity is IAudited audited)
        {
            if (entry.State == EntityState.Added)
            {
                audited.CreatedAt = now;
                audited.CreatedBy = user;
            }
            else if (entry.State == EntityState.Modified)
            {
                audited.UpdatedAt = now;
                audited.UpdatedBy = user;
            }
        }

        if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
        {
            // The original value (what the editor loaded) stays in the WHERE clause; a stale one matches
            // no row and EF reports a concurrency conflict instead of overwriting someone's change.
            versioned.Version = Guid.NewGuid();
        }
    }

    private static Dictionary<string, object?> Describe(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(IVersioned.Version) or nameof(IAudited.UpdatedAt) or nameof(IAudited.UpdatedBy))
            {
                continue;
            }

            if (Redacted.Contains(name))
            {
                if (entry.State != EntityState.Modified || (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue)))
                {
                    changes[name] = "(changed)";
                }

                continue;
            }

            if (entry.State == EntityState.Modified)
            {
                if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                {
                    changes[name] = new { old = Plain(property.OriginalValue), @new = Plain(property.CurrentValue) };
                }
            }
            else if (!property.Metadata.IsPrimaryKey() || entry.State != EntityState.Added)
            {
                changes[name] = Plain(property.CurrentValue);
            }
        }

        return changes;
    }

    private static object? Plain(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => value,
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
}
