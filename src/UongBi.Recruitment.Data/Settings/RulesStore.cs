using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Data.Settings;

/// <summary>Loads the statutory settings and the holiday calendar the rules run on.</summary>
public static class RulesStore
{
    public static async Task<RuleSettings> LoadSettingsAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        return RuleSettings.FromValues(rows);
    }

    public static async Task<WorkingCalendar> LoadCalendarAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var days = await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
        return new WorkingCalendar(days);
    }
}
