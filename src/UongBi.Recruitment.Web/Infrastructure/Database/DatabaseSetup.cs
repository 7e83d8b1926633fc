using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Seeding;
using UongBi.Recruitment.Web.Features.Accounts;

namespace UongBi.Recruitment.Web.Infrastructure.Database;

public static partial class DatabaseSetup
{
    /// <summary>Registers the SQLite database at "Database:Path" (relative paths are under the content root).</summary>
    public static void AddRecruitmentDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var file = Path.IsPathRooted(options.Path)
            ? options.Path
            : Path.Combine(builder.Environment.ContentRootPath, options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRecruitmentData(file);
    }

    /// <summary>Migrates (after a backup copy), fills reference data and, when configured, the demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(options.BackupFolder, cancellationToken);
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await ReferenceDataSeeder.SeedAsync(db, cancellationToken);
        await DataMaintenance.BackfillNameKeysAsync(db, cancellationToken);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountSeeder>();
        await accounts.EnsureRolesAsync();
        if (options.SeedDemoData)
        {
            await SeedDemoAsync(app, scope.ServiceProvider, db, cancellationToken);
        }
    }

    /// <summary>Demo data and demo accounts (their password from "Demo:Password").</summary>
    public static async Task<DemoSeedResult> SeedDemoAsync(WebApplication app, IServiceProvider services, AppDbContext db, CancellationToken cancellationToken = default)
    {
        var result = await new DemoDataSeeder(services.GetRequiredService<TimeProvider>()).SeedAsync(db, cancellationToken);
        if (result.Outcome == DemoSeedOutcome.Seeded)
        {
            LogDemoSeeded(app.Logger, result.Wards, result.Cells, result.Candidates);
        }

        var password = app.Configuration["Demo:Password"] is { Length: > 0 } configured ? configured : AccountSeeder.DefaultDemoPassword;
        await services.GetRequiredService<AccountSeeder>().EnsureDemoAccountsAsync(password);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Wards} units, {Cells} cells, {Candidates} candidates")]
    private static partial void LogDemoSeeded(ILogger logger, int wards, int cells, int candidates);
}
