using Microsoft.EntityFrameworkCore;

namespace UongBi.Recruitment.Data.Seeding;

/// <summary>Fix-ups of stored data after a migration adds a derived column that SQL cannot compute.</summary>
public static class DataMaintenance
{
    /// <summary>
    /// Fills the diacritic-keeping name key of rows written before it existed: SQLite's lower() folds only
    /// ASCII, so the key is computed in C# (the entity recomputes it when the name is assigned).
    /// </summary>
    public static async Task<int> BackfillNameKeysAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var batch = await db.Candidates.IgnoreQueryFilters().Where(c => c.ExactKey == "").Take(1000).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return total;
            }

            foreach (var candidate in batch)
            {
                candidate.FullName = candidate.FullName + " ";
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += batch.Count;
        }
    }
}
