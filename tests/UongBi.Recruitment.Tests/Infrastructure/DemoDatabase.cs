using UongBi.Recruitment.Data.Seeding;

namespace UongBi.Recruitment.Tests.Infrastructure;

/// <summary>One demo-seeded database shared (read-only) by the tests of a class.</summary>
public sealed class DemoDatabase : IAsyncLifetime
{
    public SqliteTestDatabase Database { get; private set; } = null!;

    public DemoSeedResult Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync();
        await using var db = Database.CreateContext("seeder");
        Seed = await new DemoDataSeeder(Database.Clock).SeedAsync(db);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
