using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Web.Features.Administration;

public sealed class ReferenceDataService(IDbContextFactory<AppDbContext> factory, CurrentUser user)
{
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
