using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Web.Features.Dashboard;

public sealed record ShellSummary(
    int Year,
    DateOnly AsOf,
    int? CityPlan,
    int AdmittedResidential,
    int AdmittedAllCells,
    int? PercentOfPlan,
    int Units,
    int Cells,
    IReadOnlyList<(Stage Stage, int Count)> Pipeline);

/// <summary>
/// The first figures of the dashboard: the city's admissions against its plan and the pipeline by stage,
/// for a year as of a date. Counting follows DOMAIN.md: a candidate counts for the year of the ceremony
/// (stage 8 date), whatever happened later; stages reached after the as-of date are not yet reached.
/// </summary>
public sealed class ShellSummaryService(IDbContextFactory<AppDbContext> factory, CurrentUser user)
{
    public async Task<ShellSummary> GetAsync(int year, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        var from = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var until = asOf < yearEnd ? asOf : yearEnd;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        var plan = await db.CityPlans.Where(p => p.Year == year).Select(p => (int?)p.Count).FirstOrDefaultAsync(cancellationToken);
        var units = db.Wards.Where(w => w.ValidFrom <= yearEnd && (w.ValidTo == null || w.ValidTo >= from));
        var admitted = db.Candidates.Where(c => c.AdmittedOn >= from && c.AdmittedOn <= until && units.Any(w => w.Id == c.WardId));
        var admittedAll = await admitted.CountAsync(cancellationToken);
        var admittedResidential = await admitted
            .CountAsync(c => c.Cell!.Kind == CellKind.ResidentialArea || c.Cell.Kind == CellKind.Village, cancellationToken);

        var pipeline = await db.Candidates
            .Where(c => c.SourceOn <= asOf && (c.DroppedOn == null || c.DroppedOn > asOf) && (c.AdmittedOn == null || c.AdmittedOn > asOf))
            .Select(c =>
                c.DecisionOn <= asOf ? Stage.Decision
                : c.CommitteeReviewOn <= asOf ? Stage.CommitteeReview
                : c.CellResolutionOn <= asOf ? Stage.CellResolution
                : c.VerificationOn <= asOf ? Stage.Verification
                : c.DossierOn <= asOf ? Stage.Dossier
                : c.SympathiserOn <= asOf ? Stage.Sympathiser
                : Stage.Source)
            .GroupBy(s => s)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var byStage = Enum.GetValues<Stage>().Where(s => s < Stage.Probationary)
            .Select(s => (s, pipeline.FirstOrDefault(p => p.Stage == s)?.Count ?? 0))
            .ToList();

        return new ShellSummary(
            year,
            asOf,
            plan,
            admittedResidential,
            admittedAll,
            Progress.Percent(admittedResidential, plan),
            await units.CountAsync(cancellationToken),
            await db.Cells.CountAsync(c => units.Any(w => w.Id == c.WardId), cancellationToken),
            byStage);
    }
}
