using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Seeding;
using UongBi.Recruitment.Web.Infrastructure.Database;

namespace UongBi.Recruitment.Web.Infrastructure;

/// <summary>
/// Maintenance commands run instead of the web server: <c>dotnet run --project src/UongBi.Recruitment.Web -- --seed-demo</c>.
/// </summary>
public static class CommandLine
{
    public const string SeedDemo = "--seed-demo";

    private static readonly string[] Commands = [SeedDemo];

    /// <summary>The command asked for (if any) and the remaining arguments for the host's configuration.</summary>
    public static (string? Command, string[] HostArgs) Split(string[] args)
    {
        var command = args.FirstOrDefault(a => Commands.Contains(a, StringComparer.Ordinal));
        return (command, [.. args.Where(a => !Commands.Contains(a, StringComparer.Ordinal))]);
    }

    public static async Task<int> RunAsync(WebApplication app, string command, TextWriter output)
    {
        switch (command)
        {
            case SeedDemo:
                await app.PrepareDatabaseAsync();
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
                    await using var db = await factory.CreateDbContextAsync();
                    var result = await new DemoDataSeeder(scope.ServiceProvider.GetRequiredService<TimeProvider>()).SeedAsync(db);
                    if (result.Outcome == DemoSeedOutcome.DatabaseNotEmpty)
                    {
                        await output.WriteLineAsync("The database already holds units: demo data was not added (it is only seeded into an empty database).");
                        return 2;
                    }

                    var location = scope.ServiceProvider.GetRequiredService<DatabaseLocation>();
                    await output.WriteLineAsync($"Demo data added to {location.FilePath}: {result.Wards} units, {result.Cells} cells, {result.Candidates} candidates.");
                    return 0;
                }

            default:
                await output.WriteLineAsync($"Unknown command: {command}");
                return 64;
        }
    }
}
