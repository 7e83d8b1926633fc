using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>
/// Every service operation of the product, called as every kind of user against the demo database, for a
/// record of the user's own ward and of another ward — through the app's real service registrations.
/// Each feature adds its operations in <c>Access/Matrix/</c> (see <see cref="MatrixOperation"/>). 0 leaks allowed.
/// </summary>
public sealed class AccessMatrixTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    private static readonly IReadOnlyList<MatrixOperation> Operations = MatrixOperation.All();

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
            var (allowedOwn, allowedOther) = (op.AllowedOwn, op.AllowedOther);
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

        Report.Line(output, $"Access matrix: {cases} cases checked over {Operations.Count} operations, {leaks.Count} mismatches.");
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

    private async Task<MatrixFixture> FixtureAsync()
    {
        _ = factory.Services; // starts the app: migrations and demo data
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var own = await db.Wards.SingleAsync(w => w.Code == "BS");
        var other = await db.Wards.SingleAsync(w => w.Code == "QT");
        var ownCandidate = await db.Candidates.Where(c => c.WardId == own.Id).Select(c => c.Id).FirstAsync();
        var otherCandidate = await db.Candidates.Where(c => c.WardId == other.Id).Select(c => c.Id).FirstAsync();
        return new MatrixFixture(own.Id, other.Id, ownCandidate, otherCandidate);
    }
}
