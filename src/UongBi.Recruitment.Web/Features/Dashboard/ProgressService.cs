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
    private static readonly Category[] Categories = Enum.GetValues<Category>();

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

        // Every cell's kind, closed and deleted cells included: a candidate counts with the cell recorded, and the
        // counting queries below group by cell rather than join one (a lookup per row at a million rows).
        var kinds = await db.Cells.IgnoreQueryFilters().Select(c => new { c.Id, c.Kind }).ToDictionaryAsync(c => c.Id, c => c.Kind, cancellationToken);

        // One tally per unit of the year. Rows of a unit that did not exist in the year (inconsistent data) count
        // nowhere, so the city always equals its table.
        var tallies = units.ToDictionary(u => u.Id, _ => new ProgressTally());

        // Admissions of the period, one narrow row each from the covering index (about 80,000 a year at national
        // scale), streamed into the tallies: ages follow AgeRules exactly, and SQLite computes no dates per row.
        await foreach (var a in db.Candidates.AdmittedBetween(period.From, on)
            .Select(c => new { c.WardId, c.CellId, c.Category, c.Gender, c.BirthDate, AdmittedOn = c.AdmittedOn!.Value })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (tallies.TryGetValue(a.WardId, out var tally))
            {
                tally.AddAdmission(kinds.GetValueOrDefault(a.CellId, CellKind.Other), a.Category, a.AdmittedOn.Month, a.Gender, AgeRules.AgeInMonths(a.BirthDate, a.AdmittedOn));
            }
        }

        // Everyone on the path on the as-of date and not yet admitted then, by unit, cell and stage reached.
        await foreach (var p in db.Candidates.PipelineOn(on)
            .GroupBy(x => new { x.WardId, x.CellId, x.Stage })
            .Select(g => new { g.Key.WardId, g.Key.CellId, g.Key.Stage, Count = g.Count() })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (tallies.TryGetValue(p.WardId, out var tally))
            {
                tally.AddStage(kinds.GetValueOrDefault(p.CellId, CellKind.Other), p.Stage, p.Count);
            }
        }

        var wards = new List<WardProgress>(units.Count);
        foreach (var unit in units.OrderBy(u => u.Kind).ThenBy(u => u.Name, VietnameseOrder.Names))
        {
            var target = targets.GetValueOrDefault(unit.Id);
            var scope = ProgressRules.ScopeOrAll(target?.Scope);
            wards.Add(Line(unit.Id, unit.Name, unit.Kind, unit.ValidTo, target?.Count, scope, period, tallies[unit.Id]));
        }

        var cityScope = ProgressRules.ScopeOrAll(plan?.Scope);
        var cityTally = ProgressTally.Sum(tallies.Values);
        var cityLine = Line(0, "", UnitKind.Ward, null, plan?.Count, cityScope, period, cityTally);
        var city = new CityProgress(
            plan?.Count, cityScope, cityLine.Admitted, cityLine.Percent, cityLine.Ratio, cityLine.AdmittedResidential,
            cityLine.AdmittedAllCells, cityLine.AwaitingCeremony, cityLine.InPipeline, cityLine.Forecast, cityLine.Status,
            wards.Sum(w => w.Target ?? 0), wards.Where(w => w.Target > 0).Sum(w => w.Admitted));
        var statuses = new StatusCounts(
            wards.Count(w => w.Status == TargetStatus.Reached),
            wards.Count(w => w.Status == TargetStatus.OnTrack),
            wards.Count(w => w.Status == TargetStatus.AtRisk),
            wards.Count(w => w.Status == TargetStatus.NoTarget));

        var detailLine = detailWardId is { } id ? wards.FirstOrDefault(w => w.WardId == id) : null;
        var detail = detailLine is null
            ? Detail(period, null, cityLine, cityScope, plan?.Count, cityTally, [])
            : Detail(period, detailLine, detailLine, detailLine.Scope, detailLine.Target, tallies[detailLine.WardId],
                await YoungestAsync(db, period, detailLine, cancellationToken));
        return new ProgressReport(year, on, city, wards, statuses, detail);
    }

    private static WardProgress Line(
        int wardId, string name, UnitKind kind, DateOnly? closedOn, int? target, TargetScope scope, ProgressPeriod period, ProgressTally tally)
    {
        var admitted = tally.Admitted(scope);
        var awaiting = tally.AtStage(scope, Stage.Decision);
        var inPipeline = tally.AtStage(scope, Stage.CellResolution) + tally.AtStage(scope, Stage.CommitteeReview) + awaiting;
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
            tally.Admitted(k => k.IsResidentialOrVillage()),
            tally.Admitted(_ => true),
            awaiting,
            inPipeline,
            forecast,
            ProgressRules.Status(admitted, forecast, target),
            [.. Categories.Select(c => new CategoryCount(c, tally.Admitted(scope, c)))],
            [.. PipelineStages.Select(s => new StageCount(s, tally.AtStage(scope, s)))]);
    }

    /// <summary>The unit shown in detail, from the rows already read: months, funnel, categories, kinds, genders, ages.</summary>
    private static ProgressDetail Detail(
        ProgressPeriod period, WardProgress? ward, WardProgress line, TargetScope scope, int? target, ProgressTally tally,
        IReadOnlyList<YoungestInCell> youngest)
    {
        var months = new List<MonthPoint>(12);
        var cumulative = 0;
        for (var month = 1; month <= 12; month++)
        {
            var count = tally.Month(scope, month);
            cumulative += count;
            var monthEnd = new DateOnly(period.Year, month, DateTime.DaysInMonth(period.Year, month));
            var started = new DateOnly(period.Year, month, 1) <= period.AsOf;
            months.Add(new MonthPoint(
                month,
                count,
                started ? cumulative : null,
                target is > 0 ? ProgressRules.EvenPace(target.Value, monthEnd) : null));
        }

        var counted = tally.Admitted(scope);
        var under30 = tally.Under30(scope);
        var age = new AgeFigures(
            counted,
            counted == 0 ? null : Math.Round((decimal)tally.AgeMonths(scope) / counted / 12m, 1, MidpointRounding.AwayFromZero),
            under30,
            Progress.Percent(under30, counted));

        return new ProgressDetail(
            ward?.WardId,
            ward?.WardName,
            target,
            scope,
            line.Admitted,
            months,
            [.. PipelineStages.Select(s => new StageCount(s, tally.AtStage(scope, s)))],
            [.. Categories.Select(c => new CategoryCount(c, tally.Admitted(scope, c)))],
            [.. Enum.GetValues<CellKind>().Where(k => scope.Counts(k)).Select(k => new CellKindCount(k, tally.AdmittedIn(k)))],
            [.. Enum.GetValues<Gender>().Select(g => new GenderCount(g, tally.Admitted(scope, g)))],
            age,
            youngest);
    }

    /// <summary>
    /// The youngest admitted in the period per cell of one ward (a ward admits tens a year, not thousands). Only for
    /// users who may read the ward's candidates: a cell, a ceremony date and an age identify a person as surely as
    /// a name, so others get nothing rather than the same row without its name.
    /// </summary>
    private async Task<IReadOnlyList<YoungestInCell>> YoungestAsync(
        AppDbContext db, ProgressPeriod period, WardProgress ward, CancellationToken cancellationToken)
    {
        var wardId = ward.WardId;
        if (!user.Scope.Allows(Operation.ReadCandidates, wardId))
        {
            return [];
        }

        var rows = await db.Candidates.AdmittedBetween(period.From, period.AsOf)
            .Where(c => c.WardId == wardId)
            .Select(c => new { c.Id, c.FullName, c.BirthDate, AdmittedOn = c.AdmittedOn!.Value, c.CellId, Cell = c.Cell!.Name, c.Cell.Kind })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => ward.Scope.Counts(r.Kind))
            .GroupBy(r => r.CellId)
            .Select(g => g.OrderByDescending(r => r.BirthDate).ThenBy(r => r.Id).First())
            .OrderBy(r => r.Cell, VietnameseOrder.Names)
            .Select(r => new YoungestInCell(
                r.CellId, r.Cell, r.Kind, r.Id, r.FullName, r.AdmittedOn, AgeRules.AgeInYears(r.BirthDate, r.AdmittedOn)))];
    }
}
