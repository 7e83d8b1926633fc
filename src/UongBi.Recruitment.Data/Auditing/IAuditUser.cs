namespace UongBi.Recruitment.Data.Auditing;

/// <summary>Names the person behind a change in audit rows and stamps.</summary>
public interface IAuditUser
{
    string? Name { get; }
}

/// <summary>Changes made by the application itself (migrations, seeding, scheduled jobs).</summary>
public sealed class SystemAuditUser : IAuditUser
{
    public static SystemAuditUser Instance { get; } = new();

    public string? Name => "system";
}
