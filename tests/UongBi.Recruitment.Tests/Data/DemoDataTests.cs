using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data.Seeding;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Data;

/// <summary>The demo data must carry the seed article's figures exactly and obey the rules it demonstrates.</summary>
public sealed class DemoDataTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private static readonly DateOnly YearStart2024 = new(2024, 1, 1);

    [Fact]
    public void Seed_creates_uong_bi_units_cells_and_candidates()
    {
        demo.Seed.Outcome.ShouldBe(DemoSeedOutcome.Seeded);
        demo.Seed.Wards.ShouldBe(11); // 9 wards, 1 commune, and Điền Công (merged in 2020)
        demo.Seed.Cells.ShouldBeInRange(120, 180);
        demo.Seed.Candidates.ShouldBeGreaterThan(900);
    }

    [Fact]
    public async Task Seed_bac_son_reached_100_percent_of_its_2024_target_by_2_september()
    {
        // Arrange
        await using var db = demo.Database.CreateContext();
        var target = await db.Targets.SingleAsync(t => t.Year == 2024 && t.Ward!.Name == "Bắc Sơn");

        // Act
        var admitted = await db.Candidates.CountAsync(c =>
            c.Ward!.Name == "Bắc Sơn" && c.AdmittedOn >= YearStart2024 && c.AdmittedOn <= new DateOnly(2024, 9, 2)
            && (c.Cell!.Kind == CellKind.ResidentialArea || c.Cell.Kind == CellKind.Village));

        // Assert
        target.Count.ShouldBe(15);
        target.Scope.ShouldBe(TargetScope.ResidentialAndVillage);
        admitted.ShouldBe(15);
        Progress.Percent(admitted, target.Count).ShouldBe(100);
    }

    [Fact]
    public async Task Seed_city_admitted_295_in_villages_and_residential_areas_102_percent_of_plan_289()
    {
        // Arrange
        await using var db = demo.Database.CreateContext();
        var plan = await db.CityPlans.SingleAsync(p => p.Year == 2024);
        var admitted2024 = db.Candidates.Where(c => c.AdmittedOn >= YearStart2024 && c.AdmittedOn <= new DateOnly(2024, 12, 31));

        // Act
        var residential = await admitted2024.CountAsync(c => c.Cell!.Kind == CellKind.ResidentialArea || c.Cell.Kind == CellKind.Village);
        var elsewhere = await admitted2024.CountAsync(c => c.Cell!.Kind != CellKind.ResidentialArea && c.Cell.Kind != CellKind.Village);

        // Assert
        plan.Count.ShouldBe(289);
        plan.Scope.ShouldBe(TargetScope.ResidentialAndVillage);
        residential.ShouldBe(295);
        Progress.Percent(residential, plan.Count).ShouldBe(102);
        elsewhere.ShouldBeGreaterThan(0, "enterprise and other cells admit people too, outside the plan's scope");
    }

    [Fact]
    public async Task Seed_nguyen_thi_thanh_mai_admitted_19_may_2024_youngest_of_khu_5()
    {
        // Arrange
        await using var db = demo.Database.CreateContext();

        // Act
        var mai = await db.Candidates.Include(c => c.Cell).Include(c => c.Ward).SingleAsync(c => c.FullName == "Nguyễn Thị Thanh Mai");
        var cellMates = await db.Candidates.Where(c => c.CellId == mai.CellId && c.Id != mai.Id).ToListAsync();

        // Assert
        mai.Ward!.Name.ShouldBe("Bắc Sơn");
        mai.Cell!.ResidentialZone.ShouldBe("Khu 5");
        mai.AdmittedOn.ShouldBe(new DateOnly(2024, 5, 19));
        mai.YouthUnionPosition.ShouldBe("Bí thư Chi đoàn Khu 5");
        mai.Category.ShouldBe(Category.YouthUnionMember);
        cellMates.ShouldAllBe(c => c.BirthDate < mai.BirthDate);
    }

    [Fact]
    public async Task Seed_every_candidate_obeys_the_path_rules()
    {
        // Arrange
        await using var db = demo.Database.CreateContext();
        var settings = await RulesStore.LoadSettingsAsync(db);
        var calendar = await RulesStore.LoadCalendarAsync(db);
        var today = VietnamTime.Today(demo.Database.Clock);
        var candidates = await db.Candidates.Include(c => c.Helpers).ToListAsync();

        // Act / Assert: dates in order, never in the future, age and documents valid at the cell resolution
        foreach (var c in candidates)
        {
            var dates = Enum.GetValues<Stage>().Where(s => s <= c.Stage).Select(c.DateOf).ToList();
            dates.ShouldAllBe(d => d != null, c.FullName);
            dates.ShouldBe(dates.OrderBy(d => d).ToList(), c.FullName);
            dates.Last()!.Value.ShouldBeLessThanOrEqualTo(today);
            if (c.CellResolutionOn is { } resolution)
            {
                AgeRules.Check(c.BirthDate, resolution, settings, false).Allowed.ShouldBeTrue(c.FullName);
                c.CertificateOn!.Value.AddMonths(settings.CertificateValidityMonths).ShouldBeGreaterThanOrEqualTo(resolution);
                c.ApplicationOn!.Value.AddMonths(settings.DocumentValidityMonths).ShouldBeGreaterThanOrEqualTo(resolution);
            }

            if (c.Stage >= Stage.Sympathiser)
            {
                c.Helpers.Count(h => h.EndedOn == null).ShouldBe(settings.RequiredHelpers);
            }

            if (c.OfficialOn is { } official)
            {
                official.ShouldBeGreaterThanOrEqualTo(c.AdmittedOn!.Value.AddMonths(settings.ProbationMonths));
            }
        }

        candidates.Select(c => c.CitizenId).Distinct().Count().ShouldBe(candidates.Count);
        candidates.ShouldAllBe(c => c.CitizenId.Length == 12 && c.CitizenId.All(char.IsAsciiDigit));
        calendar.IsWorkingDay(new DateOnly(2024, 9, 2)).ShouldBeFalse();
    }

    [Fact]
    public async Task Seed_has_every_stage_and_current_year_deadlines_both_due_and_overdue()
    {
        // Arrange
        await using var db = demo.Database.CreateContext();
        var settings = await RulesStore.LoadSettingsAsync(db);
        var calendar = await RulesStore.LoadCalendarAsync(db);
        var today = VietnamTime.Today(demo.Database.Clock);
        var candidates = await db.Candidates.ToListAsync();

        // Act
        var states = candidates.SelectMany(c => Deadlines.For(c, today, settings, calendar)).Select(d => d.State).ToList();

        // Assert
        candidates.Select(c => c.Stage).Distinct().Order().ShouldBe(Enum.GetValues<Stage>());
        candidates.ShouldContain(c => c.IsDropped);
        candidates.ShouldContain(c => c.AdmittedOn!.Value.Year == today.Year);
        states.ShouldContain(DeadlineState.Overdue);
        states.ShouldContain(DeadlineState.DueSoon);
    }

    [Fact]
    public async Task Seed_targets_exist_for_every_current_unit_and_year_and_the_merged_commune_is_historical()
    {
        // Arrange
        await using var db = demo.Database.CreateContext();

        // Act
        var dienCong = await db.Wards.Include(w => w.Successor).SingleAsync(w => w.Name == "Điền Công");
        var targets = await db.Targets.GroupBy(t => t.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync();

        // Assert
        dienCong.ValidTo.ShouldBe(new DateOnly(2019, 12, 31));
        dienCong.Successor!.Name.ShouldBe("Trưng Vương");
        dienCong.ExistsIn(2024).ShouldBeFalse();
        targets.Select(t => t.Year).Order().ShouldBe([2024, 2025, 2026]);
        targets.ShouldAllBe(t => t.Count == 10);
        (await db.CityPlans.CountAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task Seed_again_changes_nothing()
    {
        // Arrange
        await using var db = demo.Database.CreateContext();
        var before = await db.Candidates.CountAsync();

        // Act
        var result = await new DemoDataSeeder(demo.Database.Clock).SeedAsync(db);

        // Assert
        result.Outcome.ShouldBe(DemoSeedOutcome.DatabaseNotEmpty);
        (await db.Candidates.CountAsync()).ShouldBe(before);
    }
}
