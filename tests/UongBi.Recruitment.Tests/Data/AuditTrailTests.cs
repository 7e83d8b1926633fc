using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Data;

/// <summary>The audit rows the context writes, read back as fields with old and new values.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task OfAsync_insert_update_and_soft_delete_are_read_back_newest_first_with_old_and_new_values()
    {
        // Arrange: a ward created, renamed and given a last day, then a cell deleted (soft)
        int wardId;
        int cellId;
        await using (var db = _database.CreateContext("admin"))
        {
            (wardId, cellId) = await TestData.AddWardWithCellAsync(db);
        }

        await using (var db = _database.CreateContext("thanhuy"))
        {
            var ward = await db.Wards.FindAsync(wardId);
            ward!.Name = "Bắc Sơn mới";
            ward.Kind = UnitKind.Commune;
            ward.ValidTo = new DateOnly(2025, 6, 30);
            db.Cells.Remove((await db.Cells.FindAsync(cellId))!);
            await db.SaveChangesAsync();
        }

        // Act
        await using var check = _database.CreateContext();
        var ward2 = await check.AuditEntries.OfAsync(nameof(Ward), [wardId.ToString(System.Globalization.CultureInfo.InvariantCulture)], 10);
        var cell = await check.AuditEntries.OfAsync(nameof(PartyCell), [cellId.ToString(System.Globalization.CultureInfo.InvariantCulture)], 10);

        // Assert
        ward2.Select(r => r.Action).ShouldBe([AuditAction.Update, AuditAction.Insert]);
        ward2[0].User.ShouldBe("thanhuy");
        ward2[0].Fields.ShouldContain(new AuditField("Name", "Bắc Sơn", "Bắc Sơn mới"));
        ward2[0].Fields.ShouldContain(new AuditField("Kind", "Ward", "Commune"));
        ward2[0].Fields.ShouldContain(new AuditField("ValidTo", null, "2025-06-30"));
        ward2[1].Fields.ShouldContain(new AuditField("Code", null, "BS"));
        cell[0].Action.ShouldBe(AuditAction.Delete);
        cell[0].Fields.ShouldContain(new AuditField("IsDeleted", "False", "True"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void Fields_unreadable_row_has_no_fields(string json)
    {
        AuditTrail.Fields(AuditAction.Update, json).ShouldBeEmpty();
    }

    [Fact]
    public void Fields_hard_delete_keeps_the_values_as_old()
    {
        AuditTrail.Fields(AuditAction.Delete, """{"Count":15,"Scope":"AllCells"}""")
            .ShouldBe([new AuditField("Count", "15", null), new AuditField("Scope", "AllCells", null)]);
    }

    [Fact]
    public async Task OfAsync_no_keys_reads_nothing()
    {
        await using var db = _database.CreateContext();
        await TestData.AddWardWithCellAsync(db);

        (await db.AuditEntries.OfAsync(nameof(Ward), [], 10)).ShouldBeEmpty();
    }
}
