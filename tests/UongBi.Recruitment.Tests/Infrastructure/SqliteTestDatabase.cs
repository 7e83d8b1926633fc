using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;

namespace UongBi.Recruitment.Tests.Infrastructure;

/// <summary>
/// A real SQLite file in a temporary folder, migrated like production (never EnsureCreated, never the
/// InMemory provider). Deleted when disposed.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    /// <summary>The day the tests live in: the session's "today" (Vietnam time).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(7));

    private SqliteTestDatabase(string folder)
    {
        Folder = folder;
        FilePath = Path.Combine(folder, "test.db");
        ConnectionString = DataServiceCollectionExtensions.BuildConnectionString(FilePath);
        Clock = new FakeTimeProvider(Now);
    }

    public string Folder { get; }
    public string FilePath { get; }
    public string ConnectionString { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<SqliteTestDatabase> CreateAsync(bool migrate = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "uongbi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new SqliteTestDatabase(folder);
        if (migrate)
        {
            await using var db = database.CreateContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public DbContextOptions<AppDbContext> Options
    {
        get
        {
            var builder = new DbContextOptionsBuilder<AppDbContext>();
            DataServiceCollectionExtensions.Configure(builder, ConnectionString);
            return builder.Options;
        }
    }

    public AppDbContext CreateContext(string user = "tester") => new(Options, new NamedUser(user), Clock);

    public IDbContextFactory<AppDbContext> Factory(string user = "tester") => new TestFactory(this, user);

    public async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing connection; the temp folder is cleaned by the OS.
        }

        return ValueTask.CompletedTask;
    }

    private sealed class NamedUser(string name) : IAuditUser
    {
        public string? Name => name;
    }

    private sealed class TestFactory(SqliteTestDatabase database, string user) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => database.CreateContext(user);
    }
}
