using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Seeding;
using UongBi.Recruitment.Web.Features.Accounts;
using UongBi.Recruitment.Web.Infrastructure.Database;

namespace UongBi.Recruitment.Web.Infrastructure;

/// <summary>
/// Maintenance commands run instead of the web server, e.g.
/// <c>dotnet run --project src/UongBi.Recruitment.Web -- --seed-demo</c> or <c>-- create-admin --email a@b.vn</c>.
/// </summary>
public static class CommandLine
{
    public const string SeedDemo = "--seed-demo";
    public const string CreateAdmin = "create-admin";

    private static readonly string[] Commands = [SeedDemo, CreateAdmin];

    /// <summary>The command asked for (if any), its email argument, and the remaining arguments for the host.</summary>
    public static (string? Command, string? Email, string[] HostArgs) Split(string[] args)
    {
        var command = args.FirstOrDefault(a => Commands.Contains(a, StringComparer.Ordinal));
        string? email = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (Commands.Contains(args[i], StringComparer.Ordinal))
            {
                continue;
            }

            if (command == CreateAdmin && args[i] == "--email" && i + 1 < args.Length)
            {
                email = args[++i];
                continue;
            }

            rest.Add(args[i]);
        }

        return (command, email, [.. rest]);
    }

    public static async Task<int> RunAsync(WebApplication app, string command, string? email, TextWriter output)
    {
        switch (command)
        {
            case CreateAdmin:
                if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
                {
                    await output.WriteLineAsync("Usage: create-admin --email <address>");
                    return 64;
                }

                await app.PrepareDatabaseAsync();
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var (created, message) = await scope.ServiceProvider.GetRequiredService<AccountSeeder>().CreateAdministratorAsync(email);
                    await output.WriteLineAsync(message);
                    return created ? 0 : 2;
                }

            case SeedDemo:
                await app.PrepareDatabaseAsync();
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
                    await using var db = await factory.CreateDbContextAsync();
                    var result = await DatabaseSetup.SeedDemoAsync(app, scope.ServiceProvider, db);
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
