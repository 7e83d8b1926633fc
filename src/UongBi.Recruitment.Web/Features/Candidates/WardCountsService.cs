using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Web.Features.Candidates;

public sealed record WardCounts(string Ward, int OnPath, int Members, int Dropped);

/// <summary>Aggregate counts per ward: no personal data, so they can be shown before ward-scoped access exists.</summary>
public sealed class WardCountsService(IDbContextFactory<AppDbContext> factory)
{
    public async Task<IReadOnlyList<WardCounts>> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Candidates
            .GroupBy(c => c.Ward!.Name)
            .Select(g => new WardCounts(
                g.Key,
                g.Count(c => c.DroppedOn == null && c.Stage < Stage.Probationary),
                g.Count(c => c.DroppedOn == null && c.Stage >= Stage.Probationary),
                g.Count(c => c.DroppedOn != null)))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Ward, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))];
    }
}
