using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Data;

public sealed class AuditAndConcurrencyTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SaveChanges_insert_writes_audit_row_with_generated_key_and_user()
    {
        // Arrange
        await using var db = _database.CreateContext("bithu.bacson");

        // Act
        var (wardId, _) = await TestData.AddWardWithCellAsync(db);

        // Assert
        await using var check = _database.CreateContext();
        var audit = await check.AuditEntries.SingleAsync(a => a.EntityType == nameof(Ward));
        audit.Action.ShouldBe(AuditAction.Insert);
        audit.EntityKey.ShouldBe(wardId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.User.ShouldBe("bithu.bacson");
        audit.At.ShouldBe(SqliteTestDatabase.Now);
        JsonDocument.Parse(audit.Changes).RootElement.GetProperty("Name").GetString().ShouldBe("Bắc Sơn");
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(PartyCell))).ShouldBe(1);
    }

    [Fact]
    public async Task SaveChanges_update_records_old_and_new_values_and_stamps()
    {
        // Arrange
        await using (var db = _database.CreateContext())
        {
            await TestData.AddWardWithCellAsync(db);
        }

        // Act
        await using (var db = _database.CreateContext("admin"))
        {
            var ward = await db.Wards.SingleAsync();
            ward.Name = "Bắc Sơn (mới)";
            await db.SaveChangesAsync();
        }

        // Assert
        await using var check = _database.CreateContext();
        var ward2 = await check.Wards.SingleAsync();
        ward2.UpdatedBy.ShouldBe("admin");
        var audit = await check.AuditEntries.SingleAsync(a => a.EntityType == nameof(Ward) && a.Action == AuditAction.Update);
        var name = JsonDocument.Parse(audit.Changes).RootElement.GetProperty("Name");
        name.GetProperty("old").GetString().ShouldBe("Bắc Sơn");
        name.GetProperty("new").GetString().ShouldBe("Bắc Sơn (mới)");
    }

    [Fact]
    public async Task SaveChanges_failed_save_leaves_neither_change_nor_audit_row()
    {
        // Arrange: a candidate with a citizen ID, then a second with the same ID
        int wardId, cellId;
        await using (var db = _database.CreateContext())
        {
            (wardId, cellId) = await TestData.AddWardWithCellAsync(db);
            db.Candidates.Add(TestData.NewCandidate(wardId, cellId));
            await db.SaveChangesAsync();
        }

        var auditBefore = await _database.ScalarAsync("SELECT COUNT(*) FROM AuditEntries");

        // Act
        await using (var db = _database.CreateContext())
        {
            db.Candidates.Add(TestData.NewCandidate(wardId, cellId, name: "Trần Văn Nam"));
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        // Assert
        (await _database.ScalarAsync("SELECT COUNT(*) FROM AuditEntries")).ShouldBe(auditBefore);
        (await _database.ScalarAsync("SELECT COUNT(*) FROM Candidates")).ShouldBe("1");
    }

    [Fact]
    public async Task SaveChanges_every_saved_row_has_its_audit_row()
    {
        // Arrange / Act
        await using (var db = _database.CreateContext())
        {
            var (wardId, cellId) = await TestData.AddWardWithCellAsync(db);
            for (var i = 0; i < 5; i++)
            {
                db.Candidates.Add(TestData.NewCandidate(wardId, cellId, $"02230500010{i}", $"Người thứ {i}"));
            }

            await db.SaveChangesAsync();
        }

        // Assert: one insert audit row per candidate, keyed by its id
        var orphans = await _database.ScalarAsync(
            "SELECT COUNT(*) FROM Candidates c WHERE NOT EXISTS (SELECT 1 FROM AuditEntries a WHERE a.EntityType = 'Candidate' AND a.EntityKey = CAST(c.Id AS TEXT) AND a.Action = 1)");
        orphans.ShouldBe("0");
        var extra = await _database.ScalarAsync(
            "SELECT COUNT(*) FROM AuditEntries a WHERE a.EntityType = 'Candidate' AND NOT EXISTS (SELECT 1 FROM Candidates c WHERE CAST(c.Id AS TEXT) = a.EntityKey)");
        extra.ShouldBe("0");
    }

    [Fact]
    public async Task SaveChanges_stale_concurrency_token_is_refused_and_first_change_kept()
    {
        // Arrange: two editors load the same ward
        await using (var db = _database.CreateContext())
        {
            await TestData.AddWardWithCellAsync(db);
        }

        await using var first = _database.CreateContext("first");
        await using var second = _database.CreateContext("second");
        var a = await first.Wards.SingleAsync();
        var b = await second.Wards.SingleAsync();

        // Act
        a.Name = "Sửa bởi người thứ nhất";
        await first.SaveChangesAsync();
        b.Name = "Sửa bởi người thứ hai";

        // Assert
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.CreateContext();
        (await check.Wards.SingleAsync()).Name.ShouldBe("Sửa bởi người thứ nhất");
        (await check.AuditEntries.CountAsync(x => x.User == "second")).ShouldBe(0);
    }

    [Fact]
    public async Task SaveChanges_version_loaded_by_a_form_detects_a_change_made_since()
    {
        // Arrange: a form keeps the version it loaded; the record changes meanwhile
        Guid loadedVersion;
        await using (var db = _database.CreateContext())
        {
            await TestData.AddWardWithCellAsync(db);
            loadedVersion = (await db.Wards.SingleAsync()).Version;
        }

        await using (var db = _database.CreateContext())
        {
            (await db.Wards.SingleAsync()).Name = "Đổi tên";
            await db.SaveChangesAsync();
        }

        // Act: the form saves in a fresh context with the version it had
        await using var form = _database.CreateContext();
        var ward = await form.Wards.SingleAsync();
        form.Entry(ward).Property(w => w.Version).OriginalValue = loadedVersion;
        ward.Name = "Bản cũ";

        // Assert
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => form.SaveChangesAsync());
    }

    [Fact]
    public async Task Remove_soft_deletes_hides_and_audits_the_record()
    {
        // Arrange
        int id;
        await using (var db = _database.CreateContext())
        {
            var (wardId, cellId) = await TestData.AddWardWithCellAsync(db);
            var candidate = TestData.NewCandidate(wardId, cellId);
            db.Candidates.Add(candidate);
            await db.SaveChangesAsync();
            id = candidate.Id;
        }

        // Act
        await using (var db = _database.CreateContext("admin"))
        {
            db.Candidates.Remove(await db.Candidates.SingleAsync(c => c.Id == id));
            await db.SaveChangesAsync();
        }

        // Assert
        await using var check = _database.CreateContext();
        (await check.Candidates.AnyAsync(c => c.Id == id)).ShouldBeFalse();
        var deleted = await check.Candidates.IgnoreQueryFilters().SingleAsync(c => c.Id == id);
        deleted.IsDeleted.ShouldBeTrue();
        deleted.DeletedBy.ShouldBe("admin");
        (await check.AuditEntries.CountAsync(a => a.EntityType == nameof(Candidate) && a.Action == AuditAction.Delete)).ShouldBe(1);
    }

    [Fact]
    public async Task Candidate_name_is_stored_nfc_with_its_search_key()
    {
        // Arrange
        var decomposed = "Nguyễn Thị Thanh Mai".Normalize(System.Text.NormalizationForm.FormD);
        await using (var db = _database.CreateContext())
        {
            var (wardId, cellId) = await TestData.AddWardWithCellAsync(db);
            db.Candidates.Add(TestData.NewCandidate(wardId, cellId, name: "  " + decomposed + " "));
            await db.SaveChangesAsync();
        }

        // Act
        await using var check = _database.CreateContext();
        var found = await check.Candidates.SingleAsync(c => c.SearchKey == "nguyen thi thanh mai");

        // Assert
        found.FullName.ShouldBe("Nguyễn Thị Thanh Mai".Normalize(System.Text.NormalizationForm.FormC));
        found.FullName.IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue();
    }
}
