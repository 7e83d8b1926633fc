namespace UongBi.Recruitment.Data.Auditing;

public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,

    // Security events, written by the sign-in code (QUALITY.md: logins, lockouts, denials are audited).
    SignIn = 10,
    SignInFailed = 11,
    LockedOut = 12,
    SignOut = 13,
    AccessDenied = 20,

    // A workbook downloaded (QUALITY.md: exports are audited — who, what, when, how many rows).
    Export = 30,
}

/// <summary>
/// One audited change: who, when, which record, and the changed values as JSON. Written by
/// <see cref="AppDbContext"/> in the same transaction as the change itself.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? User { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>{"Property": {"old": …, "new": …}} for updates; {"Property": value} for inserts and deletes.</summary>
    public required string Changes { get; set; }
}
