using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Dashboard;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>
/// The counting rules' edge cases on a small hand-made city in a real SQLite file: every candidate below
/// exists to prove one rule, and its comment says which.
/// </summary>
public sealed class ProgressCountingTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2024, 9, 2);
    private SqliteTestDatabase _database = null!;
    private int _citizen;
    private int _anMy, _binhMinh, _cauTrang, _dongSon, _eaLang;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var db = _database.CreateContext();

        // An Mỹ: target 10 in residential areas and villages; a residential cell and an enterprise cell.
        var anMy = Ward("AM", "An Mỹ", out var anMyKhu, out var anMyFactory);
        // Bình Minh: target 0. Cầu Trắng: no target. Đông Sơn: dissolved on 30 June 2024. Ea Lăng: target 1.
        var binhMinh = Ward("BM", "Bình Minh", out var binhMinhKhu, out _);
        var cauTrang = Ward("CT", "Cầu Trắng", out var cauTrangKhu, out var cauTrangFactory);
        var dongSon = Ward("DS", "Đông Sơn", out var dongSonKhu, out _);
        dongSon.ValidTo = new DateOnly(2024, 6, 30);
        var eaLang = Ward("EL", "Ea Lăng", out var eaLangKhu, out _);
        db.Wards.AddRange(anMy, binhMinh, cauTrang, dongSon, eaLang);
        await db.SaveChangesAsync();
        (_anMy, _binhMinh, _cauTrang, _dongSon, _eaLang) = (anMy.Id, binhMinh.Id, cauTrang.Id, dongSon.Id, eaLang.Id);

        db.Targets.AddRange(
            new AdmissionTarget { WardId = anMy.Id, Year = 2024, Count = 10, Scope = TargetScope.ResidentialAndVillage },
            new AdmissionTarget { WardId = binhMinh.Id, Year = 2024, Count = 0 },
            new AdmissionTarget { WardId = dongSon.Id, Year = 2024, Count = 4, Scope = TargetScope.AllCells },
            new AdmissionTarget { WardId = eaLang.Id, Year = 2024, Count = 1 });
        db.CityPlans.Add(new CityPlan { Year = 2024, Count = 8, Scope = TargetScope.ResidentialAndVillage });

        db.Candidates.AddRange(
            Admitted(anMy.Id, anMyKhu, "2024-03-10"),                       // counts
            Admitted(anMy.Id, anMyKhu, "2024-09-03", decided: "2024-08-20"), // one day after the as-of date: awaiting
            Admitted(anMy.Id, anMyFactory, "2024-05-19"),                   // enterprise cell: outside the target's scope
            AtStage(anMy.Id, anMyKhu, Stage.CellResolution, "2024-08-01"),  // in the pipeline (stage 5)
            AtStage(anMy.Id, anMyKhu, Stage.CommitteeReview, "2024-07-01", droppedOn: "2024-08-15"), // dropped: not in the pipeline
            AtStage(anMy.Id, anMyKhu, Stage.CellResolution, "2024-09-10"),  // stage 5 on 10 Sept, stage 4 on 3 Sept: only stage 3 on the as-of date
            Admitted(anMy.Id, anMyKhu, "2024-04-01", official: "2025-04-01", droppedOn: "2025-06-01"), // later history does not matter
            Admitted(anMy.Id, anMyKhu, "2023-12-31"),                       // the previous year
            Admitted(binhMinh.Id, binhMinhKhu, "2024-02-03"),               // target 0: no percentage
            Admitted(cauTrang.Id, cauTrangKhu, "2024-02-03"),               // no target: every cell counts
            Admitted(cauTrang.Id, cauTrangFactory, "2024-02-04"),
            Admitted(dongSon.Id, dongSonKhu, "2024-02-01"),                 // a unit dissolved mid-year still reports its half year
            Admitted(eaLang.Id, eaLangKhu, "2024-05-19"),                   // 2 of 1: above 100 %
            Admitted(eaLang.Id, eaLangKhu, "2024-09-02"));                  // on the as-of date itself: counts
        await db.SaveChangesAsync();

        Ward Ward(string code, string name, out PartyCell khu, out PartyCell factory)
        {
            khu = new PartyCell { Name = $"Chi bộ Khu 1 {name}", Kind = CellKind.ResidentialArea };
            factory = new PartyCell { Name = $"Chi bộ Công ty {name}", Kind = CellKind.Enterprise };
            return new Ward { Code = code, Name = name, ValidFrom = new DateOnly(2000, 1, 1), Cells = [khu, factory] };
        }
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<ProgressReport> ReportAsync(DateOnly asOf, int? detail = null) =>
        new ProgressService(_database.Factory(), TestUsers.Current(Roles.CityCommittee)).GetAsync(2024, asOf, detail);

    [Fact]
    public async Task Admitted_counts_ceremonies_up_to_the_as_of_date_in_the_targets_scope_only()
    {
        var report = await ReportAsync(AsOf);

        var anMy = report.Wards.Single(w => w.WardId == _anMy);
        anMy.Admitted.ShouldBe(2, "10 March and 1 April; not 3 September, not the enterprise cell, not 2023");
        anMy.AdmittedAllCells.ShouldBe(3);
        anMy.AdmittedResidential.ShouldBe(2);
        anMy.Percent.ShouldBe(20);
        anMy.AwaitingCeremony.ShouldBe(1, "decided on 20 August, ceremony on 3 September");
        anMy.InPipeline.ShouldBe(2, "the stage 5 candidate and the one awaiting; not the dropped one, not the later stage 5");
        anMy.ByStage.Single(s => s.Stage == Stage.Dossier).Count.ShouldBe(1);
        anMy.ByStage.Single(s => s.Stage == Stage.Verification).Count.ShouldBe(0);
        anMy.Forecast.ShouldBe(4, "2 admitted + max(pace 2 × 120 / 246 = 1, 2 at stages 5–7)");
        anMy.Status.ShouldBe(TargetStatus.AtRisk);
    }

    [Fact]
    public async Task An_admission_one_day_after_the_as_of_date_counts_from_that_day()
    {
        var before = await ReportAsync(AsOf);
        var after = await ReportAsync(AsOf.AddDays(1));

        before.Wards.Single(w => w.WardId == _anMy).Admitted.ShouldBe(2);
        after.Wards.Single(w => w.WardId == _anMy).Admitted.ShouldBe(3);
        after.Wards.Single(w => w.WardId == _anMy).AwaitingCeremony.ShouldBe(0);
    }

    [Fact]
    public async Task A_zero_or_missing_target_has_no_percentage_and_counts_every_cell_when_missing()
    {
        var report = await ReportAsync(AsOf);

        var binhMinh = report.Wards.Single(w => w.WardId == _binhMinh);
        binhMinh.Target.ShouldBe(0);
        binhMinh.Percent.ShouldBeNull();
        binhMinh.Ratio.ShouldBeNull();
        binhMinh.Status.ShouldBe(TargetStatus.NoTarget);
        var cauTrang = report.Wards.Single(w => w.WardId == _cauTrang);
        cauTrang.Target.ShouldBeNull();
        cauTrang.Scope.ShouldBe(TargetScope.AllCells);
        cauTrang.Admitted.ShouldBe(2);
        cauTrang.Percent.ShouldBeNull();
        report.Statuses.NoTarget.ShouldBe(2);
    }

    [Fact]
    public async Task Above_100_percent_is_reported_as_such()
    {
        var report = await ReportAsync(AsOf);

        var eaLang = report.Wards.Single(w => w.WardId == _eaLang);
        eaLang.Admitted.ShouldBe(2);
        eaLang.Percent.ShouldBe(200);
        eaLang.Ratio.ShouldBe(2m);
        eaLang.Status.ShouldBe(TargetStatus.Reached);
    }

    [Fact]
    public async Task A_unit_dissolved_mid_year_reports_that_year_and_not_the_next()
    {
        var report = await ReportAsync(AsOf);
        var next = await new ProgressService(_database.Factory(), TestUsers.Current(Roles.Viewer)).GetAsync(2025, new DateOnly(2025, 3, 1));

        var dongSon = report.Wards.Single(w => w.WardId == _dongSon);
        dongSon.ClosedOn.ShouldBe(new DateOnly(2024, 6, 30));
        dongSon.Admitted.ShouldBe(1);
        dongSon.Percent.ShouldBe(25);
        next.Wards.ShouldNotContain(w => w.WardId == _dongSon);
    }

    [Fact]
    public async Task As_of_before_the_first_admission_everything_is_zero_and_nothing_divides_by_zero()
    {
        var report = await ReportAsync(new DateOnly(2024, 1, 15));

        report.Wards.ShouldAllBe(w => w.Admitted == 0);
        report.City.Admitted.ShouldBe(0);
        report.City.Percent.ShouldBe(0);
        report.Wards.Single(w => w.WardId == _anMy).Percent.ShouldBe(0);
        report.Detail.Age.AverageYears.ShouldBeNull();
        report.Detail.Age.Under30Percent.ShouldBeNull();
    }

    [Fact]
    public async Task The_city_counts_every_units_admissions_in_the_plans_scope()
    {
        var report = await ReportAsync(AsOf);

        // Residential cells of every unit up to 2 September: An Mỹ 2, Bình Minh 1, Cầu Trắng 1, Đông Sơn 1, Ea Lăng 2.
        report.City.Admitted.ShouldBe(7);
        report.City.AdmittedAllCells.ShouldBe(9);
        report.City.Percent.ShouldBe(88);
        report.City.SumOfWardTargets.ShouldBe(15);
        report.City.SumOfWardAdmitted.ShouldBe(2 + 1 + 2, "units with a target only: An Mỹ, Đông Sơn, Ea Lăng");
        report.Detail.Months.Single(m => m.Month == 2).Admitted.ShouldBe(3);
        report.Detail.Months.Single(m => m.Month == 9).Cumulative.ShouldBe(7);
        report.Detail.Months.Single(m => m.Month == 10).Cumulative.ShouldBeNull("October lies after the as-of date");
    }

    private Candidate New(int wardId, PartyCell cell, string source)
    {
        _citizen++;
        return new Candidate
        {
            FullName = $"Người Thứ {_citizen}",
            CitizenId = $"0223050{_citizen:00000}",
            BirthDate = new DateOnly(1998, 3, 1),
            Gender = _citizen % 2 == 0 ? Gender.Male : Gender.Female,
            WardId = wardId,
            CellId = cell.Id,
            Category = Category.YouthUnionMember,
            SourceOn = D(source),
        };
    }

    private Candidate Admitted(int wardId, PartyCell cell, string on, string? decided = null, string? official = null, string? droppedOn = null)
    {
        var c = AtStage(wardId, cell, Stage.Decision, decided ?? D(on).AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        c.AdmittedOn = D(on);
        c.Stage = Stage.Probationary;
        if (official is not null)
        {
            c.OfficialOn = D(official);
            c.Stage = Stage.Official;
        }

        c.DroppedOn = droppedOn is null ? null : D(droppedOn);
        return c;
    }

    private Candidate AtStage(int wardId, PartyCell cell, Stage stage, string reachedOn, string? droppedOn = null)
    {
        var on = D(reachedOn);
        var c = New(wardId, cell, "2023-01-10");
        c.Stage = stage;
        var steps = new (Stage Stage, Action<DateOnly> Set)[]
        {
            (Stage.Sympathiser, d => c.SympathiserOn = d),
            (Stage.Dossier, d => c.DossierOn = d),
            (Stage.Verification, d => c.VerificationOn = d),
            (Stage.CellResolution, d => c.CellResolutionOn = d),
            (Stage.CommitteeReview, d => c.CommitteeReviewOn = d),
            (Stage.Decision, d => c.DecisionOn = d),
        };
        foreach (var (step, set) in steps.Where(s => s.Stage <= stage))
        {
            // Earlier steps a week apart before the date the stage was reached.
            set(on.AddDays(-7 * (stage - step)));
        }

        c.DroppedOn = droppedOn is null ? null : D(droppedOn);
        return c;
    }

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
