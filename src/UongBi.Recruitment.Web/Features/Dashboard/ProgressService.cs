using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Queries;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Dashboard;

/// <summary>
/// The progress figures of a year as of a date, computed by a handful of set-based aggregate queries whose
/// size does not grow with the number of wards or candidates (no query per ward, none per candidate).
/// </summary>
/// <remarks>
/// Counting rules (DOMAIN.md): a candidate counts as admitted in the year of the ceremony (stage 8 date),
/// whatever happened afterwards, and only up to the as-of date; a stage reached after the as-of date is not yet
/// reached; admissions count toward a target only when the candidate's cell is in the target's scope; the
/// units listed are those that existed in the year, dissolved ones included. Aggregates are not personal data:
/// every role reads them for every ward; names appear only where the user may read the ward's candidates.
/// </remarks>
public sealed class ProgressService(IDbContextFactory<AppDbContext> factory, CurrentUser user)
{
    private static readonly Stage[] PipelineStages = [.. Enum.GetValues<Stage>().Where(s => s < Stage.Probationary)];

    public async Task<ProgressReport> GetAsync(int year, DateOnly asOf, int? detailWardId = null, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        var period = new ProgressPeriod(year, asOf);
        if (asOf < period.From)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "The as-of date lies before the year.");
        }

        var on = period.AsOf;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        var units = await db.Wards
            .Where(w => w.ValidFrom <= period.YearEnd && (w.ValidTo == null || w.ValidTo >= period.From))
            .Select(w => new { w.Id, w.Name, w.Kind, w.ValidTo })
            .ToListAsync(cancellationToken);
        var targets = await db.Targets.Where(t => t.Year == year)
            .Select(t => new { t.WardId, t.Count, t.Scope })
            .ToDictionaryAsync(t => t.WardId, cancellationToken);
        var plan = await db.CityPlans.Where(p => p.Year == year)
            .Select(p => new { p.Count, p.Scope })
            .FirstOrDefaultAsync(cancellationToken);

        // Admissions of the period by unit, cell kind and category: at most units × 6 × 6 rows.
        var admitted = await db.Candidates.AdmittedBetween(period.From, on)
            .GroupBy(c => new { c.WardId, c.Cell!.Kind, c.Category })
            .Select(g => new Cell(g.Key.WardId, g.Key.Kind, g.Count(), g.Key.Category, Stage.Probationary))
            .ToListAsync(cancellationToken);

        // Everyone on the path on the as-of date and not yet admitted then, by unit, cell kind and stage reached.
        var pipeline = await db.Candidates.OnPathOn(on)
            .Where(c => c.AdmittedOn == null || c.AdmittedOn > on)
            .Select(c => new
            {
                c.WardId,
                c.Cell!.Kind,
                Stage = c.DecisionOn <= on ? Stage.Decision
                    : c.CommitteeReviewOn <= on ? Stage.CommitteeReview
                    : c.CellResolutionOn <= on ? Stage.CellResolution
                    : c.VerificationOn <= on ? Stage.Verification
                    : c.DossierOn <= on ? Stage.Dossier
                    : c.SympathiserOn <= on ? Stage.Sympathiser
                    : Stage.Source,
            })
            .GroupBy(x => new { x.WardId, x.Kind, x.Stage })
            .Select(g => new Cell(g.Key.WardId, g.Key.Kind, g.Count(), null, g.Key.Stage))
            .ToListAsync(cancellationToken);

        var unitIds = units.Select(u => u.Id).ToHashSet();
        // Rows by unit once, so building the table costs one pass however many units there are.
        var admittedByUnit = admitted.ToLookup(a => a.WardId);
        var pipelineByUnit = pipeline.ToLookup(a => a.WardId);
        var wards = new List<WardProgress>(units.Count);
        foreach (var unit in units.OrderBy(u => u.Kind).ThenBy(u => u.Name, VietnameseOrder.Names))
        {
            var target = targets.GetValueOrDefault(unit.Id);
            var scope = ProgressRules.ScopeOrAll(target?.Scope);
            wards.Add(Line(unit.Id, unit.Name, unit.Kind, unit.ValidTo, target?.Count, scope, period, [.. admittedByUnit[unit.Id]], [.. pipelineByUnit[unit.Id]]));
        }

        var cityScope = ProgressRules.ScopeOrAll(plan?.Scope);
        var cityAdmitted = admitted.Where(a => unitIds.Contains(a.WardId)).ToList();
        var cityPipeline = pipeline.Where(a => unitIds.Contains(a.WardId)).ToList();
        var cityLine = Line(0, "", UnitKind.Ward, null, plan?.Count, cityScope, period, cityAdmitted, cityPipeline);
        var city = new CityProgress(
            plan?.Count, cityScope, cityLine.Admitted, cityLine.Percent, cityLine.Ratio, cityLine.AdmittedResidential,
            cityLine.AdmittedAllCells, cityLine.AwaitingCeremony, cityLine.InPipeline, cityLine.Forecast, cityLine.Status,
            wards.Sum(w => w.Target ?? 0), wards.Sum(w => w.Admitted));
        var statuses = new StatusCounts(
            wards.Count(w => w.Status == TargetStatus.Reached),
            wards.Count(w => w.Status == TargetStatus.OnTrack),
            wards.Count(w => w.Status == TargetStatus.AtRisk),
            wards.Count(w => w.Status == TargetStatus.NoTarget));

        var detailLine = detailWardId is { } id ? wards.FirstOrDefault(w => w.WardId == id) : null;
        var detail = await DetailAsync(db, period, detailLine, cityLine, cityScope, plan?.Count, unitIds, cityAdmitted.Count != admitted.Count, cityAdmitted, cityPipeline, cancellationToken);
        return new ProgressReport(year, on, city, wards, statuses, detail);
    }

    private static WardProgress Line(
        int wardId, string name, UnitKind kind, DateOnly? closedOn, int? target, TargetScope scope, ProgressPeriod period,
        IReadOnlyList<Cell> admittedRows, IReadOnlyList<Cell> pipelineRows)
    {
        var inScope = admittedRows.Where(a => scope.Counts(a.Kind)).ToList();
        var admitted = inScope.Sum(a => a.Count);
        var stages = pipelineRows.Where(a => scope.Counts(a.Kind)).ToList();
        var awaiting = stages.Where(s => s.Stage == Stage.Decision).Sum(s => s.Count);
        var inPipeline = stages.Where(s => s.Stage is >= Stage.CellResolution and <= Stage.Decision).Sum(s => s.Count);
        var forecast = ProgressRules.Forecast(admitted, inPipeline, period);
        return new WardProgress(
            wardId,
            name,
            kind,
            closedOn,
            target,
            scope,
            admitted,
            Progress.Percent(admitted, target),
            Progress.Ratio(admitted, target),
            admittedRows.Where(a => a.Kind.IsResidentialOrVillage()).Sum(a => a.Count),
            admittedRows.Sum(a => a.Count),
            awaiting,
            inPipeline,
            forecast,
            ProgressRules.Status(admitted, forecast, target),
            [.. Enum.GetValues<Category>().Select(c => new CategoryCount(c, inScope.Where(a => a.Category == c).Sum(a => a.Count)))],
            [.. PipelineStages.Select(s => new StageCount(s, stages.Where(a => a.Stage == s).Sum(a => a.Count)))]);
    }

    private async Task<ProgressDetail> DetailAsync(
        AppDbContext db, ProgressPeriod period, WardProgress? ward, WardProgress city, TargetScope cityScope, int? plan,
        HashSet<int> unitIds, bool orphanAdmissions, List<Cell> cityAdmitted, List<Cell> cityPipeline, CancellationToken cancellationToken)
    {
        var line = ward ?? city;
        var scope = ward?.Scope ?? cityScope;
        var target = ward is null ? plan : ward.Target;
        var on = period.AsOf;
        var rows = ward is null ? cityAdmitted : cityAdmitted.Where(a => a.WardId == ward.WardId).ToList();
        var inScope = rows.Where(a => scope.Counts(a.Kind)).ToList();
        var stages = (ward is null ? cityPipeline : cityPipeline.Where(a => a.WardId == ward.WardId)).Where(a => scope.Counts(a.Kind)).ToList();

        // Month, gender and ages of the unit's admissions in scope, in one grouped query (≤ 24 rows).
        var admissions = db.Candidates.AdmittedBetween(period.From, on);
        if (ward is not null)
        {
            var wardId = ward.WardId;
            admissions = admissions.Where(c => c.WardId == wardId);
        }
        else if (orphanAdmissions)
        {
            // Only when an admission was recorded in a unit that did not exist in the year (inconsistent data):
            // the city's breakdowns must still agree with its table, which lists the year's units only.
            admissions = admissions.Where(c => unitIds.Contains(c.WardId));
        }

        var monthly = await admissions.InCellScope(scope)
            .AgeAtAdmission()
            .GroupBy(x => new { x.Month, x.Gender })
            .Select(g => new { g.Key.Month, g.Key.Gender, Count = g.Count(), Months = g.Sum(x => x.Months), Under30 = g.Count(x => x.Months < 360) })
            .ToListAsync(cancellationToken);

        var months = new List<MonthPoint>(12);
        var cumulative = 0;
        for (var month = 1; month <= 12; month++)
        {
            var count = monthly.Where(m => m.Month == month).Sum(m => m.Count);
            cumulative += count;
            var monthEnd = new DateOnly(period.Year, month, DateTime.DaysInMonth(period.Year, month));
            var started = new DateOnly(period.Year, month, 1) <= on;
            months.Add(new MonthPoint(
                month,
                count,
                started ? cumulative : null,
                target is > 0 ? ProgressRules.EvenPace(target.Value, monthEnd) : null));
        }

        var counted = monthly.Sum(m => m.Count);
        var under30 = monthly.Sum(m => m.Under30);
        var age = new AgeFigures(
            counted,
            counted == 0 ? null : Math.Round(monthly.Sum(m => (decimal)m.Months) / counted / 12m, 1, MidpointRounding.AwayFromZero),
            under30,
            Progress.Percent(under30, counted));

        var youngest = ward is null ? [] : await YoungestAsync(db, period, ward, scope, cancellationToken);
        return new ProgressDetail(
            ward?.WardId,
            ward?.WardName,
            target,
            scope,
            line.Admitted,
            months,
            [.. PipelineStages.Select(s => new StageCount(s, stages.Where(a => a.Stage == s).Sum(a => a.Count)))],
            [.. Enum.GetValues<Category>().Select(c => new CategoryCount(c, inScope.Where(a => a.Category == c).Sum(a => a.Count)))],
            [.. Enum.GetValues<CellKind>().Where(k => scope.Counts(k)).Select(k => new CellKindCount(k, inScope.Where(a => a.Kind == k).Sum(a => a.Count)))],
            [.. Enum.GetValues<Gender>().Select(g => new GenderCount(g, monthly.Where(m => m.Gender == g).Sum(m => m.Count)))],
            age,
            youngest);
    }

    /// <summary>The youngest admitted in the period per cell of one ward (a ward admits tens a year, not thousands).</summary>
    private async Task<IReadOnlyList<YoungestInCell>> YoungestAsync(
        AppDbContext db, ProgressPeriod period, WardProgress ward, TargetScope scope, CancellationToken cancellationToken)
    {
        var wardId = ward.WardId;
        var rows = await db.Candidates.AdmittedBetween(period.From, period.AsOf)
            .Where(c => c.WardId == wardId)
            .Select(c => new { c.Id, c.FullName, c.BirthDate, AdmittedOn = c.AdmittedOn!.Value, c.CellId, Cell = c.Cell!.Name, c.Cell.Kind })
            .ToListAsync(cancellationToken);
        var named = user.Scope.Allows(Operation.ReadCandidates, wardId);
        return [.. rows.Where(r => scope.Counts(r.Kind))
            .GroupBy(r => r.CellId)
            .Select(g => g.OrderByDescending(r => r.BirthDate).ThenBy(r => r.Id).First())
            .OrderBy(r => r.Cell, VietnameseOrder.Names)
            .Select(r => new YoungestInCell(
                r.CellId, r.Cell, r.Kind, named ? r.Id : null, named ? r.FullName : null, r.AdmittedOn, AgeRules.AgeInYears(r.BirthDate, r.AdmittedOn)))];
    }

    /// <summary>A grouped count: admissions by category, or the pipeline by stage, of one unit and cell kind.</summary>
    private sealed record Cell(int WardId, CellKind Kind, int Count, Category? Category, Stage Stage);
}
