using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data.Auditing;

namespace UongBi.Recruitment.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The assembly that holds the generated SQLite migrations.</summary>
    public const string SqliteMigrationsAssembly = "UongBi.Recruitment.Data.Sqlite";

    /// <summary>
    /// Registers <c>IDbContextFactory&lt;AppDbContext&gt;</c> on the SQLite file. The factory is scoped so each
    /// context knows the signed-in user of its circuit or request for audit rows.
    /// </summary>
    public static IServiceCollection AddRecruitmentData(this IServiceCollection services, string databaseFile)
    {
        var connectionString = BuildConnectionString(databaseFile);
        services.AddSingleton(new DatabaseLocation(Path.GetFullPath(databaseFile), connectionString));
        services.AddDbContextFactory<AppDbContext>(
            options => Configure(options, connectionString),
            ServiceLifetime.Scoped);
        services.AddScoped<IAuditUser>(_ => SystemAuditUser.Instance);
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static string BuildConnectionString(string databaseFile) => new SqliteConnectionStringBuilder
    {
        DataSource = databaseFile,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = 30,
    }.ToString();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
            .AddInterceptors(new SqlitePragmas());
}

/// <summary>Where the database file is, for backups and the health check.</summary>
public sealed record DatabaseLocation(string FilePath, string ConnectionString);
