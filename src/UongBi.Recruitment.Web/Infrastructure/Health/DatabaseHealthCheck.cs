using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using UongBi.Recruitment.Data;

namespace UongBi.Recruitment.Web.Infrastructure.Health;

/// <summary>Healthy when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.Settings.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reason goes to the log, not to the anonymous caller.
            return HealthCheckResult.Unhealthy("database unavailable", ex);
        }
    }
}

public static class HealthSetup
{
    public static void AddRecruitmentHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

    public static void MapRecruitmentHealth(this WebApplication app) => app.MapHealthChecks("/health").AllowAnonymous();
}
