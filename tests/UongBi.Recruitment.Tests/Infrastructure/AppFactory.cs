using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace UongBi.Recruitment.Tests.Infrastructure;

/// <summary>
/// The real app in memory (Development, demo data) on its own SQLite file and log folder, with the clock
/// fixed at <see cref="SqliteTestDatabase.Now"/>.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "uongbi-tests", "app-" + Guid.NewGuid().ToString("N"));

    public string LogFolder => Path.Combine(_folder, "logs");

    /// <summary>
    /// Fixed start, but moving like a real clock (every reading advances it a little): the security-stamp
    /// check runs only when time has passed since the cookie was issued, as it always has in production.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(SqliteTestDatabase.Now) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(20) };

    /// <summary>Settings a test class changes (e.g. a low login rate limit, another environment).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected virtual string Environment => "Development";

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Path", Path.Combine(_folder, "app.db"));
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(LogFolder, "app-.log"));

        // Many tests sign in from the same (test-server) address; the rate limit has tests of its own.
        builder.UseSetting("Auth:LoginPostsPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureTestServices(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Log file still being flushed; the temp folder is cleaned by the OS.
        }
    }
}
