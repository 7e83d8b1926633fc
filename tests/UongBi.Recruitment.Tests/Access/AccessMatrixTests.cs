using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Accounts;
using UongBi.Recruitment.Web.Features.Administration;
using UongBi.Recruitment.Web.Features.Batches;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Features.Dashboard;
using UongBi.Recruitment.Web.Features.Targets;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>
/// Every service operation of the product, called as every kind of user against the demo database, for a
/// record of the user's own ward and of another ward — through the app's real service registrations.
/// Later features add their operations to <see cref="Operations"/>. 0 leaks allowed.
/// </summary>
public sealed class AccessMatrixTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    private sealed record Fixture(int OwnWard, int OtherWard, int OwnCandidate, int OtherCandidate);

    /// <summary>An operation: returns true when it gave the user what was asked, false when it refused or gave nothing.</summary>
    private sealed record Op(string Name, bool PerWard, Func<IServiceProvider, Fixture, int, Task<bool>> Run);

    private static readonly Op[] Operations =
    [
        new("Candidates.List(ward filter)", true, async (sp, f, ward) =>
        {
            var page = await sp.GetRequiredService<CandidatesService>().ListAsync(new CandidateQuery(WardId: ward, PageSize: 100));
            return page.Total > 0;
        }),
        new("Candidates.Get(id)", true, async (sp, f, ward) =>
            await sp.GetRequiredService<CandidatesService>().GetAsync(ward == f.OwnWard ? f.OwnCandidate : f.OtherCandidate) is not null),
        new("Candidates.Wards()", true, async (sp, f, ward) =>
            (await sp.GetRequiredService<CandidatesService>().WardsAsync()).Any(w => w.Id == ward)),
        new("Candidates.List(search, no filter)", true, async (sp, f, ward) =>
        {
            var page = await sp.GetRequiredService<CandidatesService>().ListAsync(new CandidateQuery(Search: "", PageSize: 100));
            var db = sp.GetRequiredService<AppDbContext>();
            var ids = page.Rows.Select(r => r.Id).ToList();
            return await db.Candidates.AnyAsync(c => ids.Contains(c.Id) && c.WardId == ward);
        }),
        new("Dashboard.Summary()", false, async (sp, f, ward) => Succeeds(await Try(() => sp.GetRequiredService<ShellSummaryService>().GetAsync(2024, new DateOnly(2024, 12, 31))))),
        new("Targets.ForYear()", false, async (sp, f, ward) => Succeeds(await Try(() => sp.GetRequiredService<TargetsService>().ForYearAsync(2024)))),
        new("Batches.ForYear()", false, async (sp, f, ward) => Succeeds(await Try(() => sp.GetRequiredService<BatchesService>().ForYearAsync(2024)))),
        new("Reference.Units()", false, async (sp, f, ward) => Succeeds(await Try(() => sp.GetRequiredService<ReferenceDataService>().UnitsAsync()))),
        new("Reference.Settings()", false, async (sp, f, ward) => Succeeds(await Try(() => sp.GetRequiredService<ReferenceDataService>().SettingsAsync()))),
        new("Accounts.List()", false, async (sp, f, ward) => Succeeds(await Try(() => sp.GetRequiredService<UserAdminService>().ListAsync()))),
        new("Accounts.Create()", false, async (sp, f, ward) =>
        {
            var email = $"matrix-{Guid.NewGuid():N}@uongbi.local";
            var result = await Try(() => sp.GetRequiredService<UserAdminService>().CreateAsync(new AccountForm { Email = email, Role = Roles.Viewer }));
            return result is { Succeeded: true };
        }),
        new("Accounts.Disable(admin)", false, async (sp, f, ward) =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var viewer = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "viewer@uongbi.local");
            var result = await Try(() => sp.GetRequiredService<UserAdminService>().SetDisabledAsync(viewer.Id, false));
            return result is { Succeeded: true };
        }),
    ];

    // Which users may do what: (operation → users allowed in their own ward, users allowed in another ward).
    private static readonly string[] Everyone = ["Administrator", "CityCommittee", "WardSecretary", "WardSecretaryWithoutWard", "Viewer"];
    private static readonly string[] AllWardReaders = ["Administrator", "CityCommittee", "Viewer"];

    private static (string[] Own, string[] Other) Allowed(string operation) => operation switch
    {
        "Candidates.List(ward filter)" or "Candidates.Get(id)" or "Candidates.Wards()" or "Candidates.List(search, no filter)"
            => ([.. AllWardReaders, "WardSecretary"], AllWardReaders),
        "Dashboard.Summary()" or "Targets.ForYear()" or "Batches.ForYear()" => (Everyone, Everyone),
        _ => (["Administrator"], ["Administrator"]),
    };

    private static async Task<T?> Try<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (AccessDeniedException)
        {
            return null;
        }
    }

    private static bool Succeeds(object? result) => result is not null;

    [Fact]
    public async Task Every_operation_for_every_user_and_ward_matches_the_table_with_no_leak()
    {
        // Arrange
        var fixture = await FixtureAsync();
        var users = new Dictionary<string, System.Security.Claims.ClaimsPrincipal?>
        {
            ["Administrator"] = TestUsers.Principal(Roles.Administrator, name: "admin@uongbi.local"),
            ["CityCommittee"] = TestUsers.Principal(Roles.CityCommittee, name: "thanhuy@uongbi.local"),
            ["WardSecretary"] = TestUsers.Principal(Roles.WardSecretary, fixture.OwnWard, "bacson@uongbi.local"),
            ["WardSecretaryWithoutWard"] = TestUsers.Principal(Roles.WardSecretary, null, "noward@uongbi.local"),
            ["Viewer"] = TestUsers.Principal(Roles.Viewer, name: "viewer@uongbi.local"),
            ["Anonymous"] = null,
        };

        // Act / Assert
        var cases = 0;
        var leaks = new List<string>();
        foreach (var op in Operations)
        {
            var (allowedOwn, allowedOther) = Allowed(op.Name);
            foreach (var (who, principal) in users)
            {
                foreach (var (ward, allowed) in new[] { (fixture.OwnWard, allowedOwn.Contains(who)), (fixture.OtherWard, allowedOther.Contains(who)) })
                {
                    if (!op.PerWard && ward == fixture.OtherWard)
                    {
                        continue;
                    }

                    await using var scope = factory.Services.CreateAsyncScope();
                    if (principal is not null)
                    {
                        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(principal);
                    }

                    var got = await op.Run(scope.ServiceProvider, fixture, ward);
                    cases++;
                    if (got != allowed)
                    {
                        leaks.Add($"{op.Name} as {who} for {(ward == fixture.OwnWard ? "own" : "other")} ward: expected {(allowed ? "allowed" : "refused")}, got {(got ? "allowed" : "refused")}");
                    }
                }
            }
        }

        output.WriteLine($"Access matrix: {cases} cases checked over {Operations.Length} operations, {leaks.Count} mismatches.");
        leaks.ShouldBeEmpty();
        cases.ShouldBe(users.Count * Operations.Sum(o => o.PerWard ? 2 : 1));
    }

    [Fact]
    public async Task Get_other_ward_candidate_is_logged_as_denied_without_personal_data()
    {
        // Arrange
        var fixture = await FixtureAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Principal(Roles.WardSecretary, fixture.OwnWard, "bacson@uongbi.local"));

        // Act
        var candidate = await scope.ServiceProvider.GetRequiredService<CandidatesService>().GetAsync(fixture.OtherCandidate);

        // Assert
        candidate.ShouldBeNull();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var denial = await db.AuditEntries.Where(a => a.Action == AuditAction.AccessDenied).OrderByDescending(a => a.Id).FirstAsync();
        denial.EntityKey.ShouldBe($"Candidate:{fixture.OtherCandidate}");
        denial.User.ShouldBe("bacson@uongbi.local");
        var name = await db.Candidates.Where(c => c.Id == fixture.OtherCandidate).Select(c => c.FullName).SingleAsync();
        denial.Changes.ShouldNotContain(name);
    }

    private async Task<Fixture> FixtureAsync()
    {
        _ = factory.Services; // starts the app: migrations and demo data
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var own = await db.Wards.SingleAsync(w => w.Code == "BS");
        var other = await db.Wards.SingleAsync(w => w.Code == "QT");
        var ownCandidate = await db.Candidates.Where(c => c.WardId == own.Id).Select(c => c.Id).FirstAsync();
        var otherCandidate = await db.Candidates.Where(c => c.WardId == other.Id).Select(c => c.Id).FirstAsync();
        return new Fixture(own.Id, other.Id, ownCandidate, otherCandidate);
    }
}
