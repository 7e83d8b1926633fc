using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Web.Features.Units;
using static UongBi.Recruitment.Tests.Access.MatrixOperation;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>
/// Wards and cells (<c>Operation.ManageUnits</c>): administrators and the city committee only. Every run
/// works on records of its own (unique codes and names), so repeated runs on one database never collide.
/// </summary>
public sealed class UnitOperations : IMatrixOperations
{
    private static readonly string[] Managers = [Users.Administrator, Users.CityCommittee];

    public IEnumerable<MatrixOperation> Operations =>
    [
        new("Units.List()", false, Managers, Managers, async (sp, f, ward) =>
            await Try(() => Units(sp).ListAsync()) is { Count: > 0 }),
        new("Units.CreateWard()", false, Managers, Managers, async (sp, f, ward) =>
            await Try(() => Units(sp).CreateWardAsync(new WardForm { Code = Unique("M"), Name = Unique("Phường thử ") })) is { Succeeded: true }),
        new("Units.UpdateWard()", false, Managers, Managers, async (sp, f, ward) =>
        {
            var own = await NewWardAsync(sp);
            return await Try(() => Units(sp).UpdateWardAsync(new WardForm { Id = own.Id, Version = own.Version, Code = own.Code, Name = own.Name + " (sửa)" })) is { Succeeded: true };
        }),
        new("Units.CreateCell()", false, Managers, Managers, async (sp, f, ward) =>
            await Try(() => Units(sp).CreateCellAsync(new CellForm { WardId = ward, Name = Unique("Chi bộ thử "), Kind = CellKind.Other })) is { Succeeded: true }),
        new("Units.UpdateCell()", false, Managers, Managers, async (sp, f, ward) =>
        {
            var cell = await NewCellAsync(sp, ward);
            return await Try(() => Units(sp).UpdateCellAsync(new CellForm { Id = cell.Id, Version = cell.Version, WardId = ward, Name = cell.Name, Kind = CellKind.School })) is { Succeeded: true };
        }),
        new("Units.CloseCell()", false, Managers, Managers, async (sp, f, ward) =>
        {
            var cell = await NewCellAsync(sp, ward);
            return await Try(() => Units(sp).CloseCellAsync(cell.Id, cell.Version, new DateOnly(2026, 12, 31))) is { Succeeded: true };
        }),
        new("Units.DeleteCell()", false, Managers, Managers, async (sp, f, ward) =>
        {
            var cell = await NewCellAsync(sp, ward);
            return await Try(() => Units(sp).DeleteCellAsync(cell.Id, cell.Version)) is { Succeeded: true };
        }),
    ];

    private static UnitsService Units(IServiceProvider services) => services.GetRequiredService<UnitsService>();

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>A ward written straight to the database (not through the service under test).</summary>
    private static async Task<Ward> NewWardAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var ward = new Ward { Code = Unique("W"), Name = Unique("Phường thử ") };
        db.Wards.Add(ward);
        await db.SaveChangesAsync();
        return ward;
    }

    private static async Task<PartyCell> NewCellAsync(IServiceProvider services, int wardId)
    {
        await using var db = await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var cell = new PartyCell { WardId = wardId, Name = Unique("Chi bộ thử "), Kind = CellKind.Other };
        db.Cells.Add(cell);
        await db.SaveChangesAsync();
        return cell;
    }
}
