using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;

namespace UongBi.Recruitment.Web.Infrastructure.Auth;

/// <summary>
/// Security events in the audit table (sign-ins, failures, lockouts, sign-outs, refused access) and in
/// the log. The log line names the account id and what was refused, never a candidate's personal data.
/// </summary>
public sealed partial class SecurityAudit(IDbContextFactory<AppDbContext> factory, TimeProvider clock, ILogger<SecurityAudit> logger)
{
    public async Task RecordAsync(AuditAction action, string? account, string subject, string detail = "", CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            User = account,
            EntityType = "Security",
            EntityKey = subject,
            Action = action,
            Changes = System.Text.Json.JsonSerializer.Serialize(new { detail }),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A refused attempt to reach a record outside the user's scope, answered as "not found".</summary>
    public async Task DeniedAsync(CurrentUser user, string entity, string key, CancellationToken cancellationToken = default)
    {
        LogDenied(logger, user.Scope.UserId ?? "anonymous", user.Scope.Role ?? "none", entity, key);
        await RecordAsync(AuditAction.AccessDenied, user.Name, $"{entity}:{key}", "outside the user's scope", cancellationToken);
    }

    /// <summary>
    /// A downloaded workbook: who, what (report, file, filters), when and how many rows — the filters as the
    /// address gave them, without search text, which may be a name.
    /// </summary>
    public async Task ExportedAsync(CurrentUser user, string report, string fileName, string parameters, int rows, CancellationToken cancellationToken = default)
    {
        LogExported(logger, user.Scope.UserId ?? "anonymous", report, rows);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            User = user.Name,
            EntityType = "Export",
            EntityKey = report,
            Action = AuditAction.Export,
            Changes = System.Text.Json.JsonSerializer.Serialize(new { file = fileName, parameters, rows }),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Export: account {UserId} downloaded {Report} with {Rows} rows")]
    private static partial void LogExported(ILogger logger, string userId, string report, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access denied: account {UserId} ({Role}) asked for {Entity} {Key} outside its scope")]
    private static partial void LogDenied(ILogger logger, string userId, string role, string entity, string key);
}
