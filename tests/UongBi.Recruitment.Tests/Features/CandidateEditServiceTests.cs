using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>Candidate commands on a real SQLite demo database, as the Bắc Sơn secretary and others.</summary>
public sealed class CandidateEditServiceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IAsyncLifetime
{
    private readonly DemoDatabase _demo = demo;
    private int _bacSon;
    private int _quangTrung;
    private int _khu5;
    private int _quangTrungCell;

    public async Task InitializeAsync()
    {
        await using var db = _demo.Database.CreateContext();
        _bacSon = await db.Wards.Where(w => w.Code == "BS").Select(w => w.Id).SingleAsync();
        _quangTrung = await db.Wards.Where(w => w.Code == "QT").Select(w => w.Id).SingleAsync();
        _khu5 = await db.Cells.Where(c => c.WardId == _bacSon && c.ResidentialZone == "Khu 5").Select(c => c.Id).SingleAsync();
        _quangTrungCell = await db.Cells.Where(c => c.WardId == _quangTrung).Select(c => c.Id).FirstAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private CandidateEditService Service(string role = Roles.WardSecretary, int? ward = -1, string name = "bacson@uongbi.local")
    {
        var user = TestUsers.Current(role, ward == -1 ? _bacSon : ward, name);
        var factory = _demo.Database.Factory(name);
        return new CandidateEditService(factory, user, new SecurityAudit(factory, _demo.Database.Clock, NullLogger<SecurityAudit>.Instance), _demo.Database.Clock);
    }

    private static int _serial;

    // Each form gets its own citizen ID: the tests share one demo database.
    private CandidateForm ValidForm(string? citizenId = null, string name = "Trần Thị Hoa")
    {
        var serial = Interlocked.Increment(ref _serial);
        return NewForm(citizenId ?? $"0223059{serial:00000}", name, new DateOnly(2001, 3, 8).AddDays(serial));
    }

    private CandidateForm NewForm(string citizenId, string name, DateOnly birthDate) => new()
    {
        FullName = name,
        BirthDate = birthDate,
        Gender = Gender.Female,
        CitizenId = citizenId,
        Phone = "0912 345 678",
        WardId = _bacSon,
        CellId = _khu5,
        Category = Category.YouthUnionMember,
        SourceOn = new DateOnly(2025, 1, 10),
        IsYouthUnionMember = true,
    };

    private async Task<int> CountAsync()
    {
        await using var db = _demo.Database.CreateContext();
        return await db.Candidates.IgnoreQueryFilters().CountAsync();
    }

    [Fact]
    public async Task Create_valid_form_saves_normalised_record_with_history()
    {
        var result = await Service().CreateAsync(ValidForm(name: "  trần   thị hoà ".Normalize(System.Text.NormalizationForm.FormD)));

        result.Outcome.ShouldBe(SaveOutcome.Saved);
        await using var db = _demo.Database.CreateContext();
        var saved = await db.Candidates.Include(c => c.StageChanges).SingleAsync(c => c.Id == result.Id);
        saved.FullName.ShouldBe("trần thị hoà".Normalize(System.Text.NormalizationForm.FormC));
        saved.SearchKey.ShouldBe("tran thi hoa");
        saved.Phone.ShouldBe("0912345678");
        saved.Stage.ShouldBe(Stage.Source);
        saved.StageChanges.Single().Kind.ShouldBe(StageChangeKind.Created);
        saved.CreatedBy.ShouldBe("bacson@uongbi.local");
    }

    [Fact]
    public async Task Create_for_another_ward_is_refused_and_saves_nothing()
    {
        var before = await CountAsync();

        var result = await Service().CreateAsync(ValidForm() with { WardId = _quangTrung, CellId = _quangTrungCell });

        result.Outcome.ShouldBe(SaveOutcome.Invalid);
        result.Errors![nameof(CandidateForm.WardId)].ShouldBe(["WardNotAllowed"]);
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(Roles.CityCommittee)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Administrator)]
    public async Task Create_by_roles_that_do_not_edit_wards_is_refused(string role)
    {
        var before = await CountAsync();

        var result = await Service(role, null, "other@uongbi.local").CreateAsync(ValidForm());

        result.Outcome.ShouldBe(SaveOutcome.Invalid);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_with_a_cell_of_another_ward_is_refused()
    {
        var result = await Service().CreateAsync(ValidForm() with { CellId = _quangTrungCell });

        result.Outcome.ShouldBe(SaveOutcome.Invalid);

        result.Errors![nameof(CandidateForm.CellId)].ShouldBe(["CellNotInWard"]);
    }

    public static TheoryData<string, Func<CandidateForm, CandidateForm>, string> BadInputs => new()
    {
        { "FullName", f => f with { FullName = "" }, "Required" },
        { "FullName", f => f with { FullName = "Nguyễn Văn 3" }, "NameInvalid" },
        { "FullName", f => f with { FullName = new string('a', 121) }, "TooLong:120" },
        { "FullName", f => f with { FullName = "Lê\u202EThị" }, "NameInvalid" },
        { "BirthDate", f => f with { BirthDate = null }, "Required" },
        { "BirthDate", f => f with { BirthDate = new DateOnly(2030, 1, 1) }, "BirthDateImplausible" },
        { "BirthDate", f => f with { BirthDate = new DateOnly(1900, 1, 1) }, "BirthDateImplausible" },
        { "CitizenId", f => f with { CitizenId = "02230599900" }, "CitizenIdInvalid" },
        { "CitizenId", f => f with { CitizenId = "02230599900A" }, "CitizenIdInvalid" },
        { "CitizenId", f => f with { CitizenId = "０２２３０５９９９００１" }, "CitizenIdInvalid" },
        { "Phone", f => f with { Phone = "12345" }, "PhoneInvalid" },
        { "Phone", f => f with { Phone = "=cmd|' /C calc'!A0" }, "PhoneInvalid" },
        { "Gender", f => f with { Gender = (Gender)7 }, "ValueInvalid" },
        { "Category", f => f with { Category = (Category)42 }, "ValueInvalid" },
        { "Address", f => f with { Address = new string('x', 301) }, "TooLong:300" },
        { "Notes", f => f with { Notes = "ghi chú\u0000" }, "ControlCharacters" },
        { "SourceOn", f => f with { SourceOn = new DateOnly(2027, 1, 1) }, "DateInFuture" },
        { "CertificateOn", f => f with { CertificateOn = new DateOnly(2099, 1, 1) }, "DateInFuture" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Create_bad_input_names_the_field_and_saves_nothing(string field, Func<CandidateForm, CandidateForm> spoil, string code)
    {
        var before = await CountAsync();

        var result = await Service().CreateAsync(spoil(ValidForm()));

        result.Outcome.ShouldBe(SaveOutcome.Invalid);
        result.Errors!.ShouldContainKey(field);
        result.Errors![field].ShouldContain(code);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Create_duplicate_citizen_id_in_own_ward_links_the_existing_record()
    {
        await using var db = _demo.Database.CreateContext();
        var mai = await db.Candidates.SingleAsync(c => c.FullName == "Nguyễn Thị Thanh Mai");

        var result = await Service().CreateAsync(ValidForm(citizenId: mai.CitizenId));

        result.Outcome.ShouldBe(SaveOutcome.DuplicateCitizenId);
        result.ExistingId.ShouldBe(mai.Id);
    }

    [Fact]
    public async Task Create_duplicate_citizen_id_of_another_ward_says_so_without_revealing_the_record()
    {
        await using var db = _demo.Database.CreateContext();
        var other = await db.Candidates.FirstAsync(c => c.WardId == _quangTrung);

        var result = await Service().CreateAsync(ValidForm(citizenId: other.CitizenId));

        result.Outcome.ShouldBe(SaveOutcome.DuplicateCitizenId);
        result.ExistingId.ShouldBeNull();
        result.Errors![nameof(CandidateForm.CitizenId)].ShouldBe(["DuplicateCitizenIdElsewhere"]);
    }

    [Fact]
    public async Task Create_same_name_and_birth_date_warns_and_saves_when_confirmed()
    {
        await using var db = _demo.Database.CreateContext();
        var mai = await db.Candidates.SingleAsync(c => c.FullName == "Nguyễn Thị Thanh Mai");
        var twin = ValidForm(name: "NGUYỄN THỊ THANH MAI") with { BirthDate = mai.BirthDate };

        var warned = await Service().CreateAsync(twin);
        var saved = await Service().CreateAsync(twin, confirmPossibleDuplicate: true);

        warned.Outcome.ShouldBe(SaveOutcome.PossibleDuplicate);
        warned.ExistingId.ShouldBe(mai.Id);
        saved.Outcome.ShouldBe(SaveOutcome.Saved);
    }

    [Fact]
    public async Task Update_by_second_editor_with_stale_version_is_refused_and_names_what_changed()
    {
        // Arrange: two secretaries' screens load the same record
        var id = (await Service().CreateAsync(ValidForm())).Id!.Value;
        await using var db = _demo.Database.CreateContext();
        var loaded = CandidateForm.From(await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == id));
        var first = loaded with { Phone = "0987654321" };
        var second = loaded with { Address = "Khu 5, Bắc Sơn" };

        // Act
        var saved = await Service().UpdateAsync(id, first, loaded);
        var refused = await Service().UpdateAsync(id, second, loaded);

        // Assert
        saved.Outcome.ShouldBe(SaveOutcome.Saved);
        refused.Outcome.ShouldBe(SaveOutcome.Conflict);
        refused.Changed.ShouldBe([nameof(CandidateForm.Phone)]);
        await using var check = _demo.Database.CreateContext();
        var current = await check.Candidates.SingleAsync(c => c.Id == id);
        current.Phone.ShouldBe("0987654321");
        current.Address.ShouldBeNull();
    }

    [Fact]
    public async Task Update_candidate_of_another_ward_by_id_is_not_found_and_audited()
    {
        await using var db = _demo.Database.CreateContext();
        var other = await db.Candidates.AsNoTracking().FirstAsync(c => c.WardId == _quangTrung);

        var result = await Service().UpdateAsync(other.Id, CandidateForm.From(other) with { Phone = "0900000000" });

        result.Outcome.ShouldBe(SaveOutcome.NotFound);
        (await db.AuditEntries.AnyAsync(a => a.Action == UongBi.Recruitment.Data.Auditing.AuditAction.AccessDenied && a.EntityKey == $"Candidate:{other.Id}")).ShouldBeTrue();
        (await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == other.Id)).Phone.ShouldBe(other.Phone);
    }

    [Fact]
    public async Task Advance_through_every_stage_to_official_member()
    {
        // Arrange: a new candidate entered in January 2025 (today is 24/11/2026)
        var service = Service();
        var id = (await service.CreateAsync(ValidForm())).Id!.Value;
        async Task<Guid> Version()
        {
            await using var db = _demo.Database.CreateContext();
            return await db.Candidates.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
        }

        async Task Step(AdvanceRequest request)
        {
            var check = await service.AdvanceAsync(id, request, await Version());
            check.ShouldNotBeNull();
            check.Allowed.ShouldBeTrue($"{request.To}: {string.Join(", ", check.Errors.Select(e => e.Code))}");
        }

        // Sympathiser needs two helpers first
        var refused = await service.AdvanceAsync(id, new AdvanceRequest(Stage.Sympathiser, new DateOnly(2025, 3, 3), "12-NQ/CB"), await Version());
        refused!.Has(RuleCode.NotEnoughHelpers).ShouldBeTrue();
        (await service.AssignHelperAsync(id, "Trần Văn Hùng", "12345678", new DateOnly(2025, 2, 20), await Version())).Succeeded.ShouldBeTrue();
        (await service.AssignHelperAsync(id, "Phạm Thị Lan", null, new DateOnly(2025, 2, 20), await Version())).Succeeded.ShouldBeTrue();
        (await service.AssignHelperAsync(id, "Người thứ ba", null, new DateOnly(2025, 2, 20), await Version())).Errors!["HelperName"].ShouldBe(["HelpersFull"]);
        await Step(new AdvanceRequest(Stage.Sympathiser, new DateOnly(2025, 3, 3), "12-NQ/CB"));

        // Dossier needs its documents on the record
        await using (var db = _demo.Database.CreateContext())
        {
            var form = CandidateForm.From(await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == id)) with
            {
                CertificateNumber = "CN-NTVĐ 15/2025",
                CertificateOn = new DateOnly(2025, 4, 10),
                ApplicationOn = new DateOnly(2025, 5, 5),
                PersonalHistoryOn = new DateOnly(2025, 5, 6),
                IntroductionOn = new DateOnly(2025, 5, 7),
            };
            (await service.UpdateAsync(id, form)).Outcome.ShouldBe(SaveOutcome.Saved);
        }

        await Step(new AdvanceRequest(Stage.Dossier, new DateOnly(2025, 5, 12)));
        await Step(new AdvanceRequest(Stage.Verification, new DateOnly(2025, 6, 20), "05-KL/ĐU"));
        await Step(new AdvanceRequest(Stage.CellResolution, new DateOnly(2025, 7, 10), "6-KNĐ/21", VotesFor: 14, VotesEligible: 18));
        await Step(new AdvanceRequest(Stage.CommitteeReview, new DateOnly(2025, 7, 24), "8-KNĐ/33", VotesFor: 11, VotesEligible: 13));
        await Step(new AdvanceRequest(Stage.Decision, new DateOnly(2025, 8, 15), "245-QĐ/TU"));
        await Step(new AdvanceRequest(Stage.Probationary, new DateOnly(2025, 9, 2)));

        var early = await service.AdvanceAsync(id, new AdvanceRequest(Stage.Official, new DateOnly(2026, 8, 1), "31-NQ/CB"), await Version());
        early!.Has(RuleCode.ProbationNotOver).ShouldBeTrue();
        await Step(new AdvanceRequest(Stage.Official, new DateOnly(2026, 9, 8), "31-NQ/CB"));

        // Assert
        await using var check = _demo.Database.CreateContext();
        var done = await check.Candidates.Include(c => c.StageChanges).SingleAsync(c => c.Id == id);
        done.Stage.ShouldBe(Stage.Official);
        done.AdmittedOn.ShouldBe(new DateOnly(2025, 9, 2));
        done.StageChanges.Count.ShouldBe(9);
    }

    [Fact]
    public async Task Advance_with_a_stale_version_is_refused_as_a_conflict()
    {
        var service = Service();
        var id = (await service.CreateAsync(ValidForm())).Id!.Value;

        var check = await service.AdvanceAsync(id, new AdvanceRequest(Stage.Sympathiser, new DateOnly(2025, 3, 3), "x"), Guid.NewGuid());

        check!.Has(RuleCode.NotEnoughHelpers).ShouldBeTrue();
        (await service.AssignHelperAsync(id, "A B", null, new DateOnly(2025, 2, 1), Guid.NewGuid())).Outcome.ShouldBe(SaveOutcome.Conflict);
    }

    [Fact]
    public async Task City_committee_records_decisions_in_any_ward_but_nothing_else()
    {
        await using var db = _demo.Database.CreateContext();
        var atReview = await db.Candidates.AsNoTracking().FirstAsync(c => c.Stage == Stage.CommitteeReview && c.DroppedOn == null && c.WardId == _quangTrung);
        var atSource = await db.Candidates.AsNoTracking().FirstAsync(c => c.Stage == Stage.Source && c.DroppedOn == null);
        var committee = Service(Roles.CityCommittee, null, "thanhuy@uongbi.local");

        var decision = await committee.AdvanceAsync(atReview.Id, new AdvanceRequest(Stage.Decision, new DateOnly(2026, 11, 20), "301-QĐ/TU"), atReview.Version);
        var other = await committee.AdvanceAsync(atSource.Id, new AdvanceRequest(Stage.Sympathiser, new DateOnly(2026, 11, 20), "x"), atSource.Version);

        decision.ShouldNotBeNull();
        decision.Errors.ShouldNotContain(e => e.Code == RuleCode.Conflict);
        other.ShouldBeNull();
    }

    [Fact]
    public async Task Drop_then_reinstate_keeps_the_stage_and_both_history_rows()
    {
        var service = Service();
        var id = (await service.CreateAsync(ValidForm())).Id!.Value;
        async Task<Guid> Version()
        {
            await using var db = _demo.Database.CreateContext();
            return await db.Candidates.Where(c => c.Id == id).Select(c => c.Version).SingleAsync();
        }

        (await service.DropAsync(id, new DateOnly(2025, 6, 1), DropReason.Other, null, await Version()))!.Has(RuleCode.NoteRequired).ShouldBeTrue();
        (await service.DropAsync(id, new DateOnly(2025, 6, 1), DropReason.MovedAway, "Chuyển ra Hà Nội", await Version()))!.Allowed.ShouldBeTrue();
        (await service.ReinstateAsync(id, new DateOnly(2025, 9, 1), "", await Version()))!.Has(RuleCode.NoteRequired).ShouldBeTrue();
        (await service.ReinstateAsync(id, new DateOnly(2025, 9, 1), "Đã chuyển về", await Version()))!.Allowed.ShouldBeTrue();

        await using var check = _demo.Database.CreateContext();
        var c = await check.Candidates.Include(x => x.StageChanges).SingleAsync(x => x.Id == id);
        c.IsDropped.ShouldBeFalse();
        c.Stage.ShouldBe(Stage.Source);
        c.StageChanges.Select(s => s.Kind).ShouldBe([StageChangeKind.Created, StageChangeKind.Dropped, StageChangeKind.Reinstated], ignoreOrder: true);
    }

    [Fact]
    public async Task Delete_is_soft_and_only_an_administrator_restores()
    {
        var id = (await Service().CreateAsync(ValidForm())).Id!.Value;

        (await Service().DeleteAsync(id)).ShouldBeTrue();
        await Should.ThrowAsync<AccessDeniedException>(() => Service().RestoreAsync(id));
        var admin = Service(Roles.Administrator, null, "admin@uongbi.local");
        (await admin.DeletedAsync()).ShouldContain(r => r.Id == id);
        (await admin.RestoreAsync(id)).ShouldBeTrue();

        await using var db = _demo.Database.CreateContext();
        (await db.Candidates.AnyAsync(c => c.Id == id)).ShouldBeTrue();
    }
}
