using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Targets;

public sealed record TargetRow(string Ward, int Count, TargetScope Scope);

public sealed record YearTargets(int Year, int? CityPlan, TargetScope? CityPlanScope, IReadOnlyList<TargetRow> Wards);

public sealed class TargetsService(IDbContextFactory<AppDbContext> factory, CurrentUser user)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var years = await db.Targets.Select(t => t.Year).Union(db.CityPlans.Select(p => p.Year)).ToListAsync(cancellationToken);
        return [.. years.Distinct().OrderDescending()];
    }

    public async Task<YearTargets> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var plan = await db.CityPlans.Where(p => p.Year == year).FirstOrDefaultAsync(cancellationToken);
        var rows = await db.Targets.Where(t => t.Year == year)
            .Select(t => new { t.Ward!.Kind, Row = new TargetRow(t.Ward.Name, t.Count, t.Scope) })
            .ToListAsync(cancellationToken);

        // Wards first, then communes, each in Vietnamese alphabetical order, as the committee lists them.
        return new YearTargets(year, plan?.Count, plan?.Scope, [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Row.Ward, VietnameseOrder.Names).Select(r => r.Row)]);
    }
}
