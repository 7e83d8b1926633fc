using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Tests.Data;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Units;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>Wards and cells through <see cref="UnitsService"/>, on a real migrated SQLite file.</summary>
public sealed class UnitsServiceTests : IAsyncLifetime
{
    private const string Admin = "admin@uongbi.local";

    private SqliteTestDatabase _database = null!;
    private int _bacSon;
    private int _khu5;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var db = _database.CreateContext("seeder");
        (_bacSon, _khu5) = await TestData.AddWardWithCellAsync(db);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private UnitsService Service(string role = Roles.Administrator, string user = Admin, IDbContextFactory<AppDbContext>? factory = null) =>
        new(factory ?? _database.Factory(user), TestUsers.Current(role, name: user), _database.Clock);

    private async Task<Ward> WardAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.Wards.AsNoTracking().SingleAsync(w => w.Id == id);
    }

    private async Task<PartyCell> CellAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.Cells.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    /// <summary>Everything a refused call must leave as it was: the rows and the audit log.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = _database.CreateContext();
        var wards = await db.Wards.IgnoreQueryFilters().AsNoTracking().OrderBy(w => w.Id)
            .Select(w => new { w.Id, w.Code, w.Name, w.Kind, w.PartyCommitteeName, w.ValidFrom, w.ValidTo, w.SuccessorId, w.Version, w.IsDeleted }).ToListAsync();
        var cells = await db.Cells.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.WardId, c.Name, c.Kind, c.ResidentialZone, c.ValidFrom, c.ValidTo, c.Version, c.IsDeleted }).ToListAsync();
        var audit = await db.AuditEntries.CountAsync();
        return JsonSerializer.Serialize(new { wards, cells, audit });
    }

    private async Task<int> AddWardAsync(string code, string name, UnitKind kind = UnitKind.Ward, DateOnly? validTo = null)
    {
        await using var db = _database.CreateContext();
        var ward = new Ward { Code = code, Name = name, Kind = kind, ValidTo = validTo };
        db.Wards.Add(ward);
        await db.SaveChangesAsync();
        return ward.Id;
    }

    private async Task<int> AddCellAsync(int wardId, string name)
    {
        await using var db = _database.CreateContext();
        var cell = new PartyCell { WardId = wardId, Name = name, Kind = CellKind.ResidentialArea };
        db.Cells.Add(cell);
        await db.SaveChangesAsync();
        return cell.Id;
    }

    // ---- wards ----

    [Fact]
    public async Task CreateWardAsync_valid_form_stores_normalised_ward_and_writes_audit_row()
    {
        // Arrange: decomposed (NFD) Vietnamese with stray spaces, a code in lower case
        var form = new WardForm
        {
            Code = " tv2 ",
            Name = "  Trưng   Vương ".Normalize(NormalizationForm.FormD),
            Kind = UnitKind.Ward,
            PartyCommitteeName = "Đảng bộ phường Trưng Vương".Normalize(NormalizationForm.FormD),
            ValidFrom = new DateOnly(2020, 1, 1),
        };

        // Act
        var result = await Service().CreateWardAsync(form);

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        var ward = await WardAsync(result.Id!.Value);
        ward.Code.ShouldBe("TV2");
        ward.Name.ShouldBe("Trưng Vương");
        ward.Name.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        ward.PartyCommitteeName.ShouldBe("Đảng bộ phường Trưng Vương");
        ward.ValidFrom.ShouldBe(new DateOnly(2020, 1, 1));
        ward.ValidTo.ShouldBeNull();
        ward.CreatedBy.ShouldBe(Admin);
        await using var db = _database.CreateContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Ward) && a.EntityKey == ward.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Action.ShouldBe(AuditAction.Insert);
        audit.User.ShouldBe(Admin);
    }

    [Fact]
    public async Task CreateWardAsync_without_valid_from_means_before_the_records_begin()
    {
        // Act
        var result = await Service().CreateWardAsync(new WardForm { Code = "NK", Name = "Nam Khê" });

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        (await WardAsync(result.Id!.Value)).ValidFrom.ShouldBe(new DateOnly(1900, 1, 1));
    }

    [Fact]
    public async Task UpdateWardAsync_end_and_successor_are_saved_with_an_audit_row_of_old_and_new_values()
    {
        // Arrange: Điền Công commune merged into Trưng Vương ward on 1 Jan 2020
        var trungVuong = await AddWardAsync("TV", "Trưng Vương");
        var dienCong = await AddWardAsync("DC", "Điền Công", UnitKind.Commune);
        var loaded = await WardAsync(dienCong);

        // Act
        var result = await Service().UpdateWardAsync(new WardForm
        {
            Id = dienCong, Version = loaded.Version, Code = "DC", Name = "Điền Công", Kind = UnitKind.Commune,
            ValidTo = new DateOnly(2019, 12, 31), SuccessorId = trungVuong,
        });

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        var ward = await WardAsync(dienCong);
        ward.ValidTo.ShouldBe(new DateOnly(2019, 12, 31));
        ward.SuccessorId.ShouldBe(trungVuong);
        ward.Version.ShouldNotBe(loaded.Version);
        ward.UpdatedBy.ShouldBe(Admin);
        await using var db = _database.CreateContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(Ward) && a.Action == AuditAction.Update);
        audit.User.ShouldBe(Admin);
        var change = JsonDocument.Parse(audit.Changes).RootElement.GetProperty("SuccessorId");
        change.GetProperty("old").ValueKind.ShouldBe(JsonValueKind.Null);
        change.GetProperty("new").GetInt32().ShouldBe(trungVuong);
    }

    [Theory]
    [InlineData("duplicate code", "CodeTaken")]
    [InlineData("duplicate code in other case", "CodeTaken")]
    [InlineData("empty code", "CodeRequired")]
    [InlineData("overlong code", "CodeTooLong")]
    [InlineData("code with a space", "CodeInvalid")]
    [InlineData("empty name", "NameRequired")]
    [InlineData("overlong name", "NameTooLong")]
    [InlineData("overlong committee name", "CommitteeNameTooLong")]
    [InlineData("unknown kind", "KindInvalid")]
    [InlineData("valid to before valid from", "ValidToBeforeFrom")]
    [InlineData("date before 1900", "DateOutOfRange")]
    [InlineData("successor without end", "SuccessorWithoutEnd")]
    [InlineData("unknown successor", "SuccessorUnknown")]
    [InlineData("successor not existing the next day", "SuccessorNotValid")]
    public async Task CreateWardAsync_bad_input_is_refused_with_its_code_and_nothing_changes(string scenario, string expected)
    {
        // Arrange
        var ended = await AddWardAsync("CU", "Phường cũ", validTo: new DateOnly(2010, 12, 31));
        var form = new WardForm { Code = "MOI", Name = "Phường mới", ValidTo = new DateOnly(2025, 6, 30) };
        form = scenario switch
        {
            "duplicate code" => form with { Code = "BS" },
            "duplicate code in other case" => form with { Code = "bs" },
            "empty code" => form with { Code = "   " },
            "overlong code" => form with { Code = new string('A', 33) },
            "code with a space" => form with { Code = "M OI" },
            "empty name" => form with { Name = " \t " },
            "overlong name" => form with { Name = new string('ơ', 121) },
            "overlong committee name" => form with { PartyCommitteeName = new string('Đ', 201) },
            "unknown kind" => form with { Kind = (UnitKind)7 },
            "valid to before valid from" => form with { ValidFrom = new DateOnly(2025, 7, 1), ValidTo = new DateOnly(2025, 6, 30) },
            "date before 1900" => form with { ValidFrom = new DateOnly(1899, 12, 31) },
            "successor without end" => form with { ValidTo = null, SuccessorId = _bacSon },
            "unknown successor" => form with { SuccessorId = 9999 },
            "successor not existing the next day" => form with { SuccessorId = ended },
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
        var before = await SnapshotAsync();

        // Act
        var result = await Service().CreateWardAsync(form);

        // Assert
        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe(expected);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("successor is itself", "SuccessorSelf")]
    [InlineData("successors in a circle", "SuccessorCycle")]
    [InlineData("code of another ward", "CodeTaken")]
    [InlineData("unknown ward", "NotFound")]
    public async Task UpdateWardAsync_bad_input_is_refused_with_its_code_and_nothing_changes(string scenario, string expected)
    {
        // Arrange: Yên Thanh has ended and named Bắc Sơn as its successor
        var yenThanh = await AddWardAsync("YT", "Yên Thanh");
        await using (var db = _database.CreateContext())
        {
            var ward = await db.Wards.SingleAsync(w => w.Id == yenThanh);
            ward.ValidTo = new DateOnly(2025, 6, 30);
            ward.SuccessorId = _bacSon;
            await db.SaveChangesAsync();
        }

        var bacSon = await WardAsync(_bacSon);
        var form = new WardForm { Id = _bacSon, Version = bacSon.Version, Code = "BS", Name = "Bắc Sơn", ValidTo = new DateOnly(2025, 6, 30) };
        form = scenario switch
        {
            "successor is itself" => form with { SuccessorId = _bacSon },
            "successors in a circle" => form with { SuccessorId = yenThanh, ValidTo = new DateOnly(2025, 6, 29) },
            "code of another ward" => form with { Code = "yt" },
            "unknown ward" => form with { Id = 9999 },
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
        var before = await SnapshotAsync();

        // Act
        var result = await Service().UpdateWardAsync(form);

        // Assert
        result.Error.ShouldBe(expected);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task UpdateWardAsync_stale_version_is_refused_as_conflict_and_first_edit_kept()
    {
        // Arrange: two people open the same ward
        var loaded = await WardAsync(_bacSon);
        var first = new WardForm { Id = _bacSon, Version = loaded.Version, Code = "BS", Name = "Bắc Sơn (người thứ nhất)" };
        var second = first with { Name = "Bắc Sơn (người thứ hai)" };
        (await Service(user: "first@uongbi.local").UpdateWardAsync(first)).Succeeded.ShouldBeTrue();
        var before = await SnapshotAsync();

        // Act
        var result = await Service(user: "second@uongbi.local").UpdateWardAsync(second);

        // Assert
        result.Error.ShouldBe(UnitsService.Conflict);
        (await WardAsync(_bacSon)).Name.ShouldBe("Bắc Sơn (người thứ nhất)");
        (await SnapshotAsync()).ShouldBe(before);
        await using var db = _database.CreateContext();
        (await db.AuditEntries.CountAsync(a => a.User == "second@uongbi.local")).ShouldBe(0);
    }

    [Fact]
    public async Task UpdateWardAsync_row_changed_between_read_and_save_is_refused_by_the_database_as_conflict()
    {
        // Arrange: the row's version changes after the service has read it (another save in between)
        var loaded = await WardAsync(_bacSon);
        var factory = new InterferingFactory(_database, $"UPDATE Wards SET Version = '{Guid.NewGuid().ToString().ToUpperInvariant()}' WHERE Id = {_bacSon}");
        var before = await SnapshotAsync();

        // Act
        var result = await Service(factory: factory).UpdateWardAsync(new WardForm { Id = _bacSon, Version = loaded.Version, Code = "BS", Name = "Bắc Sơn mới" });

        // Assert: the update matched no row; the transaction rolled back, audit rows included
        factory.Interfered.ShouldBeTrue();
        result.Error.ShouldBe(UnitsService.Conflict);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(Roles.WardSecretary)]
    [InlineData(Roles.Viewer)]
    public async Task CreateWardAsync_other_roles_are_refused(string role)
    {
        // Arrange
        var before = await SnapshotAsync();

        // Act / Assert
        await Should.ThrowAsync<AccessDeniedException>(() => Service(role).CreateWardAsync(new WardForm { Code = "X", Name = "X" }));
        (await SnapshotAsync()).ShouldBe(before);
    }

    // ---- cells ----

    [Fact]
    public async Task CreateCellAsync_valid_form_stores_normalised_cell_and_writes_audit_row()
    {
        // Act
        var result = await Service().CreateCellAsync(new CellForm
        {
            WardId = _bacSon,
            Name = " Chi bộ  Thôn Tân Lập ".Normalize(NormalizationForm.FormD),
            Kind = CellKind.Village,
            ResidentialZone = "Thôn Tân Lập".Normalize(NormalizationForm.FormD),
            ValidFrom = new DateOnly(2024, 1, 1),
        });

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        var cell = await CellAsync(result.Id!.Value);
        cell.WardId.ShouldBe(_bacSon);
        cell.Name.ShouldBe("Chi bộ Thôn Tân Lập");
        cell.Name.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        cell.Kind.ShouldBe(CellKind.Village);
        cell.ResidentialZone.ShouldBe("Thôn Tân Lập");
        cell.ValidFrom.ShouldBe(new DateOnly(2024, 1, 1));
        await using var db = _database.CreateContext();
        (await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(PartyCell) && a.User == Admin)).Action.ShouldBe(AuditAction.Insert);
    }

    [Fact]
    public async Task CreateCellAsync_same_name_in_another_ward_is_allowed()
    {
        // Arrange
        var namKhe = await AddWardAsync("NK", "Nam Khê");

        // Act
        var result = await Service().CreateCellAsync(new CellForm { WardId = namKhe, Name = "Chi bộ Khu 5", Kind = CellKind.ResidentialArea, ResidentialZone = "Khu 5" });

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
    }

    [Fact]
    public async Task UpdateCellAsync_kind_zone_and_period_are_saved()
    {
        // Arrange
        var loaded = await CellAsync(_khu5);

        // Act
        var result = await Service().UpdateCellAsync(new CellForm
        {
            Id = _khu5, Version = loaded.Version, WardId = _bacSon, Name = "Chi bộ Khu 5A", Kind = CellKind.Village,
            ResidentialZone = "  ", ValidFrom = new DateOnly(2015, 3, 1), ValidTo = new DateOnly(2026, 12, 31),
        });

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        var cell = await CellAsync(_khu5);
        cell.Name.ShouldBe("Chi bộ Khu 5A");
        cell.Kind.ShouldBe(CellKind.Village);
        cell.ResidentialZone.ShouldBeNull();
        cell.ValidFrom.ShouldBe(new DateOnly(2015, 3, 1));
        cell.ValidTo.ShouldBe(new DateOnly(2026, 12, 31));
        cell.UpdatedBy.ShouldBe(Admin);
    }

    [Theory]
    [InlineData("duplicate name", "CellNameTaken")]
    [InlineData("duplicate name in other case", "CellNameTaken")]
    [InlineData("empty name", "NameRequired")]
    [InlineData("overlong name", "CellNameTooLong")]
    [InlineData("overlong zone", "ZoneTooLong")]
    [InlineData("unknown kind", "KindInvalid")]
    [InlineData("valid to before valid from", "ValidToBeforeFrom")]
    [InlineData("no ward", "WardRequired")]
    [InlineData("unknown ward", "WardUnknown")]
    public async Task CreateCellAsync_bad_input_is_refused_with_its_code_and_nothing_changes(string scenario, string expected)
    {
        // Arrange
        var form = new CellForm { WardId = _bacSon, Name = "Chi bộ Khu 6", Kind = CellKind.ResidentialArea, ResidentialZone = "Khu 6" };
        form = scenario switch
        {
            "duplicate name" => form with { Name = "Chi bộ Khu 5" },
            "duplicate name in other case" => form with { Name = " CHI BỘ KHU 5 ".Normalize(NormalizationForm.FormD) },
            "empty name" => form with { Name = "" },
            "overlong name" => form with { Name = new string('ư', 201) },
            "overlong zone" => form with { ResidentialZone = new string('k', 101) },
            "unknown kind" => form with { Kind = (CellKind)42 },
            "valid to before valid from" => form with { ValidFrom = new DateOnly(2024, 5, 19), ValidTo = new DateOnly(2024, 5, 18) },
            "no ward" => form with { WardId = null },
            "unknown ward" => form with { WardId = 9999 },
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
        var before = await SnapshotAsync();

        // Act
        var result = await Service().CreateCellAsync(form);

        // Assert
        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldBe(expected);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task UpdateCellAsync_stale_version_is_refused_as_conflict_and_first_edit_kept()
    {
        // Arrange
        var loaded = await CellAsync(_khu5);
        var first = new CellForm { Id = _khu5, Version = loaded.Version, WardId = _bacSon, Name = "Chi bộ Khu 5", Kind = CellKind.ResidentialArea, ResidentialZone = "Khu 5 mới" };
        (await Service().UpdateCellAsync(first)).Succeeded.ShouldBeTrue();
        var before = await SnapshotAsync();

        // Act
        var result = await Service().UpdateCellAsync(first with { ResidentialZone = "Khu 5 cũ" });

        // Assert
        result.Error.ShouldBe(UnitsService.Conflict);
        (await CellAsync(_khu5)).ResidentialZone.ShouldBe("Khu 5 mới");
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task UpdateCellAsync_cell_with_candidates_cannot_move_to_another_ward()
    {
        // Arrange
        var namKhe = await AddWardAsync("NK", "Nam Khê");
        await using (var db = _database.CreateContext())
        {
            db.Candidates.Add(TestData.NewCandidate(_bacSon, _khu5));
            await db.SaveChangesAsync();
        }

        var loaded = await CellAsync(_khu5);
        var before = await SnapshotAsync();

        // Act
        var result = await Service().UpdateCellAsync(new CellForm { Id = _khu5, Version = loaded.Version, WardId = namKhe, Name = loaded.Name, Kind = loaded.Kind });

        // Assert
        result.Error.ShouldBe(UnitsService.CellHasCandidates);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task DeleteCellAsync_cell_with_candidates_is_refused_but_can_be_closed()
    {
        // Arrange
        await using (var db = _database.CreateContext())
        {
            db.Candidates.Add(TestData.NewCandidate(_bacSon, _khu5));
            await db.SaveChangesAsync();
        }

        var loaded = await CellAsync(_khu5);
        var before = await SnapshotAsync();

        // Act
        var deleted = await Service().DeleteCellAsync(_khu5, loaded.Version);

        // Assert: refused, nothing changed
        deleted.Succeeded.ShouldBeFalse();
        deleted.Error.ShouldBe("CellHasCandidates");
        (await SnapshotAsync()).ShouldBe(before);

        // Act: closing it is allowed
        var closed = await Service().CloseCellAsync(_khu5, loaded.Version, new DateOnly(2025, 6, 30));

        // Assert
        closed.Succeeded.ShouldBeTrue(closed.Error);
        var cell = await CellAsync(_khu5);
        cell.ValidTo.ShouldBe(new DateOnly(2025, 6, 30));
        cell.IsDeleted.ShouldBeFalse();
        await using var check = _database.CreateContext();
        (await check.Candidates.CountAsync(c => c.CellId == _khu5)).ShouldBe(1);
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(PartyCell) && a.Action == AuditAction.Update && a.User == Admin)).ShouldBe(1);
    }

    [Fact]
    public async Task DeleteCellAsync_cell_whose_only_candidate_was_deleted_is_still_refused()
    {
        // Arrange: the candidate is soft-deleted, but its record still points at the cell
        await using (var db = _database.CreateContext())
        {
            var candidate = TestData.NewCandidate(_bacSon, _khu5);
            db.Candidates.Add(candidate);
            await db.SaveChangesAsync();
            db.Candidates.Remove(candidate);
            await db.SaveChangesAsync();
        }

        var loaded = await CellAsync(_khu5);

        // Act
        var result = await Service().DeleteCellAsync(_khu5, loaded.Version);

        // Assert
        result.Error.ShouldBe(UnitsService.CellHasCandidates);
        (await CellAsync(_khu5)).IsDeleted.ShouldBeFalse();
    }

    [Fact]
    public async Task DeleteCellAsync_cell_without_candidates_is_soft_deleted_audited_and_its_name_free_again()
    {
        // Arrange
        var loaded = await CellAsync(_khu5);

        // Act
        var result = await Service().DeleteCellAsync(_khu5, loaded.Version);

        // Assert
        result.Succeeded.ShouldBeTrue(result.Error);
        var cell = await CellAsync(_khu5);
        cell.IsDeleted.ShouldBeTrue();
        cell.DeletedBy.ShouldBe(Admin);
        await using (var db = _database.CreateContext())
        {
            (await db.Cells.AnyAsync(c => c.Id == _khu5)).ShouldBeFalse();
            (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(PartyCell) && a.Action == AuditAction.Delete && a.User == Admin)).ShouldBe(1);
        }

        var again = await Service().CreateCellAsync(new CellForm { WardId = _bacSon, Name = "Chi bộ Khu 5", Kind = CellKind.ResidentialArea });
        again.Succeeded.ShouldBeTrue(again.Error);
    }

    [Fact]
    public async Task DeleteCellAsync_stale_version_is_refused_as_conflict()
    {
        // Arrange
        var loaded = await CellAsync(_khu5);
        (await Service().CloseCellAsync(_khu5, loaded.Version, new DateOnly(2026, 1, 31))).Succeeded.ShouldBeTrue();
        var before = await SnapshotAsync();

        // Act
        var result = await Service().DeleteCellAsync(_khu5, loaded.Version);

        // Assert
        result.Error.ShouldBe(UnitsService.Conflict);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task CloseCellAsync_last_day_before_first_day_is_refused()
    {
        // Arrange
        var loaded = await CellAsync(_khu5);
        var update = new CellForm { Id = _khu5, Version = loaded.Version, WardId = _bacSon, Name = loaded.Name, Kind = loaded.Kind, ValidFrom = new DateOnly(2024, 1, 1) };
        (await Service().UpdateCellAsync(update)).Succeeded.ShouldBeTrue();
        var current = await CellAsync(_khu5);
        var before = await SnapshotAsync();

        // Act
        var result = await Service().CloseCellAsync(_khu5, current.Version, new DateOnly(2023, 12, 31));

        // Assert
        result.Error.ShouldBe("ValidToBeforeFrom");
        (await SnapshotAsync()).ShouldBe(before);
    }

    // ---- list ----

    [Fact]
    public async Task ListAsync_current_units_first_wards_before_communes_in_vietnamese_order()
    {
        // Arrange: "Ân" sorts before "Bắc" in Vietnamese (a ă â b …), after it in code-point order
        await AddWardAsync("AT", "Ân Thi");
        await AddWardAsync("AS", "An Sinh", UnitKind.Commune);
        await AddWardAsync("AQ", "Ái Quốc", UnitKind.Commune, validTo: new DateOnly(2019, 12, 31));
        await AddCellAsync(_bacSon, "Chi bộ Khu 10");
        await AddCellAsync(_bacSon, "Chi bộ Khu 2");

        // Act
        var wards = await Service(Roles.CityCommittee, "thanhuy@uongbi.local").ListAsync();

        // Assert
        wards.Select(w => w.Name).ShouldBe(["Ân Thi", "Bắc Sơn", "An Sinh", "Ái Quốc"]);
        wards[^1].IsCurrent.ShouldBeFalse();
        wards.Single(w => w.Name == "Bắc Sơn").Cells.Select(c => c.Name).ShouldBe(["Chi bộ Khu 2", "Chi bộ Khu 5", "Chi bộ Khu 10"]);
    }

    [Fact]
    public async Task ListAsync_marks_cells_that_have_candidates()
    {
        // Arrange
        var empty = await AddCellAsync(_bacSon, "Chi bộ Khu 7");
        await using (var db = _database.CreateContext())
        {
            db.Candidates.Add(TestData.NewCandidate(_bacSon, _khu5));
            await db.SaveChangesAsync();
        }

        // Act
        var cells = (await Service().ListAsync()).Single().Cells;

        // Assert
        cells.Single(c => c.Id == _khu5).HasCandidates.ShouldBeTrue();
        cells.Single(c => c.Id == empty).HasCandidates.ShouldBeFalse();
    }

    /// <summary>
    /// Contexts whose first save runs <paramref name="sql"/> on the same connection just before the
    /// changes are written: another save "in between" the service's read and its write.
    /// </summary>
    private sealed class InterferingFactory(SqliteTestDatabase database, string sql) : IDbContextFactory<AppDbContext>
    {
        private readonly Interceptor _interceptor = new(sql);

        public bool Interfered => _interceptor.Done;

        public AppDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<AppDbContext>(database.Options).AddInterceptors(_interceptor).Options, new Auditor(), database.Clock);

        private sealed class Auditor : IAuditUser
        {
            public string? Name => Admin;
        }

        private sealed class Interceptor(string sql) : SaveChangesInterceptor
        {
            public bool Done { get; private set; }

            public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
                DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
            {
                if (!Done && eventData.Context is { } context)
                {
                    Done = true;
                    await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
                }

                return result;
            }
        }
    }
}
