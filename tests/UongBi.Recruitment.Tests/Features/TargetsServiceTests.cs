using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Targets;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>
/// Targets and the city's plan through <see cref="TargetsService"/>, on a real migrated SQLite file. "Today" is
/// 24 Nov 2026, so targets can be set up to 2027.
/// </summary>
public sealed class TargetsServiceTests : IAsyncLifetime
{
    private const string Committee = "thanhuy@uongbi.local";
    private const int ThisYear = 2026;
    private const int NextYear = 2027;

    private SqliteTestDatabase _database = null!;
    private int _bacSon;
    private int _namKhe;
    private int _thuongYenCong;
    private int _dienCong;
    private int _deleted;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var db = _database.CreateContext("seeder");

        // Listed out of order on purpose: the service sorts wards before communes, in Vietnamese order.
        var thuongYenCong = new Ward { Code = "TYC", Name = "Thượng Yên Công", Kind = UnitKind.Commune };
        var namKhe = new Ward { Code = "NK", Name = "Nam Khê" };
        var bacSon = new Ward { Code = "BS", Name = "Bắc Sơn" };
        // Merged into Trưng Vương on 1 Jan 2020 (DOMAIN.md: units change).
        var dienCong = new Ward { Code = "DC", Name = "Điền Công", Kind = UnitKind.Commune, ValidTo = new DateOnly(2019, 12, 31) };
        var deleted = new Ward { Code = "XX", Name = "Phường đã xóa" };
        db.Wards.AddRange(thuongYenCong, namKhe, bacSon, dienCong, deleted);
        await db.SaveChangesAsync();
        db.Wards.Remove(deleted);
        await db.SaveChangesAsync();
        (_bacSon, _namKhe, _thuongYenCong, _dienCong, _deleted) = (bacSon.Id, namKhe.Id, thuongYenCong.Id, dienCong.Id, deleted.Id);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private TargetsService Service(string role = Roles.CityCommittee, int? wardId = null, string user = Committee)
    {
        var factory = _database.Factory(user);
        return new TargetsService(factory, TestUsers.Current(role, wardId, user),
            new SecurityAudit(factory, _database.Clock, NullLogger<SecurityAudit>.Instance), _database.Clock);
    }

    private async Task AddTargetsAsync(int year, params (int Ward, int Count)[] targets)
    {
        await using var db = _database.CreateContext("seeder");
        db.Targets.AddRange(targets.Select(t => new AdmissionTarget { WardId = t.Ward, Year = year, Count = t.Count }));
        await db.SaveChangesAsync();
    }

    private async Task AddPlanAsync(int year, int count, TargetScope scope = TargetScope.ResidentialAndVillage)
    {
        await using var db = _database.CreateContext("seeder");
        db.CityPlans.Add(new CityPlan { Year = year, Count = count, Scope = scope });
        await db.SaveChangesAsync();
    }

    /// <summary>Every target and plan row (deleted ones too) and the audit rows of changes: what a refused call must leave as it was.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = _database.CreateContext();
        var targets = await db.Targets.IgnoreQueryFilters().AsNoTracking().OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.WardId, t.Year, t.Count, t.Scope, t.Version, t.IsDeleted }).ToListAsync();
        var plans = await db.CityPlans.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Year, p.Count, p.Scope, p.Version, p.IsDeleted }).ToListAsync();
        var changes = await db.AuditEntries.CountAsync(a => a.Action != AuditAction.AccessDenied);
        return JsonSerializer.Serialize(new { targets, plans, changes });
    }

    private async Task<AdmissionTarget?> TargetAsync(int ward, int year)
    {
        await using var db = _database.CreateContext();
        return await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.WardId == ward && t.Year == year);
    }

    private async Task<CityPlan?> PlanAsync(int year)
    {
        await using var db = _database.CreateContext();
        return await db.CityPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Year == year);
    }

    // ---- reading ----

    [Fact]
    public async Task ForYearAsync_lists_every_unit_of_the_year_wards_first_in_vietnamese_order_with_its_target_and_the_plan()
    {
        // Arrange
        await AddTargetsAsync(ThisYear, (_namKhe, 30), (_thuongYenCong, 20));
        await AddPlanAsync(ThisYear, 289);

        // Act: read as a ward secretary (everyone reads the aggregate figures)
        var year = await Service(Roles.WardSecretary, _bacSon, "bacson@uongbi.local").ForYearAsync(ThisYear);

        // Assert: Bắc Sơn has no target yet; the merged commune and the deleted ward are not units of 2026
        year.Wards.Select(w => w.Ward).ShouldBe(["Bắc Sơn", "Nam Khê", "Thượng Yên Công"]);
        year.Wards[0].Count.ShouldBeNull();
        year.Wards[0].Version.ShouldBeNull();
        year.Wards[1].Count.ShouldBe(30);
        year.Wards[1].Version.ShouldNotBeNull();
        year.Plan.Count.ShouldBe(289);
        year.WardSum.ShouldBe(50);
        year.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public async Task ForYearAsync_a_year_before_a_merger_lists_the_unit_that_existed_then()
    {
        // Act
        var year = await Service().ForYearAsync(2019);

        // Assert
        year.Wards.Select(w => w.Code).ShouldBe(["BS", "NK", "DC", "TYC"]);
        year.IsEmpty.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10_000)]
    public async Task ForYearAsync_a_year_no_calendar_has_lists_no_unit_instead_of_failing(int year)
    {
        (await Service().ForYearAsync(year)).Wards.ShouldBeEmpty();
    }

    [Fact]
    public async Task YearsAsync_years_with_targets_and_the_current_and_next_year_newest_first()
    {
        // Arrange
        await AddTargetsAsync(2024, (_bacSon, 15));
        await AddPlanAsync(2025, 300);

        // Act
        var years = await Service(Roles.Viewer, user: "viewer@uongbi.local").YearsAsync();

        // Assert
        years.ShouldBe([NextYear, ThisYear, 2025, 2024]);
    }

    [Theory]
    [InlineData(Roles.CityCommittee, null, true, null)]
    [InlineData(Roles.WardSecretary, 1, false, 1)]
    [InlineData(Roles.Viewer, null, false, null)]
    [InlineData(Roles.Administrator, null, false, null)]
    public void CanSet_and_OwnWardId_follow_the_role(string role, int? ward, bool canSet, int? ownWard)
    {
        var service = Service(role, ward, "someone@uongbi.local");

        service.CanSet.ShouldBe(canSet);
        service.OwnWardId.ShouldBe(ownWard);
    }

    // ---- saving ----

    [Fact]
    public async Task SaveAsync_new_and_changed_targets_and_the_plan_are_saved_together_with_audit_rows()
    {
        // Arrange: Nam Khê has a target, Bắc Sơn and the plan none
        await AddTargetsAsync(NextYear, (_namKhe, 30));
        var loaded = await Service().ForYearAsync(NextYear);
        var namKhe = loaded.Wards.Single(w => w.WardId == _namKhe);

        // Act
        var result = await Service().SaveAsync(NextYear,
        [
            new TargetEdit(_bacSon, 16, TargetScope.ResidentialAndVillage, null),
            new TargetEdit(_namKhe, 31, TargetScope.AllCells, namKhe.Version),
            new TargetEdit(null, 300, TargetScope.ResidentialAndVillage, null),
        ]);

        // Assert
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Problems));
        result.Saved.ShouldBe(3);
        (await TargetAsync(_bacSon, NextYear))!.Count.ShouldBe(16);
        var changed = (await TargetAsync(_namKhe, NextYear))!;
        (changed.Count, changed.Scope, changed.UpdatedBy).ShouldBe((31, TargetScope.AllCells, Committee));
        changed.Version.ShouldNotBe(namKhe.Version!.Value);
        (await PlanAsync(NextYear))!.Count.ShouldBe(300);
        await using var db = _database.CreateContext();
        var audit = await db.AuditEntries.Where(a => a.User == Committee).ToListAsync();
        audit.Count(a => a.EntityType == nameof(AdmissionTarget)).ShouldBe(2);
        audit.Count(a => a.EntityType == nameof(CityPlan)).ShouldBe(1);
    }

    [Fact]
    public async Task SaveAsync_lines_without_change_and_empty_lines_of_units_without_target_save_nothing()
    {
        // Arrange
        await AddTargetsAsync(NextYear, (_namKhe, 30));
        var namKhe = (await Service().ForYearAsync(NextYear)).Wards.Single(w => w.WardId == _namKhe);
        var before = await SnapshotAsync();

        // Act
        var result = await Service().SaveAsync(NextYear,
        [
            new TargetEdit(_namKhe, 30, TargetScope.ResidentialAndVillage, namKhe.Version),
            new TargetEdit(_bacSon, null, TargetScope.AllCells, null),
        ]);

        // Assert
        result.Succeeded.ShouldBeTrue();
        result.Saved.ShouldBe(0);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task SaveAsync_zero_is_a_valid_target()
    {
        // Act
        var result = await Service().SaveAsync(NextYear, [new TargetEdit(_bacSon, 0, TargetScope.AllCells, null)]);

        // Assert
        result.Succeeded.ShouldBeTrue();
        (await TargetAsync(_bacSon, NextYear))!.Count.ShouldBe(0);
    }

    public static TheoryData<string, string, string> BadLines() => new()
    {
        // case, expected code, expected field
        { "negative count", "CountNegative", "Count" },
        { "count over the limit", "CountTooLarge", "Count" },
        { "existing target emptied", "CountRequired", "Count" },
        { "scope not in the list", "ScopeInvalid", "Scope" },
        { "unknown ward", "WardUnknown", "" },
        { "deleted ward", "WardUnknown", "" },
        { "ward that ended before the year", "WardNotInYear", "" },
        { "ward twice", "Duplicate", "" },
        { "plan twice", "Duplicate", "" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task SaveAsync_a_bad_line_is_refused_with_its_reason_and_nothing_of_the_save_is_stored(string badCase, string code, string field)
    {
        // Arrange: a valid line (Nam Khê) travels with the bad one; all or nothing
        await AddTargetsAsync(NextYear, (_bacSon, 15));
        var bacSon = (await Service().ForYearAsync(NextYear)).Wards.Single(w => w.WardId == _bacSon);
        var bad = badCase switch
        {
            "negative count" => new TargetEdit(_bacSon, -1, TargetScope.ResidentialAndVillage, bacSon.Version),
            "count over the limit" => new TargetEdit(_bacSon, TargetEditValidator.MaxCount + 1, TargetScope.ResidentialAndVillage, bacSon.Version),
            "existing target emptied" => new TargetEdit(_bacSon, null, TargetScope.ResidentialAndVillage, bacSon.Version),
            "scope not in the list" => new TargetEdit(_bacSon, 16, (TargetScope)99, bacSon.Version),
            "unknown ward" => new TargetEdit(999_999, 5, TargetScope.AllCells, null),
            "deleted ward" => new TargetEdit(_deleted, 5, TargetScope.AllCells, null),
            "ward that ended before the year" => new TargetEdit(_dienCong, 5, TargetScope.AllCells, null),
            "ward twice" => new TargetEdit(_namKhe, 7, TargetScope.AllCells, null),
            "plan twice" => new TargetEdit(null, 7, TargetScope.AllCells, null),
            _ => throw new ArgumentOutOfRangeException(nameof(badCase)),
        };
        TargetEdit[] edits = badCase switch
        {
            "ward twice" => [new TargetEdit(_namKhe, 30, TargetScope.AllCells, null), bad],
            "plan twice" => [new TargetEdit(_namKhe, 30, TargetScope.AllCells, null), new TargetEdit(null, 300, TargetScope.AllCells, null), bad],
            _ => [new TargetEdit(_namKhe, 30, TargetScope.AllCells, null), bad],
        };
        var before = await SnapshotAsync();

        // Act
        var result = await Service().SaveAsync(NextYear, edits);

        // Assert
        result.Succeeded.ShouldBeFalse();
        result.Saved.ShouldBe(0);
        // Each problem names the bad line (a duplicate: both of its lines); the good line has none.
        result.Problems.ShouldNotBeEmpty();
        result.Problems.ShouldAllBe(p => p.Code == code && p.Field == field && p.WardId == bad.WardId && p.IsPlan == bad.IsPlan);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(NextYear + 1)]
    public async Task SaveAsync_year_outside_2000_to_next_year_is_refused(int year)
    {
        // Arrange
        var before = await SnapshotAsync();

        // Act
        var result = await Service().SaveAsync(year, [new TargetEdit(_bacSon, 15, TargetScope.AllCells, null)]);

        // Assert
        result.Problems.ShouldHaveSingleItem().ShouldBe(new TargetProblem("YearOutOfRange", Field: "Year"));
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task SaveAsync_a_target_changed_meanwhile_is_a_conflict_naming_the_unit_and_nothing_is_saved()
    {
        // Arrange: two editors load the year; the other one saves Bắc Sơn first
        await AddTargetsAsync(NextYear, (_bacSon, 15), (_namKhe, 30));
        var loaded = await Service().ForYearAsync(NextYear);
        var bacSon = loaded.Wards.Single(w => w.WardId == _bacSon);
        var namKhe = loaded.Wards.Single(w => w.WardId == _namKhe);
        (await Service(user: "other@uongbi.local").SaveAsync(NextYear, [new TargetEdit(_bacSon, 18, TargetScope.ResidentialAndVillage, bacSon.Version)]))
            .Succeeded.ShouldBeTrue();
        var before = await SnapshotAsync();

        // Act
        var result = await Service().SaveAsync(NextYear,
        [
            new TargetEdit(_bacSon, 16, TargetScope.ResidentialAndVillage, bacSon.Version),
            new TargetEdit(_namKhe, 31, TargetScope.ResidentialAndVillage, namKhe.Version),
        ]);

        // Assert: the other editor's 18 stays, and Nam Khê is not saved either
        result.Succeeded.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().ShouldBe(new TargetProblem(TargetsService.Conflict, _bacSon, false, "", "Bắc Sơn"));
        (await SnapshotAsync()).ShouldBe(before);
        (await TargetAsync(_bacSon, NextYear))!.Count.ShouldBe(18);
        (await TargetAsync(_namKhe, NextYear))!.Count.ShouldBe(30);
    }

    [Fact]
    public async Task SaveAsync_a_target_set_meanwhile_for_a_unit_loaded_without_one_is_a_conflict()
    {
        // Arrange: loaded without a target; someone else sets one
        await AddTargetsAsync(NextYear, (_bacSon, 18));
        var before = await SnapshotAsync();

        // Act
        var result = await Service().SaveAsync(NextYear, [new TargetEdit(_bacSon, 16, TargetScope.ResidentialAndVillage, null)]);

        // Assert
        result.Problems.ShouldHaveSingleItem().ShouldBe(new TargetProblem(TargetsService.Conflict, _bacSon, false, "", "Bắc Sơn"));
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task SaveAsync_the_plan_changed_meanwhile_is_a_conflict_of_the_plan()
    {
        // Arrange
        await AddPlanAsync(NextYear, 289);
        var plan = (await Service().ForYearAsync(NextYear)).Plan;
        (await Service(user: "other@uongbi.local").SaveAsync(NextYear, [new TargetEdit(null, 295, TargetScope.ResidentialAndVillage, plan.Version)]))
            .Succeeded.ShouldBeTrue();

        // Act
        var result = await Service().SaveAsync(NextYear, [new TargetEdit(null, 300, TargetScope.ResidentialAndVillage, plan.Version)]);

        // Assert
        result.Problems.ShouldHaveSingleItem().ShouldBe(new TargetProblem(TargetsService.Conflict, null, true));
        (await PlanAsync(NextYear))!.Count.ShouldBe(295);
    }

    [Fact]
    public async Task SaveAsync_a_deleted_target_of_the_unit_is_brought_back_rather_than_duplicated()
    {
        // Arrange: a target deleted earlier still holds the (year, ward) unique index
        await AddTargetsAsync(NextYear, (_bacSon, 15));
        await using (var db = _database.CreateContext("seeder"))
        {
            db.Targets.Remove(await db.Targets.SingleAsync());
            await db.SaveChangesAsync();
        }

        // Act
        var result = await Service().SaveAsync(NextYear, [new TargetEdit(_bacSon, 17, TargetScope.AllCells, null)]);

        // Assert
        result.Succeeded.ShouldBeTrue(string.Join(", ", result.Problems));
        await using var check = _database.CreateContext();
        var row = await check.Targets.IgnoreQueryFilters().SingleAsync();
        (row.Count, row.Scope, row.IsDeleted, row.DeletedAt).ShouldBe((17, TargetScope.AllCells, false, (DateTimeOffset?)null));
    }

    [Theory]
    [InlineData(Roles.WardSecretary, "bacson@uongbi.local")]
    [InlineData(Roles.Viewer, "viewer@uongbi.local")]
    [InlineData(Roles.Administrator, "admin@uongbi.local")]
    public async Task SaveAsync_anyone_but_the_city_committee_is_refused_audited_and_nothing_is_saved(string role, string user)
    {
        // Arrange
        var before = await SnapshotAsync();

        // Act
        await Should.ThrowAsync<AccessDeniedException>(() =>
            Service(role, role == Roles.WardSecretary ? _bacSon : null, user).SaveAsync(NextYear, [new TargetEdit(_bacSon, 99, TargetScope.AllCells, null)]));

        // Assert
        (await SnapshotAsync()).ShouldBe(before);
        await using var db = _database.CreateContext();
        var denial = await db.AuditEntries.SingleAsync(a => a.Action == AuditAction.AccessDenied);
        (denial.User, denial.EntityKey).ShouldBe((user, $"Targets:{NextYear}"));
    }

    // ---- copy from last year ----

    [Fact]
    public async Task CopyFromYearAsync_copies_last_years_targets_and_plan_to_units_without_one_and_never_overwrites()
    {
        // Arrange: 2026 has three targets and a plan; Bắc Sơn already has its 2027 target
        await AddTargetsAsync(ThisYear, (_bacSon, 15), (_namKhe, 30), (_thuongYenCong, 20));
        await AddPlanAsync(ThisYear, 289, TargetScope.AllCells);
        await AddTargetsAsync(NextYear, (_bacSon, 22));

        // Act
        var result = await Service().CopyFromYearAsync(NextYear);

        // Assert
        result.ShouldBe(new CopyResult(true, null, ThisYear, Copied: 2, Existing: 1, Ended: 0, PlanCopied: true, PlanExisted: false));
        (await TargetAsync(_bacSon, NextYear))!.Count.ShouldBe(22);
        (await TargetAsync(_namKhe, NextYear))!.Count.ShouldBe(30);
        (await TargetAsync(_thuongYenCong, NextYear))!.Count.ShouldBe(20);
        var plan = (await PlanAsync(NextYear))!;
        (plan.Count, plan.Scope, plan.CreatedBy).ShouldBe((289, TargetScope.AllCells, Committee));
    }

    [Fact]
    public async Task CopyFromYearAsync_again_copies_nothing_and_keeps_everything()
    {
        // Arrange
        await AddTargetsAsync(ThisYear, (_bacSon, 15));
        await AddPlanAsync(ThisYear, 289);
        (await Service().CopyFromYearAsync(NextYear)).Copied.ShouldBe(1);
        var before = await SnapshotAsync();

        // Act
        var result = await Service().CopyFromYearAsync(NextYear);

        // Assert
        result.ShouldBe(new CopyResult(true, null, ThisYear, Copied: 0, Existing: 1, Ended: 0, PlanCopied: false, PlanExisted: true));
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task CopyFromYearAsync_a_unit_that_ended_is_not_copied_into_the_year_after()
    {
        // Arrange: Điền Công had a 2019 target and merged into another ward on 1 Jan 2020
        await AddTargetsAsync(2019, (_dienCong, 8), (_bacSon, 12));

        // Act
        var result = await Service().CopyFromYearAsync(2020);

        // Assert
        (result.Copied, result.Ended, result.PlanCopied).ShouldBe((1, 1, false));
        (await TargetAsync(_dienCong, 2020)).ShouldBeNull();
        (await TargetAsync(_bacSon, 2020))!.Count.ShouldBe(12);
    }

    [Fact]
    public async Task CopyFromYearAsync_a_year_with_nothing_before_it_says_so_and_saves_nothing()
    {
        // Arrange
        var before = await SnapshotAsync();

        // Act
        var result = await Service().CopyFromYearAsync(NextYear);

        // Assert
        result.ShouldBe(CopyResult.Fail("NothingToCopy", ThisYear));
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task CopyFromYearAsync_a_year_beyond_next_year_is_refused()
    {
        // Arrange
        await AddTargetsAsync(NextYear, (_bacSon, 15));

        // Act
        var result = await Service().CopyFromYearAsync(NextYear + 1);

        // Assert
        result.Error.ShouldBe("YearOutOfRange");
        (await TargetAsync(_bacSon, NextYear + 1)).ShouldBeNull();
    }

    [Theory]
    [InlineData(Roles.WardSecretary, "bacson@uongbi.local")]
    [InlineData(Roles.Viewer, "viewer@uongbi.local")]
    public async Task CopyFromYearAsync_anyone_but_the_city_committee_is_refused_and_audited(string role, string user)
    {
        // Arrange
        await AddTargetsAsync(ThisYear, (_bacSon, 15));
        var before = await SnapshotAsync();

        // Act
        await Should.ThrowAsync<AccessDeniedException>(() => Service(role, role == Roles.WardSecretary ? _bacSon : null, user).CopyFromYearAsync(NextYear));

        // Assert
        (await SnapshotAsync()).ShouldBe(before);
        await using var db = _database.CreateContext();
        (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.AccessDenied && a.User == user)).ShouldBe(1);
    }

    // ---- history ----

    [Fact]
    public async Task HistoryAsync_says_who_set_or_changed_which_unit_from_what_to_what_newest_first()
    {
        // Arrange: set Bắc Sơn and the plan, then change Bắc Sơn's count and scope an hour later
        (await Service().SaveAsync(NextYear,
        [
            new TargetEdit(_bacSon, 15, TargetScope.ResidentialAndVillage, null),
            new TargetEdit(null, 289, TargetScope.ResidentialAndVillage, null),
        ])).Succeeded.ShouldBeTrue();
        _database.Clock.Advance(TimeSpan.FromHours(1));
        var version = (await Service().ForYearAsync(NextYear)).Wards.Single(w => w.WardId == _bacSon).Version;
        (await Service(user: "other@uongbi.local").SaveAsync(NextYear, [new TargetEdit(_bacSon, 16, TargetScope.AllCells, version)])).Succeeded.ShouldBeTrue();
        await AddTargetsAsync(ThisYear, (_namKhe, 30));

        // Act: read as a ward secretary
        var history = await Service(Roles.WardSecretary, _bacSon, "bacson@uongbi.local").HistoryAsync(NextYear);

        // Assert: only 2027's rows
        history.Count.ShouldBe(3);
        history[0].ShouldBe(new TargetChange(SqliteTestDatabase.Now.AddHours(1), "other@uongbi.local", "Bắc Sơn", AuditAction.Update,
            15, 16, TargetScope.ResidentialAndVillage, TargetScope.AllCells));
        history.Skip(1).ShouldContain(new TargetChange(SqliteTestDatabase.Now, Committee, "Bắc Sơn", AuditAction.Insert,
            null, 15, null, TargetScope.ResidentialAndVillage));
        history.Skip(1).ShouldContain(new TargetChange(SqliteTestDatabase.Now, Committee, null, AuditAction.Insert,
            null, 289, null, TargetScope.ResidentialAndVillage));
    }

    [Fact]
    public async Task HistoryAsync_a_year_without_changes_is_empty()
    {
        // Arrange
        await AddTargetsAsync(ThisYear, (_namKhe, 30));

        // Act / Assert
        (await Service().HistoryAsync(NextYear)).ShouldBeEmpty();
        (await Service().HistoryAsync(ThisYear)).ShouldHaveSingleItem().Unit.ShouldBe("Nam Khê");
    }

    [Fact]
    public async Task Reads_without_a_signed_in_user_are_refused()
    {
        var anonymous = new TargetsService(_database.Factory(), new CurrentUser(),
            new SecurityAudit(_database.Factory(), _database.Clock, NullLogger<SecurityAudit>.Instance), _database.Clock);

        await Should.ThrowAsync<AccessDeniedException>(() => anonymous.ForYearAsync(ThisYear));
        await Should.ThrowAsync<AccessDeniedException>(() => anonymous.HistoryAsync(ThisYear));
        await Should.ThrowAsync<AccessDeniedException>(() => anonymous.YearsAsync());
    }
}
