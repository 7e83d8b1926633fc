using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Dashboard;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>The dashboard's figures on the demo data: the article's numbers, and agreement with the rules.</summary>
public sealed class ProgressServiceDemoTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private ProgressService As(string role, int? ward = null) => new(demo.Database.Factory(), TestUsers.Current(role, ward));

    private async Task<int> WardIdAsync(string name)
    {
        await using var db = demo.Database.CreateContext();
        return await db.Wards.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }

    [Fact]
    public async Task GetAsync_as_of_2_september_2024_Bac_Son_reached_15_of_15()
    {
        var report = await As(Roles.CityCommittee).GetAsync(2024, new DateOnly(2024, 9, 2));

        var bacSon = report.Wards.Single(w => w.WardName == "Bắc Sơn");
        bacSon.Target.ShouldBe(15);
        bacSon.Scope.ShouldBe(TargetScope.ResidentialAndVillage);
        bacSon.Admitted.ShouldBe(15);
        bacSon.Percent.ShouldBe(100);
        bacSon.Status.ShouldBe(TargetStatus.Reached);
        report.AsOf.ShouldBe(new DateOnly(2024, 9, 2));
    }

    [Fact]
    public async Task GetAsync_for_2024_the_city_admitted_295_of_its_plan_of_289()
    {
        var report = await As(Roles.Viewer).GetAsync(2024, new DateOnly(2024, 12, 31));

        report.City.Plan.ShouldBe(289);
        report.City.Scope.ShouldBe(TargetScope.ResidentialAndVillage);
        report.City.Admitted.ShouldBe(295);
        report.City.Percent.ShouldBe(102);
        report.City.Forecast.ShouldBe(295, "the year is over: the forecast is what was admitted");
        report.Wards.Count.ShouldBe(10, "Điền Công no longer existed in 2024");
    }

    [Fact]
    public async Task GetAsync_a_date_after_the_year_is_read_as_31_december()
    {
        var late = await As(Roles.Viewer).GetAsync(2024, new DateOnly(2025, 3, 1));
        var yearEnd = await As(Roles.Viewer).GetAsync(2024, new DateOnly(2024, 12, 31));

        late.AsOf.ShouldBe(new DateOnly(2024, 12, 31));
        late.City.ShouldBe(yearEnd.City);
    }

    [Fact]
    public async Task GetAsync_every_ward_figure_equals_a_count_made_with_the_rules_candidate_by_candidate()
    {
        // Arrange: the independent count loads every candidate and applies the Domain rules in C#.
        var asOf = new DateOnly(2025, 6, 30);
        await using var db = demo.Database.CreateContext();
        var candidates = await db.Candidates.Include(c => c.Cell).AsNoTracking().ToListAsync();
        var targets = await db.Targets.Where(t => t.Year == 2025).ToDictionaryAsync(t => t.WardId);

        // Act
        var report = await As(Roles.CityCommittee).GetAsync(2025, asOf);

        // Assert
        foreach (var ward in report.Wards)
        {
            var scope = targets.TryGetValue(ward.WardId, out var t) ? t.Scope : TargetScope.AllCells;
            var mine = candidates.Where(c => c.WardId == ward.WardId && scope.Counts(c.Cell!.Kind)).ToList();
            var admitted = mine.Count(c => c.AdmittedOn >= new DateOnly(2025, 1, 1) && c.AdmittedOn <= asOf);
            var stages = mine.Select(c => AdmissionPath.StageOn(c, asOf)).ToList();
            ward.Admitted.ShouldBe(admitted, ward.WardName);
            ward.AwaitingCeremony.ShouldBe(stages.Count(s => s == Stage.Decision), ward.WardName);
            ward.InPipeline.ShouldBe(stages.Count(s => s is >= Stage.CellResolution and <= Stage.Decision), ward.WardName);
            foreach (var stage in ward.ByStage)
            {
                stage.Count.ShouldBe(stages.Count(s => s == stage.Stage), $"{ward.WardName} {stage.Stage}");
            }

            ward.ByCategory.Sum(c => c.Count).ShouldBe(ward.Admitted);
            ward.Forecast.ShouldBe(ProgressRules.Forecast(ward.Admitted, ward.InPipeline, new ProgressPeriod(2025, asOf)));
        }
    }

    [Fact]
    public async Task GetAsync_city_detail_breakdowns_add_up_to_the_city_figure()
    {
        var report = await As(Roles.CityCommittee).GetAsync(2024, new DateOnly(2024, 12, 31));

        var detail = report.Detail;
        detail.WardId.ShouldBeNull();
        detail.Admitted.ShouldBe(295);
        detail.Months.Sum(m => m.Admitted).ShouldBe(295);
        detail.Months[^1].Cumulative.ShouldBe(295);
        detail.Months[^1].EvenPace.ShouldBe(289m);
        detail.ByCategory.Sum(c => c.Count).ShouldBe(295);
        detail.ByCellKind.Select(k => k.Kind).ShouldBe([CellKind.ResidentialArea, CellKind.Village]);
        detail.ByCellKind.Sum(c => c.Count).ShouldBe(295);
        detail.ByGender.Sum(c => c.Count).ShouldBe(295);
        detail.Age.Admitted.ShouldBe(295);
        await using var db = demo.Database.CreateContext();
        var residential = await db.Candidates.Include(c => c.Cell).AsNoTracking()
            .Where(c => c.Cell!.Kind == CellKind.ResidentialArea || c.Cell.Kind == CellKind.Village).ToListAsync();
        var stages = residential.Select(c => AdmissionPath.StageOn(c, new DateOnly(2024, 12, 31))).ToList();
        foreach (var step in detail.Funnel)
        {
            step.Count.ShouldBe(stages.Count(s => s == step.Stage), step.Stage.ToString());
        }
    }

    [Fact]
    public async Task GetAsync_ward_detail_lists_the_youngest_of_Khu_5_for_readers_of_the_ward_only()
    {
        var bacSon = await WardIdAsync("Bắc Sơn");
        var quangTrung = await WardIdAsync("Quang Trung");

        var city = await As(Roles.CityCommittee).GetAsync(2024, new DateOnly(2024, 12, 31), bacSon);
        var other = await As(Roles.WardSecretary, quangTrung).GetAsync(2024, new DateOnly(2024, 12, 31), bacSon);

        var khu5 = city.Detail.Youngest.Single(y => y.Cell.Contains("Khu 5", StringComparison.Ordinal));
        khu5.FullName.ShouldBe("Nguyễn Thị Thanh Mai");
        khu5.AdmittedOn.ShouldBe(new DateOnly(2024, 5, 19));
        other.Detail.Youngest.ShouldBeEmpty("a cell, a ceremony date and an age identify a person as well as a name");
        other.Wards.Select(Figures).ShouldBe(city.Wards.Select(Figures), "aggregates are the same for every role");
    }

    private static string Figures(WardProgress w) =>
        $"{w.WardId} {w.Target} {w.Admitted} {w.Percent} {w.AwaitingCeremony} {w.InPipeline} {w.Forecast} {w.Status}";

    [Fact]
    public async Task GetAsync_age_figures_agree_with_AgeRules_for_every_admitted_candidate()
    {
        var bacSon = await WardIdAsync("Bắc Sơn");
        await using var db = demo.Database.CreateContext();
        var admitted = await db.Candidates
            .Where(c => c.WardId == bacSon && c.AdmittedOn >= new DateOnly(2024, 1, 1) && c.AdmittedOn <= new DateOnly(2024, 12, 31)
                && (c.Cell!.Kind == CellKind.ResidentialArea || c.Cell.Kind == CellKind.Village))
            .Select(c => new { c.BirthDate, AdmittedOn = c.AdmittedOn!.Value })
            .ToListAsync();

        var report = await As(Roles.CityCommittee).GetAsync(2024, new DateOnly(2024, 12, 31), bacSon);

        var months = admitted.Select(a => AgeRules.AgeInMonths(a.BirthDate, a.AdmittedOn)).ToList();
        report.Detail.Age.Under30.ShouldBe(months.Count(m => m < 360));
        report.Detail.Age.AverageYears.ShouldBe(Math.Round(months.Sum(m => (decimal)m) / months.Count / 12m, 1, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public async Task GetAsync_an_as_of_date_before_the_year_is_refused()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => As(Roles.Viewer).GetAsync(2024, new DateOnly(2023, 12, 31)));
    }

    [Fact]
    public async Task GetAsync_an_anonymous_user_is_refused()
    {
        var service = new ProgressService(demo.Database.Factory(), new CurrentUser());

        await Should.ThrowAsync<AccessDeniedException>(() => service.GetAsync(2024, new DateOnly(2024, 9, 2)));
    }
}
