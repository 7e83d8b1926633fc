namespace UongBi.Recruitment.Domain.Common;

/// <summary>Marks records whose changes are written to the audit log.</summary>
public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTimeOffset? UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
}

/// <summary>
/// Records edited by people carry an app-managed concurrency token: SQLite has no rowversion,
/// so the data layer sets a new <see cref="Version"/> on every save and refuses a stale one.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>Soft delete: the row stays, hidden by a query filter, and can be restored.</summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; set; }
    DateTimeOffset? DeletedAt { get; set; }
    string? DeletedBy { get; set; }
}

/// <summary>Base for editable records: identity, audit stamps, concurrency token, soft delete.</summary>
public abstract class EditableEntity : IAudited, IVersioned, ISoftDeletable
{
    public int Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public Guid Version { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public string? DeletedBy { get; set; }
}
