using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Data.Seeding;

/// <summary>
/// Reference data every installation needs (statutory settings, public holidays). Fills only what is
/// missing, so an administrator's edits are never overwritten.
/// </summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var existingKeys = await db.Settings.Select(s => s.Key).ToListAsync(cancellationToken);
        foreach (var (key, value) in new RuleSettings().ToValues())
        {
            if (!existingKeys.Contains(key, StringComparer.Ordinal))
            {
                db.Settings.Add(new Setting { Key = key, Value = value });
            }
        }

        if (!await db.Holidays.AnyAsync(cancellationToken))
        {
            db.Holidays.AddRange(VietnameseHolidays.Seed.Select(h => new Domain.Calendar.PublicHoliday
            {
                Date = h.Date,
                Name = h.Name,
                NameEn = h.NameEn,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
