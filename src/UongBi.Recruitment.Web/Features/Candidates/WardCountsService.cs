using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Candidates;

public sealed record WardCounts(string Ward, int OnPath, int Members, int Dropped);

/// <summary>Aggregate counts per ward: no personal data, so they can be shown before ward-scoped access exists.</summary>
public sealed class WardCountsService(IDbContextFactory<AppDbContext> factory)
{
    public async Task<IReadOnlyList<WardCounts>> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Candidates
            .GroupBy(c => new { c.Ward!.Name, c.Ward.Kind })
            .Select(g => new
            {
                g.Key.Kind,
                Row = new WardCounts(
                g.Key.Name,
                g.Count(c => c.DroppedOn == null && c.Stage < Stage.Probationary),
                g.Count(c => c.DroppedOn == null && c.Stage >= Stage.Probationary),
                g.Count(c => c.DroppedOn != null)),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Row.Ward, VietnameseOrder.Names).Select(r => r.Row)];
    }
}
