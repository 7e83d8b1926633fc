using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Batches;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Batches;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>
/// Admission batches on the demo database (today 24/11/2026): creating from presets, planning with the ward
/// scope, and recording a whole batch's ceremony all or nothing. Each test brings its own batches and
/// candidates, so the shared database only grows.
/// </summary>
public sealed class BatchesServiceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private const string Committee = "thanhuy@uongbi.local";
    private const string BacSonSecretary = "bacson@uongbi.local";
    private static int _serial;

    private SqliteTestDatabase Database => demo.Database;

    // ---- Create ---------------------------------------------------------------------------------

    [Fact]
    public async Task CreateAsync_from_preset_saves_name_date_and_wards()
    {
        // Arrange
        var (bacSon, quangTrung) = (await WardAsync("BS"), await WardAsync("QT"));
        var form = BatchPreset.Of(BatchPresetKind.PresidentBirthday).FormFor(2027, [bacSon, quangTrung]);

        // Act
        var result = await Planning(Roles.CityCommittee, name: Committee).CreateAsync(form);

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        await using var db = Database.CreateContext();
        var batch = await db.Batches.Include(b => b.Wards).SingleAsync(b => b.Id == result.Id);
        batch.Name.ShouldBe("Đợt kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5/2027");
        batch.Date.ShouldBe(new DateOnly(2027, 5, 19));
        batch.Wards.Select(w => w.Id).Order().ShouldBe(new[] { bacSon, quangTrung }.Order());
        batch.CreatedBy.ShouldBe(Committee);
        (await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(AdmissionBatch) && a.Action == AuditAction.Insert
            && a.EntityKey == batch.Id.ToString(CultureInfo.InvariantCulture))).ShouldBeTrue();
    }

    [Theory]
    [InlineData("BS", BatchPresetKind.PartyFounding, 2027, "Đợt kỷ niệm Ngày thành lập Đảng 3/2/2027", 2, 3)]
    [InlineData("BS", BatchPresetKind.NationalDay, 2027, "Đợt kỷ niệm Quốc khánh 2/9/2027", 9, 2)]
    [InlineData("BS", BatchPresetKind.OctoberRevolution, 2027, "Đợt kỷ niệm Cách mạng Tháng Mười Nga 7/11/2027", 11, 7)]
    [InlineData("BS", BatchPresetKind.PeoplesArmy, 2027, "Đợt kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12/2027", 12, 22)]
    public async Task CreateAsync_secretary_from_preset_for_her_own_ward_succeeds(string ward, BatchPresetKind preset, int year, string name, int month, int day)
    {
        // Arrange
        var wardId = await WardAsync(ward);
        var form = BatchPreset.Of(preset).FormFor(year, [wardId]);

        // Act
        var result = await Planning(Roles.WardSecretary, wardId, BacSonSecretary).CreateAsync(form);

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        await using var db = Database.CreateContext();
        var batch = await db.Batches.SingleAsync(b => b.Id == result.Id);
        (batch.Name, batch.Date).ShouldBe((name, new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("", "NameRequired")]
    [InlineData("   ", "NameRequired")]
    [InlineData("long-name", "NameTooLong")]
    [InlineData("no-date", "DateRequired")]
    [InlineData("year-1999", "DateInvalid")]
    [InlineData("year-2101", "DateInvalid")]
    [InlineData("no-ward", "WardsRequired")]
    [InlineData("unknown-ward", "WardUnknown")]
    [InlineData("ward-gone", "WardNotOnDate")]
    [InlineData("duplicate", "Duplicate")]
    public async Task CreateAsync_bad_input_is_refused_with_a_code_and_nothing_saved(string input, string code)
    {
        // Arrange
        var bacSon = await WardAsync("BS");
        var dienCong = await WardAsync("DC");
        await using var before = Database.CreateContext();
        var existing = await before.Batches.OrderBy(b => b.Id).Include(b => b.Wards).FirstAsync();
        var form = new BatchForm { Name = "Đợt kết nạp thử", Date = new DateOnly(2027, 3, 26), WardIds = [bacSon] };
        switch (input)
        {
            case "long-name": form.Name = new string('Đ', 201); break;
            case "no-date": form.Date = null; break;
            case "year-1999": form.Date = new DateOnly(1999, 12, 31); break;
            case "year-2101": form.Date = new DateOnly(2101, 1, 1); break;
            case "no-ward": form.WardIds = []; break;
            case "unknown-ward": form.WardIds = [bacSon, 999_999]; break;
            case "ward-gone": form.WardIds = [dienCong]; break;
            case "duplicate": form = new BatchForm { Name = existing.Name, Date = existing.Date, WardIds = [bacSon] }; break;
            default: form.Name = input; break;
        }

        var batches = await before.Batches.CountAsync();
        var audit = await before.AuditEntries.CountAsync();

        // Act
        var result = await Planning(Roles.CityCommittee, name: Committee).CreateAsync(form);

        // Assert
        result.ShouldBe(BatchResult.Fail(code));
        await using var after = Database.CreateContext();
        (await after.Batches.CountAsync()).ShouldBe(batches);
        (await after.AuditEntries.CountAsync()).ShouldBe(audit);
    }

    [Fact]
    public async Task CreateAsync_secretary_for_another_ward_is_refused_and_nothing_saved()
    {
        // Arrange
        var (bacSon, quangTrung) = (await WardAsync("BS"), await WardAsync("QT"));
        var service = Planning(Roles.WardSecretary, bacSon, BacSonSecretary);
        var batches = await CountBatchesAsync();

        // Act
        var other = await service.CreateAsync(BatchPreset.Of(BatchPresetKind.NationalDay).FormFor(2027, [quangTrung]));
        var mixed = await service.CreateAsync(BatchPreset.Of(BatchPresetKind.NationalDay).FormFor(2027, [bacSon, quangTrung]));

        // Assert
        other.ShouldBe(BatchResult.Fail("WardNotAllowed"));
        mixed.ShouldBe(BatchResult.Fail("WardNotAllowed"));
        (await CountBatchesAsync()).ShouldBe(batches);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.WardSecretary)]
    public async Task CreateAsync_role_without_manage_batches_is_denied(string role)
    {
        // Arrange: a ward secretary without a ward manages nothing
        var service = Planning(role);

        // Act / Assert
        await Should.ThrowAsync<AccessDeniedException>(() =>
            service.CreateAsync(BatchPreset.Of(BatchPresetKind.PartyFounding).FormFor(2027, [1])));
    }

    // ---- Edit -----------------------------------------------------------------------------------

    [Fact]
    public async Task UpdateAsync_with_a_stale_version_reports_a_conflict()
    {
        // Arrange
        var bacSon = await WardAsync("BS");
        var service = Planning(Roles.CityCommittee, name: Committee);
        var id = (await service.CreateAsync(UniqueForm(new DateOnly(2027, 4, 2), bacSon))).Id!.Value;
        var loaded = await Reader(Roles.CityCommittee).GetAsync(id);
        var changed = await service.UpdateAsync(id, new BatchForm { Name = loaded!.Name + " (sửa)", Date = loaded.Date, WardIds = [bacSon], Version = loaded.Version });

        // Act: the same, now stale, version again
        var stale = await service.UpdateAsync(id, new BatchForm { Name = loaded.Name + " (sửa lần 2)", Date = loaded.Date, WardIds = [bacSon], Version = loaded.Version });

        // Assert
        changed.Succeeded.ShouldBeTrue(changed.Error);
        stale.ShouldBe(BatchResult.Fail("Conflict"));
        (await Reader(Roles.CityCommittee).GetAsync(id))!.Name.ShouldBe(loaded.Name + " (sửa)");
    }

    [Fact]
    public async Task UpdateAsync_removing_a_ward_with_planned_candidates_is_refused()
    {
        // Arrange
        var (bacSon, quangTrung) = (await WardAsync("BS"), await WardAsync("QT"));
        var service = Planning(Roles.CityCommittee, name: Committee);
        var id = (await service.CreateAsync(UniqueForm(new DateOnly(2027, 4, 2), bacSon, quangTrung))).Id!.Value;
        var candidate = await AddCandidateAsync("QT", Stage.Decision, new DateOnly(2026, 10, 15));
        (await service.PlanAsync(id, candidate)).Succeeded.ShouldBeTrue();
        var loaded = (await Reader(Roles.CityCommittee).GetAsync(id))!;

        // Act
        var result = await service.UpdateAsync(id, new BatchForm { Name = loaded.Name, Date = loaded.Date, WardIds = [bacSon], Version = loaded.Version });

        // Assert
        result.ShouldBe(BatchResult.Fail("WardHasPlanned"));
        (await Reader(Roles.CityCommittee).GetAsync(id))!.Wards.Count.ShouldBe(2);
    }

    [Fact]
    public async Task UpdateAsync_secretary_cannot_edit_a_city_wide_batch()
    {
        // Arrange: the demo batches hold every ward
        var bacSon = await WardAsync("BS");
        await using var db = Database.CreateContext();
        var cityWide = await db.Batches.Where(b => b.Date == new DateOnly(2026, 12, 22)).Select(b => new { b.Id, b.Name, b.Version }).FirstAsync();

        // Act
        var result = await Planning(Roles.WardSecretary, bacSon, BacSonSecretary)
            .UpdateAsync(cityWide.Id, new BatchForm { Name = "Đợt của Bắc Sơn", Date = new DateOnly(2026, 12, 22), WardIds = [bacSon], Version = cityWide.Version });

        // Assert
        result.ShouldBe(BatchResult.Fail("NotAllowed"));
        (await Reader(Roles.CityCommittee).GetAsync(cityWide.Id))!.Name.ShouldBe(cityWide.Name);
    }

    // ---- Plan -----------------------------------------------------------------------------------

    [Fact]
    public async Task PlanAsync_secretary_spoofing_another_ward_candidate_is_refused_and_logged()
    {
        // Arrange: a batch of both wards; the secretary of Bắc Sơn sends the id of a Quang Trung candidate
        var (bacSon, quangTrung) = (await WardAsync("BS"), await WardAsync("QT"));
        var id = (await Planning(Roles.CityCommittee, name: Committee).CreateAsync(UniqueForm(new DateOnly(2027, 2, 3), bacSon, quangTrung))).Id!.Value;
        var other = await AddCandidateAsync("QT", Stage.Decision, new DateOnly(2026, 10, 15));

        // Act
        var result = await Planning(Roles.WardSecretary, bacSon, BacSonSecretary).PlanAsync(id, other);

        // Assert
        result.ShouldBe(BatchResult.Fail("CandidateNotFound"));
        await using var db = Database.CreateContext();
        (await db.Candidates.SingleAsync(c => c.Id == other)).BatchId.ShouldBeNull();
        var denial = await db.AuditEntries.Where(a => a.Action == AuditAction.AccessDenied).OrderByDescending(a => a.Id).FirstAsync();
        denial.EntityKey.ShouldBe($"Candidate:{other}");
        denial.User.ShouldBe(BacSonSecretary);
    }

    [Fact]
    public async Task PlanAsync_secretary_plans_her_own_ward_candidate()
    {
        // Arrange
        var bacSon = await WardAsync("BS");
        var id = (await Planning(Roles.CityCommittee, name: Committee).CreateAsync(UniqueForm(new DateOnly(2027, 2, 3), bacSon))).Id!.Value;
        var own = await AddCandidateAsync("BS", Stage.CommitteeReview, new DateOnly(2026, 11, 2));

        // Act
        var result = await Planning(Roles.WardSecretary, bacSon, BacSonSecretary).PlanAsync(id, own);

        // Assert
        result.ShouldBe(BatchResult.Ok(id));
        await using var db = Database.CreateContext();
        (await db.Candidates.SingleAsync(c => c.Id == own)).BatchId.ShouldBe(id);
    }

    [Fact]
    public async Task PlanAsync_candidate_of_a_ward_outside_the_batch_is_refused()
    {
        // Arrange
        var bacSon = await WardAsync("BS");
        var id = (await Planning(Roles.CityCommittee, name: Committee).CreateAsync(UniqueForm(new DateOnly(2027, 2, 3), bacSon))).Id!.Value;
        var other = await AddCandidateAsync("QT", Stage.Decision, new DateOnly(2026, 10, 15));

        // Act
        var result = await Planning(Roles.CityCommittee, name: Committee).PlanAsync(id, other);

        // Assert
        result.ShouldBe(BatchResult.Fail("CandidateWardNotInBatch"));
    }

    [Fact]
    public async Task PlanAsync_admitted_or_dropped_candidate_is_refused()
    {
        // Arrange
        var bacSon = await WardAsync("BS");
        var id = (await Planning(Roles.CityCommittee, name: Committee).CreateAsync(UniqueForm(new DateOnly(2027, 2, 3), bacSon))).Id!.Value;
        await using var db = Database.CreateContext();
        var admitted = await db.Candidates.Where(c => c.WardId == bacSon && c.Stage >= Stage.Probationary).Select(c => c.Id).FirstAsync();
        var dropped = await db.Candidates.Where(c => c.WardId == bacSon && c.DroppedOn != null).Select(c => c.Id).FirstAsync();
        var service = Planning(Roles.CityCommittee, name: Committee);

        // Act
        var planAdmitted = await service.PlanAsync(id, admitted);
        var planDropped = await service.PlanAsync(id, dropped);

        // Assert
        planAdmitted.ShouldBe(BatchResult.Fail("CandidateAdmitted"));
        planDropped.ShouldBe(BatchResult.Fail("CandidateDropped"));
    }

    [Fact]
    public async Task GetAsync_lists_planned_candidates_with_verdicts_cut_to_the_readers_ward()
    {
        // Arrange: a batch on 22/12/2026 with one Bắc Sơn candidate decided on 15/10/2026 (ceremony due 26/11/2026:
        // late for 22/12) and one Quang Trung candidate at stage 6
        var (bacSon, quangTrung) = (await WardAsync("BS"), await WardAsync("QT"));
        var service = Planning(Roles.CityCommittee, name: Committee);
        var id = (await service.CreateAsync(UniqueForm(new DateOnly(2026, 12, 22), bacSon, quangTrung))).Id!.Value;
        var decided = await AddCandidateAsync("BS", Stage.Decision, new DateOnly(2026, 10, 15));
        var reviewed = await AddCandidateAsync("QT", Stage.CommitteeReview, new DateOnly(2026, 11, 2));
        (await service.PlanAsync(id, decided)).Succeeded.ShouldBeTrue();
        (await service.PlanAsync(id, reviewed)).Succeeded.ShouldBeTrue();

        // Act
        var city = await Reader(Roles.CityCommittee).GetAsync(id);
        var secretary = await Reader(Roles.WardSecretary, bacSon).GetAsync(id);

        // Assert
        city!.Planned.Select(p => p.Id).Order().ShouldBe(new[] { decided, reviewed }.Order());
        city.Planned.Single(p => p.Id == decided).Feasibility.Verdict.ShouldBe(BatchVerdict.Late);
        city.Planned.Single(p => p.Id == reviewed).Feasibility.Verdict.ShouldBe(BatchVerdict.NeedsDecision);
        city.CanEdit.ShouldBeTrue();
        secretary!.Planned.ShouldHaveSingleItem().Id.ShouldBe(decided);
        secretary.PlannedElsewhere.ShouldBe(1);
        secretary.CanPlan.ShouldBeTrue();
        secretary.CanEdit.ShouldBeFalse();
    }

    [Fact]
    public async Task SearchPlannableAsync_offers_only_manageable_candidates_of_the_batch_wards()
    {
        // Arrange
        var (bacSon, quangTrung) = (await WardAsync("BS"), await WardAsync("QT"));
        var id = (await Planning(Roles.CityCommittee, name: Committee).CreateAsync(UniqueForm(new DateOnly(2027, 2, 3), bacSon, quangTrung))).Id!.Value;

        // Act
        var found = await Reader(Roles.WardSecretary, bacSon).SearchPlannableAsync(id, null);

        // Assert
        await using var db = Database.CreateContext();
        var ids = found.Select(f => f.Id).ToList();
        ids.ShouldNotBeEmpty();
        (await db.Candidates.Where(c => ids.Contains(c.Id)).AllAsync(c => c.WardId == bacSon && c.DroppedOn == null && c.Stage < Stage.Probationary))
            .ShouldBeTrue();
        found.Select(f => (int)f.Stage).ShouldBeInOrder(SortDirection.Descending);
    }

    // ---- Record the ceremony ----------------------------------------------------------------------

    [Fact]
    public async Task RecordCeremonyAsync_three_candidates_at_stage_7_each_get_stage_8_on_the_batch_date()
    {
        // Arrange: the 19/5/2026 batch of two wards, three candidates decided on 5/5/2026
        var (bacSon, quangTrung) = (await WardAsync("BS"), await WardAsync("QT"));
        var service = Planning(Roles.CityCommittee, name: Committee);
        var id = (await service.CreateAsync(UniqueForm(new DateOnly(2026, 5, 19), bacSon, quangTrung))).Id!.Value;
        int[] planned =
        [
            await AddCandidateAsync("BS", Stage.Decision, new DateOnly(2026, 5, 5)),
            await AddCandidateAsync("BS", Stage.Decision, new DateOnly(2026, 5, 5)),
            await AddCandidateAsync("QT", Stage.Decision, new DateOnly(2026, 5, 5)),
        ];
        foreach (var candidate in planned)
        {
            (await service.PlanAsync(id, candidate)).Succeeded.ShouldBeTrue();
        }

        // Act
        var result = await service.RecordCeremonyAsync(id);

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        result.Recorded.ShouldBe(3);
        result.Outcomes.ShouldAllBe(o => o.Status == CeremonyStatus.Passed && o.Violations.Count == 0);
        await using var db = Database.CreateContext();
        var batchName = (await db.Batches.SingleAsync(b => b.Id == id)).Name;
        foreach (var candidate in await db.Candidates.Include(c => c.StageChanges).Where(c => planned.Contains(c.Id)).ToListAsync())
        {
            candidate.Stage.ShouldBe(Stage.Probationary);
            candidate.AdmittedOn.ShouldBe(new DateOnly(2026, 5, 19));
            candidate.BatchId.ShouldBe(id);
            var step = candidate.StageChanges.OrderBy(s => s.Id).Last();
            (step.Kind, step.FromStage, step.ToStage, step.On).ShouldBe((StageChangeKind.Advanced, Stage.Decision, Stage.Probationary, new DateOnly(2026, 5, 19)));
            step.RecordedBy.ShouldBe(Committee);
            step.RecordedAt.ShouldBe(SqliteTestDatabase.Now);
            step.Note.ShouldBe(batchName);
            (await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Candidate) && a.Action == AuditAction.Update
                && a.EntityKey == candidate.Id.ToString(CultureInfo.InvariantCulture) && a.Changes.Contains("AdmittedOn"))).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task RecordCeremonyAsync_one_of_three_not_ready_saves_nothing_until_unplanned()
    {
        // Arrange: two decided on 5/5/2026, one still at stage 6
        var bacSon = await WardAsync("BS");
        var service = Planning(Roles.CityCommittee, name: Committee);
        var id = (await service.CreateAsync(UniqueForm(new DateOnly(2026, 5, 19), bacSon))).Id!.Value;
        var ready1 = await AddCandidateAsync("BS", Stage.Decision, new DateOnly(2026, 5, 5));
        var ready2 = await AddCandidateAsync("BS", Stage.Decision, new DateOnly(2026, 5, 5));
        var notReady = await AddCandidateAsync("BS", Stage.CommitteeReview, new DateOnly(2026, 5, 5));
        foreach (var candidate in new[] { ready1, ready2, notReady })
        {
            (await service.PlanAsync(id, candidate)).Succeeded.ShouldBeTrue();
        }

        var stageChanges = await CountAsync("StageChanges");
        var audit = await CountAsync("AuditEntries");

        // Act
        var blocked = await service.RecordCeremonyAsync(id);

        // Assert
        blocked.Succeeded.ShouldBeFalse();
        blocked.Error.ShouldBe("Blocked");
        blocked.Recorded.ShouldBe(0);
        blocked.Outcomes.Single(o => o.CandidateId == notReady).Status.ShouldBe(CeremonyStatus.NotReady);
        blocked.Outcomes.Where(o => o.CandidateId != notReady).ShouldAllBe(o => o.Status == CeremonyStatus.Passed);
        await using (var db = Database.CreateContext())
        {
            (await db.Candidates.Where(c => c.Id == ready1 || c.Id == ready2).AllAsync(c => c.Stage == Stage.Decision && c.AdmittedOn == null)).ShouldBeTrue();
        }

        (await CountAsync("StageChanges")).ShouldBe(stageChanges);
        (await CountAsync("AuditEntries")).ShouldBe(audit);

        // Act: the page lets the user take the blocker out and retry
        (await service.UnplanAsync(id, notReady)).Succeeded.ShouldBeTrue();
        var retried = await service.RecordCeremonyAsync(id);

        // Assert
        retried.Succeeded.ShouldBeTrue(retried.Error);
        retried.Recorded.ShouldBe(2);
    }

    [Fact]
    public async Task RecordCeremonyAsync_ceremony_date_in_the_future_is_refused_and_nothing_saved()
    {
        // Arrange: a batch on 22/12/2026, after today (24/11/2026)
        var bacSon = await WardAsync("BS");
        var service = Planning(Roles.CityCommittee, name: Committee);
        var id = (await service.CreateAsync(UniqueForm(new DateOnly(2026, 12, 22), bacSon))).Id!.Value;
        var candidate = await AddCandidateAsync("BS", Stage.Decision, new DateOnly(2026, 11, 20));
        (await service.PlanAsync(id, candidate)).Succeeded.ShouldBeTrue();

        // Act
        var result = await service.RecordCeremonyAsync(id);

        // Assert
        result.Succeeded.ShouldBeFalse();
        var outcome = result.Outcomes.ShouldHaveSingleItem();
        outcome.Status.ShouldBe(CeremonyStatus.Refused);
        outcome.Violations.ShouldContain(v => v.Code == RuleCode.DateInFuture && v.Severity == Severity.Error);
        await using var db = Database.CreateContext();
        var saved = await db.Candidates.SingleAsync(c => c.Id == candidate);
        (saved.Stage, saved.AdmittedOn).ShouldBe((Stage.Decision, (DateOnly?)null));
    }

    [Fact]
    public async Task RecordCeremonyAsync_late_ceremony_is_recorded_with_its_warning()
    {
        // Arrange: decided on 4/9/2026, ceremony due 30 working days later (mid-October): 7/11/2026 is late
        var bacSon = await WardAsync("BS");
        var service = Planning(Roles.CityCommittee, name: Committee);
        var id = (await service.CreateAsync(UniqueForm(new DateOnly(2026, 11, 7), bacSon))).Id!.Value;
        var candidate = await AddCandidateAsync("BS", Stage.Decision, new DateOnly(2026, 9, 4));
        (await service.PlanAsync(id, candidate)).Succeeded.ShouldBeTrue();

        // Act
        var result = await service.RecordCeremonyAsync(id);

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        result.Outcomes.ShouldHaveSingleItem().Violations.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.CeremonyLate);
    }

    [Fact]
    public async Task RecordCeremonyAsync_secretary_records_only_her_own_wards_candidates()
    {
        // Arrange: a batch of two wards with one decided candidate each
        var (bacSon, quangTrung) = (await WardAsync("BS"), await WardAsync("QT"));
        var committee = Planning(Roles.CityCommittee, name: Committee);
        var id = (await committee.CreateAsync(UniqueForm(new DateOnly(2026, 11, 7), bacSon, quangTrung))).Id!.Value;
        var own = await AddCandidateAsync("BS", Stage.Decision, new DateOnly(2026, 10, 20));
        var other = await AddCandidateAsync("QT", Stage.Decision, new DateOnly(2026, 10, 20));
        (await committee.PlanAsync(id, own)).Succeeded.ShouldBeTrue();
        (await committee.PlanAsync(id, other)).Succeeded.ShouldBeTrue();

        // Act
        var result = await Planning(Roles.WardSecretary, bacSon, BacSonSecretary).RecordCeremonyAsync(id);

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        result.Outcomes.ShouldHaveSingleItem().CandidateId.ShouldBe(own);
        await using var db = Database.CreateContext();
        (await db.Candidates.SingleAsync(c => c.Id == own)).Stage.ShouldBe(Stage.Probationary);
        (await db.Candidates.SingleAsync(c => c.Id == other)).Stage.ShouldBe(Stage.Decision);
    }

    // ---- Helpers --------------------------------------------------------------------------------

    private BatchPlanningService Planning(string role, int? ward = null, string name = "tester@uongbi.local")
    {
        var factory = Database.Factory(name);
        var user = TestUsers.Current(role, ward, name);
        return new BatchPlanningService(factory, user, new SecurityAudit(factory, Database.Clock, NullLogger<SecurityAudit>.Instance), Database.Clock);
    }

    private BatchesService Reader(string role, int? ward = null) =>
        new(Database.Factory(), TestUsers.Current(role, ward), Database.Clock);

    private static BatchForm UniqueForm(DateOnly date, params int[] wards) =>
        new() { Name = $"Đợt kết nạp thử {Interlocked.Increment(ref _serial)}", Date = date, WardIds = wards };

    private async Task<int> WardAsync(string code)
    {
        await using var db = Database.CreateContext();
        return await db.Wards.Where(w => w.Code == code).Select(w => w.Id).SingleAsync();
    }

    private async Task<int> CountBatchesAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Batches.CountAsync();
    }

    private async Task<int> CountAsync(string table) =>
        int.Parse(await Database.ScalarAsync($"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);

    /// <summary>
    /// A new candidate of the ward brought along the path by <see cref="AdmissionPath"/> (every rule checked) to
    /// <paramref name="stage"/> (6 or 7), whose last step is dated <paramref name="on"/>.
    /// </summary>
    private async Task<int> AddCandidateAsync(string wardCode, Stage stage, DateOnly on)
    {
        await using var db = Database.CreateContext("seeder");
        var ward = await db.Wards.Include(w => w.Cells).SingleAsync(w => w.Code == wardCode);
        var serial = Interlocked.Increment(ref _serial);
        var resolution = on.AddDays(-45);
        var candidate = new Candidate
        {
            FullName = $"Thử Nghiệm Số {serial}",
            CitizenId = string.Create(CultureInfo.InvariantCulture, $"0992{serial:D8}"),
            BirthDate = new DateOnly(2000, 1, 1),
            Gender = Gender.Female,
            GeneralEducation = GeneralEducation.UpperSecondary,
            Category = Category.YouthUnionMember,
            WardId = ward.Id,
            CellId = ward.Cells[0].Id,
            SourceOn = resolution.AddDays(-300),
            CertificateNumber = "CN-NTVĐ 1/2026",
            CertificateOn = resolution.AddDays(-200),
            ApplicationOn = resolution.AddDays(-150),
            PersonalHistoryOn = resolution.AddDays(-150),
            IntroductionOn = resolution.AddDays(-150),
            Helpers =
            [
                new CandidateHelper { FullName = "Trần Văn Hùng", AssignedOn = resolution.AddDays(-290) },
                new CandidateHelper { FullName = "Lê Thị Hoa", AssignedOn = resolution.AddDays(-290) },
            ],
        };
        var settings = await UongBi.Recruitment.Data.Settings.RulesStore.LoadSettingsAsync(db);
        var calendar = await UongBi.Recruitment.Data.Settings.RulesStore.LoadCalendarAsync(db);
        var recorder = new Recorder("seeder", SqliteTestDatabase.Now);
        AdvanceRequest[] steps =
        [
            new(Stage.Sympathiser, resolution.AddDays(-280), "1-NQ/CB"),
            new(Stage.Dossier, resolution.AddDays(-120)),
            new(Stage.Verification, resolution.AddDays(-60), "2-KL/ĐU"),
            new(Stage.CellResolution, resolution, "3-NQ/CB", VotesFor: 9, VotesEligible: 12),
            new(Stage.CommitteeReview, stage == Stage.CommitteeReview ? on : resolution.AddDays(14), "4-NQ/ĐU", VotesFor: 10, VotesEligible: 13),
            new(Stage.Decision, on, "5-QĐ/TU"),
        ];
        foreach (var step in steps.Where(s => s.To <= stage))
        {
            var check = AdmissionPath.Advance(candidate, step, settings, calendar, recorder);
            check.Allowed.ShouldBeTrue($"{step.To}: {string.Join(", ", check.Errors.Select(e => e.Code))}");
        }

        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();
        return candidate.Id;
    }
}
