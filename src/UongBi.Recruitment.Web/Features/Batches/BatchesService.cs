using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Web.Features.Batches;

public sealed record BatchRow(int Id, string Name, DateOnly Date, int Wards, int Planned);

public sealed class BatchesService(IDbContextFactory<AppDbContext> factory, CurrentUser user)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var dates = await db.Batches.Select(b => b.Date).ToListAsync(cancellationToken);
        return [.. dates.Select(d => d.Year).Distinct().OrderDescending()];
    }

    public async Task<IReadOnlyList<BatchRow>> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Batches
            .Where(b => b.Date >= from && b.Date <= to)
            .OrderBy(b => b.Date)
            .Select(b => new BatchRow(b.Id, b.Name, b.Date, b.Wards.Count, db.Candidates.Count(c => c.BatchId == b.Id)))
            .ToListAsync(cancellationToken);
    }
}
