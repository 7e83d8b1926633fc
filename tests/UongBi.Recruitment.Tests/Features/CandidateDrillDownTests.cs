using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>
/// The dashboard's drill-down filters of the candidates list, on the demo data through the app's services. Each
/// expected list is computed independently in C# from the entities with the domain rules (AdmissionPath.StageOn,
/// AgeRules, TargetScopes), never with the query helpers under test.
/// </summary>
public sealed class CandidateDrillDownTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly DateOnly NewYear2024 = new(2024, 1, 1);
    private static readonly DateOnly September2 = new(2024, 9, 2);

    private async Task<T> AsAsync<T>(string role, int? ward, Func<CandidatesService, AppDbContext, Task<T>> act)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Principal(role, ward, "tester@uongbi.local"));
        return await act(scope.ServiceProvider.GetRequiredService<CandidatesService>(), scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Every row the list gives for the query, page by page, and the total it reports.</summary>
    private static async Task<(int Total, List<int> Ids)> ListAllAsync(CandidatesService service, CandidateQuery query)
    {
        var ids = new List<int>();
        for (var number = 0; ; number++)
        {
            var page = await service.ListAsync(query with { Page = number, PageSize = CandidateQuery.MaxPageSize });
            ids.AddRange(page.Rows.Select(r => r.Id));
            if (page.Rows.Count < CandidateQuery.MaxPageSize)
            {
                return (page.Total, ids);
            }
        }
    }

    private async Task<(int Total, List<int> Ids, List<Candidate> Everybody, int BacSon)> RunAsync(CandidateQuery query, string role = Roles.CityCommittee, int? ward = null) =>
        await AsAsync(role, ward, async (s, db) =>
        {
            var bacSon = await db.Wards.Where(w => w.Name == "Bắc Sơn").Select(w => w.Id).SingleAsync();
            var everybody = await db.Candidates.AsNoTracking().Include(c => c.Cell).ToListAsync();
            var (total, ids) = await ListAllAsync(s, query);
            return (total, ids, everybody, bacSon);
        });

    private async Task<int> BacSonAsync() =>
        await AsAsync(Roles.Viewer, null, (_, db) => db.Wards.Where(w => w.Name == "Bắc Sơn").Select(w => w.Id).SingleAsync());

    private static List<int> Ids(IEnumerable<Candidate> candidates) => [.. candidates.Select(c => c.Id).Order()];

    private static bool AtStages(Candidate c, Stage first, Stage last, DateOnly on) =>
        AdmissionPath.StageOn(c, on) is { } stage && stage >= first && stage <= last;

    [Fact]
    public async Task Admitted_by_2_september_2024_in_bac_son_residential_and_village_cells_are_the_articles_15()
    {
        // Arrange
        var bacSon = await BacSonAsync();
        var query = new CandidateQuery(WardId: bacSon, AdmittedFrom: NewYear2024, AdmittedTo: September2, CellScope: TargetScope.ResidentialAndVillage);

        // Act
        var (total, ids, everybody, _) = await RunAsync(query);

        // Assert
        var expected = everybody.Where(c => c.WardId == bacSon && c.AdmittedOn >= NewYear2024 && c.AdmittedOn <= September2
            && TargetScope.ResidentialAndVillage.Counts(c.Cell!.Kind));
        total.ShouldBe(15);
        ids.Order().ShouldBe(Ids(expected));
    }

    [Fact]
    public async Task All_cells_scope_restricts_nothing_and_residential_scope_leaves_out_enterprises_schools_and_agencies()
    {
        // Arrange
        var bacSon = await BacSonAsync();
        var period = new CandidateQuery(WardId: bacSon, AdmittedFrom: NewYear2024, AdmittedTo: new DateOnly(2024, 12, 31));

        // Act
        var all = await RunAsync(period with { CellScope = TargetScope.AllCells });
        var unscoped = await RunAsync(period);
        var residential = await RunAsync(period with { CellScope = TargetScope.ResidentialAndVillage });

        // Assert
        var admitted = all.Everybody.Where(c => c.WardId == bacSon && c.AdmittedOn?.Year == 2024).ToList();
        all.Ids.Order().ShouldBe(Ids(admitted));
        unscoped.Ids.Order().ShouldBe(Ids(admitted));
        residential.Ids.Order().ShouldBe(Ids(admitted.Where(c => TargetScope.ResidentialAndVillage.Counts(c.Cell!.Kind))));
        residential.Total.ShouldBeLessThan(all.Total, "the demo admits some candidates in Bắc Sơn's enterprise, school and agency cells");
    }

    [Theory]
    [InlineData(Stage.CellResolution, Stage.Decision, "2024-09-01", "Bắc Sơn")]
    [InlineData(Stage.Decision, Stage.Decision, "2024-09-01", null)]
    [InlineData(Stage.CellResolution, Stage.Decision, "2024-10-25", null)]
    [InlineData(Stage.CellResolution, Stage.Decision, "2025-11-01", null)]
    [InlineData(Stage.Source, Stage.Source, "2024-12-10", "Bắc Sơn")]
    [InlineData(Stage.Decision, Stage.Decision, "2026-11-24", null)]
    [InlineData(Stage.Source, Stage.Source, "2026-11-24", null)]
    [InlineData(Stage.Sympathiser, Stage.Sympathiser, "2026-11-24", null)]
    [InlineData(Stage.Dossier, Stage.Dossier, "2026-11-24", null)]
    [InlineData(Stage.Verification, Stage.Verification, "2026-11-24", null)]
    [InlineData(Stage.CellResolution, Stage.CellResolution, "2026-11-24", null)]
    [InlineData(Stage.CommitteeReview, Stage.CommitteeReview, "2026-11-24", null)]
    [InlineData(Stage.Decision, Stage.Decision, "2026-11-24", "Bắc Sơn")]
    [InlineData(Stage.Probationary, Stage.Official, "2024-09-02", "Bắc Sơn")]
    public async Task Stages_as_of_a_date_are_the_candidates_AdmissionPath_puts_there_that_day(Stage first, Stage last, string on, string? wardName)
    {
        // Arrange
        var asOf = DateOnly.ParseExact(on, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ward = wardName is null ? null : (int?)await BacSonAsync();

        // Act
        var (total, ids, everybody, _) = await RunAsync(new CandidateQuery(WardId: ward, Stage: first, StageTo: last, AsOf: asOf));

        // Assert
        var expected = Ids(everybody.Where(c => (ward is null || c.WardId == ward) && AtStages(c, first, last, asOf)));
        expected.ShouldNotBeEmpty("each case is chosen so the demo has candidates there");
        total.ShouldBe(expected.Count);
        ids.Order().ShouldBe(expected);
    }

    [Fact]
    public async Task Pipeline_5_to_7_in_bac_son_on_2_september_2024_is_empty_because_that_days_ceremony_admitted_everyone_decided()
    {
        // Arrange
        var bacSon = await BacSonAsync();
        var pipeline = new CandidateQuery(WardId: bacSon, Stage: Stage.CellResolution, StageTo: Stage.Decision);

        // Act
        var onTheDay = await RunAsync(pipeline with { AsOf = September2 });
        var dayBefore = await RunAsync(pipeline with { AsOf = September2.AddDays(-1) });

        // Assert: the demo's 2 Sept batch admits everyone it decided, so they are at stage 8 that evening
        var everybody = onTheDay.Everybody;
        onTheDay.Ids.Order().ShouldBe(Ids(everybody.Where(c => c.WardId == bacSon && AtStages(c, Stage.CellResolution, Stage.Decision, September2))));
        onTheDay.Total.ShouldBe(0);
        dayBefore.Ids.Order().ShouldBe(Ids(everybody.Where(c => c.WardId == bacSon && AtStages(c, Stage.CellResolution, Stage.Decision, September2.AddDays(-1)))));
        dayBefore.Total.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Stage_alone_as_of_a_date_is_one_stage_and_stage_to_alone_starts_at_the_source()
    {
        // Act
        var awaitingCeremony = await RunAsync(new CandidateQuery(Stage: Stage.Decision, AsOf: new DateOnly(2024, 10, 25)));
        var early = await RunAsync(new CandidateQuery(StageTo: Stage.Dossier, AsOf: September2));

        // Assert
        var everybody = awaitingCeremony.Everybody;
        awaitingCeremony.Ids.Order().ShouldBe(Ids(everybody.Where(c => AtStages(c, Stage.Decision, Stage.Decision, new DateOnly(2024, 10, 25)))));
        awaitingCeremony.Total.ShouldBeGreaterThan(0);
        early.Ids.Order().ShouldBe(Ids(everybody.Where(c => AtStages(c, Stage.Source, Stage.Dossier, September2))));
        early.Total.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Stage_range_without_a_date_is_the_current_stage_as_before()
    {
        // Act
        var range = await RunAsync(new CandidateQuery(Stage: Stage.CellResolution, StageTo: Stage.Decision));
        var single = await RunAsync(new CandidateQuery(Stage: Stage.Decision));

        // Assert: dropped candidates keep their stage, as the single-stage filter always counted them
        var everybody = range.Everybody;
        range.Ids.Order().ShouldBe(Ids(everybody.Where(c => c.Stage is >= Stage.CellResolution and <= Stage.Decision)));
        single.Ids.Order().ShouldBe(Ids(everybody.Where(c => c.Stage == Stage.Decision)));
        range.Total.ShouldBeGreaterThan(single.Total);
    }

    [Fact]
    public async Task Dashboard_breakdowns_of_admissions_in_2024_match_the_domain_rules()
    {
        // Arrange: the figures the dashboard breaks the year down by, each within the residential scope
        var yearEnd = new DateOnly(2024, 12, 31);
        var inScope = new CandidateQuery(AdmittedFrom: NewYear2024, AdmittedTo: yearEnd, CellScope: TargetScope.ResidentialAndVillage);
        (string Name, CandidateQuery Query, Func<Candidate, bool> Expected)[] figures =
        [
            ("category", inScope with { Category = Category.YouthUnionMember }, c => c.Category == Category.YouthUnionMember),
            ("cell kind", inScope with { CellKind = CellKind.Village }, c => c.Cell!.Kind == CellKind.Village),
            ("gender", inScope with { Gender = Gender.Female }, c => c.Gender == Gender.Female),
            ("month", inScope with { AdmittedFrom = new DateOnly(2024, 5, 1), AdmittedTo = new DateOnly(2024, 5, 31) }, c => c.AdmittedOn!.Value.Month == 5),
            ("under 30", inScope with { AgeUnder = 30 }, c => AgeRules.AgeInYears(c.BirthDate, c.AdmittedOn!.Value) < 30),
            ("enterprise kind, all cells", inScope with { CellScope = TargetScope.AllCells, CellKind = CellKind.Enterprise }, c => c.Cell!.Kind == CellKind.Enterprise),
        ];

        foreach (var (name, query, predicate) in figures)
        {
            // Act
            var (total, ids, everybody, _) = await RunAsync(query);

            // Assert
            var scope = query.CellScope ?? TargetScope.AllCells;
            var expected = Ids(everybody.Where(c => c.AdmittedOn >= NewYear2024 && c.AdmittedOn <= yearEnd && scope.Counts(c.Cell!.Kind) && predicate(c)));
            expected.ShouldNotBeEmpty(name);
            total.ShouldBe(expected.Count, name);
            ids.Order().ToList().ShouldBe(expected, name);
        }
    }

    [Fact]
    public async Task Under_30_leaves_out_candidates_30_or_older_at_their_ceremony_and_those_not_admitted()
    {
        // Act
        var (_, ids, everybody, _) = await RunAsync(new CandidateQuery(AgeUnder: 30));

        // Assert
        var admitted = everybody.Where(c => c.AdmittedOn is not null).ToList();
        var expected = Ids(admitted.Where(c => AgeRules.AgeInYears(c.BirthDate, c.AdmittedOn!.Value) < 30));
        ids.Order().ShouldBe(expected);
        expected.Count.ShouldBeLessThan(admitted.Count, "the demo admits demobilised soldiers and workers over 30 too");
    }

    [Fact]
    public async Task Ward_secretary_of_another_ward_gets_nothing_for_bac_son_filters_and_only_her_ward_without_them()
    {
        // Arrange
        var bacSon = await BacSonAsync();
        var namKhe = await AsAsync(Roles.Viewer, null, (_, db) => db.Wards.Where(w => w.Name == "Nam Khê").Select(w => w.Id).SingleAsync());
        var drill = new CandidateQuery(AdmittedFrom: NewYear2024, AdmittedTo: September2, CellScope: TargetScope.ResidentialAndVillage);

        // Act
        var bacSonRows = await RunAsync(drill with { WardId = bacSon }, Roles.WardSecretary, namKhe);
        var ownRows = await RunAsync(drill, Roles.WardSecretary, namKhe);

        // Assert
        bacSonRows.Total.ShouldBe(0);
        bacSonRows.Ids.ShouldBeEmpty();
        var expected = Ids(ownRows.Everybody.Where(c => c.WardId == namKhe && c.AdmittedOn >= NewYear2024 && c.AdmittedOn <= September2
            && TargetScope.ResidentialAndVillage.Counts(c.Cell!.Kind)));
        expected.ShouldNotBeEmpty();
        ownRows.Ids.Order().ShouldBe(expected);
    }

    [Fact]
    public async Task Unknown_codes_and_age_limits_out_of_range_are_ignored()
    {
        // Arrange: the same list as Bắc Sơn alone, whatever bad value is added
        var bacSon = await BacSonAsync();
        var baseline = new CandidateQuery(WardId: bacSon);
        CandidateQuery[] bad =
        [
            baseline with { Stage = (Stage)42, AsOf = September2 },
            baseline with { StageTo = (Stage)0 },
            baseline with { Category = (Category)0 },
            baseline with { Gender = (Gender)7 },
            baseline with { CellScope = (TargetScope)9 },
            baseline with { CellKind = (CellKind)77 },
            baseline with { Deadline = (DeadlineState)99 },
            baseline with { AgeUnder = 0 },
            baseline with { AgeUnder = -30 },
            baseline with { AgeUnder = 121 },
            baseline with { AgeUnder = int.MaxValue },
            baseline with { AsOf = September2 },
        ];

        // Act
        var expected = await RunAsync(baseline);

        // Assert
        expected.Total.ShouldBeGreaterThan(0);
        foreach (var query in bad)
        {
            (await RunAsync(query)).Ids.Order().ToList().ShouldBe(Ids(expected.Everybody.Where(c => c.WardId == bacSon)), query.ToString());
        }
    }

    [Fact]
    public async Task Ranges_that_end_before_they_start_give_an_empty_list()
    {
        // Arrange
        var bacSon = await BacSonAsync();
        CandidateQuery[] empty =
        [
            new(WardId: bacSon, AdmittedFrom: September2, AdmittedTo: NewYear2024),
            new(WardId: bacSon, Stage: Stage.Decision, StageTo: Stage.CellResolution),
            new(WardId: bacSon, Stage: Stage.Decision, StageTo: Stage.CellResolution, AsOf: September2),
        ];

        foreach (var query in empty)
        {
            // Act
            var (total, ids, _, _) = await RunAsync(query);

            // Assert
            total.ShouldBe(0, query.ToString());
            ids.ShouldBeEmpty(query.ToString());
        }
    }

    [Fact]
    public async Task Open_ended_admission_periods_count_from_the_start_or_up_to_the_end()
    {
        // Act
        var upTo = await RunAsync(new CandidateQuery(AdmittedTo: September2));
        var from = await RunAsync(new CandidateQuery(AdmittedFrom: September2));

        // Assert
        var everybody = upTo.Everybody;
        upTo.Ids.Order().ShouldBe(Ids(everybody.Where(c => c.AdmittedOn <= September2)));
        from.Ids.Order().ShouldBe(Ids(everybody.Where(c => c.AdmittedOn >= September2)));
    }

    [Theory]
    [InlineData("?ward=abc&from=2024-13-45&to=02%2F09%2F2024&asOf=yesterday&stage=x&stageTo=99&scope=&kind=-1&ageUnder=old&year=20x4&gender=3")]
    [InlineData("?ward=999999999999&cell=1e3&category=1.5&deadline=%20")]
    public async Task Drill_down_address_with_bad_values_still_renders_on_the_server(string query)
    {
        // The prerender reads the address too: with int parameters "ward=abc" used to be a server error.
        var client = await factory.SignedInClientAsync("thanhuy@uongbi.local");

        var response = await client.GetAsync(new Uri("/candidates" + query, UriKind.Relative));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Quần chúng ưu tú");
        html.ShouldNotContain("data-testid=\"drill-filters\"");
    }

    [Fact]
    public async Task Drill_down_address_is_prerendered_with_its_chips()
    {
        var bacSon = await BacSonAsync();
        var client = await factory.SignedInClientAsync("thanhuy@uongbi.local");

        var response = await client.GetAsync(new Uri("/" + CandidateLinks.For(ward: bacSon, from: NewYear2024, to: September2, scope: TargetScope.ResidentialAndVillage), UriKind.Relative));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Kết nạp từ 01/01/2024 đến 02/09/2024");
        html.ShouldContain("Chi bộ khu dân cư, thôn");
    }

    [Fact]
    public void Checked_keeps_good_values_and_drops_only_the_bad_ones()
    {
        var good = new CandidateQuery(WardId: 3, Stage: Stage.CellResolution, StageTo: Stage.Decision, AsOf: September2, AdmittedFrom: NewYear2024,
            AdmittedTo: September2, CellScope: TargetScope.ResidentialAndVillage, CellKind: CellKind.Village, AgeUnder: 30, Category: Category.Student,
            Gender: Gender.Male, Deadline: DeadlineState.Overdue);

        good.Checked().ShouldBe(good);
        (good with { StageTo = (Stage)10, AgeUnder = 121 }).Checked().ShouldBe(good with { StageTo = null, AgeUnder = null });
        (good with { AdmittedFrom = September2, AdmittedTo = NewYear2024 }).Checked().AdmittedFrom.ShouldBe(September2, "an empty period is kept: it lists nobody");
    }
}
