using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace UongBi.Recruitment.Data.Auditing;

/// <summary>
/// One field of an audit row, as text: <see cref="Old"/> is null for an insert (and for a value that was empty),
/// <see cref="New"/> for a hard delete. Enums are their names, dates ISO text (as <see cref="AuditWriter"/> wrote them).
/// </summary>
public sealed record AuditField(string Name, string? Old, string? New);

/// <summary>One audit row of a record, with its changed fields read back from the JSON.</summary>
public sealed record AuditRecord(DateTimeOffset At, string? User, string EntityKey, AuditAction Action, IReadOnlyList<AuditField> Fields);

/// <summary>
/// Reads the change history of records back from the audit table, for the pages that show "who changed what".
/// The one reader of the JSON <see cref="AuditWriter"/> writes, so pages never parse it themselves.
/// </summary>
public static class AuditTrail
{
    /// <summary>
    /// The audit rows of the records of <paramref name="entityType"/> with the given keys, newest first, at most
    /// <paramref name="take"/>.
    /// </summary>
    public static async Task<IReadOnlyList<AuditRecord>> OfAsync(
        this IQueryable<AuditEntry> entries, string entityType, IReadOnlyCollection<string> keys, int take, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        // One save writes its rows with one time stamp: the id keeps them in the order they were written.
        var rows = await entries.AsNoTracking()
            .Where(a => a.EntityType == entityType && keys.Contains(a.EntityKey))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new AuditRecord(a.At, a.User, a.EntityKey, a.Action, Fields(a.Action, a.Changes)))];
    }

    /// <summary>
    /// As <see cref="OfAsync"/>, with each author shown as the account's name ("Bí thư Đảng ủy phường Bắc Sơn")
    /// rather than the sign-in e-mail the audit row keeps; an author without an account keeps what was recorded.
    /// </summary>
    public static async Task<IReadOnlyList<AuditRecord>> HistoryAsync(
        this AppDbContext db, string entityType, IReadOnlyCollection<string> keys, int take, CancellationToken cancellationToken = default)
    {
        var records = await db.AuditEntries.OfAsync(entityType, keys, take, cancellationToken);
        var authors = records.Select(r => r.User).OfType<string>().Distinct().ToList();
        if (authors.Count == 0)
        {
            return records;
        }

        var names = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && authors.Contains(u.UserName) && u.FullName != null && u.FullName != "")
            .Select(u => new { u.UserName, u.FullName })
            .ToDictionaryAsync(u => u.UserName!, u => u.FullName!, cancellationToken);
        return [.. records.Select(r => r.User is { } author && names.TryGetValue(author, out var name) ? r with { User = name } : r)];
    }

    /// <summary>
    /// The fields of one audit row's JSON: {"Property": {"old": …, "new": …}} for updates and soft deletes,
    /// {"Property": value} for inserts and hard deletes. A row that cannot be read has no fields.
    /// </summary>
    public static IReadOnlyList<AuditField> Fields(AuditAction action, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            var fields = new List<AuditField>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("old", out var old) && value.TryGetProperty("new", out var @new))
                {
                    fields.Add(new AuditField(property.Name, Text(old), Text(@new)));
                }
                else if (action == AuditAction.Delete)
                {
                    fields.Add(new AuditField(property.Name, Text(value), null));
                }
                else
                {
                    fields.Add(new AuditField(property.Name, null, Text(value)));
                }
            }

            return fields;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => bool.TrueString,
        JsonValueKind.False => bool.FalseString,
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        _ => value.GetRawText(),
    };
}
