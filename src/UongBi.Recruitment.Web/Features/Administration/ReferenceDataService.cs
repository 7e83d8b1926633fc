using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Administration;

public sealed record UnitRow(string Code, string Name, UnitKind Kind, DateOnly ValidFrom, DateOnly? ValidTo, string? Successor, IReadOnlyList<CellRow> Cells);

public sealed record CellRow(string Name, CellKind Kind, string? Zone);

public sealed class ReferenceDataService(IDbContextFactory<AppDbContext> factory, CurrentUser user)
{
    public async Task<IReadOnlyList<UnitRow>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.Administer);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var wards = await db.Wards.AsNoTracking().Include(w => w.Cells).Include(w => w.Successor)
            .ToListAsync(cancellationToken);

        // Current units before historical ones; wards before communes; Vietnamese alphabetical order.
        return [.. wards.OrderBy(w => w.ValidTo is not null).ThenBy(w => w.Kind).ThenBy(w => w.Name, VietnameseOrder.Names).Select(w => new UnitRow(
            w.Code, w.Name, w.Kind, w.ValidFrom, w.ValidTo, w.Successor?.Name,
            [.. w.Cells.OrderBy(c => c.Kind).ThenBy(c => c.Name.Length).ThenBy(c => c.Name, VietnameseOrder.Names).Select(c => new CellRow(c.Name, c.Kind, c.ResidentialZone))]))];
    }

    public async Task<IReadOnlyList<PublicHoliday>> HolidaysAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.Administer);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Holidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync(cancellationToken);
    }

    public async Task<RuleSettings> SettingsAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.Administer);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await RulesStore.LoadSettingsAsync(db, cancellationToken);
    }
}
