using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Web.Features.Dashboard;

namespace UongBi.Recruitment.Benchmarks;

/// <param name="Split">For one captured run of each view: the whole call, the time inside its SQL statements (executing and reading), and the rest (C#: materialising, per-ward assembly).</param>
internal sealed record ServiceResult(Timing Timing, Timing? DetailTiming, IReadOnlyList<string> Mismatches, IReadOnlyList<PlannedCommand> Plans, IReadOnlyList<TimeSplit> Split);

internal sealed record TimeSplit(string View, double CallMs, double SqlMs, double OutsideSqlMs, int Statements);

/// <summary>
/// The app's dashboard service, <see cref="ProgressService.GetAsync"/>, on the same file as the SQL: timed as the
/// page calls it (a scope per call, like a circuit's), its figures compared with the hand-written statement's,
/// and one extra captured run whose SQL is explained.
/// </summary>
internal static class ServiceSide
{
    public const string Measure = "ProgressService.GetAsync (city view)";
    public const string DetailMeasure = "ProgressService.GetAsync (one ward's detail)";

    public static async Task<ServiceResult?> MeasureAsync(BenchOptions options, string connectionString, DashboardFigures expected, TextWriter log)
    {
        await using var app = new AppServices(connectionString);

        async Task<ProgressReport> Call(int? wardId)
        {
            await using var scope = app.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ProgressService>().GetAsync(options.Year, options.AsOf, wardId);
        }

        var (timing, report) = await Harness.MeasureAsync(Measure, options.Warmup, options.Runs, () => Call(null), log);
        var figures = Figures(report);
        log.WriteLine($"  figures: {figures.Totals()}");
        var mismatches = figures.Differences(expected, "service", "SQL");
        log.WriteLine(mismatches.Count == 0
            ? "  cross-check: every ward's and the city's figures equal the hand-written SQL's"
            : $"  cross-check: {mismatches.Count} figures differ from the hand-written SQL's");

        // The busiest unit of the year: the detail adds per-ward breakdowns and the youngest per cell.
        var busiest = report.Wards.OrderByDescending(w => w.AdmittedAllCells).ThenBy(w => w.WardId).FirstOrDefault();
        Timing? detailTiming = null;
        if (busiest is not null)
        {
            (detailTiming, _) = await Harness.MeasureAsync(DetailMeasure, options.Warmup, options.Runs, () => Call(busiest.WardId), log);
        }

        // One more run of each with the recorder on: the statements EF sent, with their parameters and times.
        app.Recorder.Clear();
        app.Recorder.Enabled = true;
        var split = new List<TimeSplit>();
        async Task Captured(string view, int? wardId)
        {
            var first = app.Recorder.Commands.Count;
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await Call(wardId);
            var callMs = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var statements = app.Recorder.Commands.Skip(first).ToList();
            var sqlMs = statements.Sum(c => c.DurationMs ?? 0);
            split.Add(new TimeSplit(view, callMs, sqlMs, callMs - sqlMs, statements.Count));
            log.WriteLine($"  {view}, one captured call: {callMs:N1} ms, of which {sqlMs:N1} ms in {statements.Count} SQL statements (executing and reading) and {callMs - sqlMs:N1} ms outside them");
        }

        await Captured("city view", null);
        var cityCommands = app.Recorder.Commands.Count;
        if (busiest is not null)
        {
            await Captured($"ward {busiest.WardId} detail", busiest.WardId);
        }

        app.Recorder.Enabled = false;
        var plans = new List<PlannedCommand>();
        foreach (var (command, index) in app.Recorder.Commands.Select((c, i) => (c, i)))
        {
            var source = index < cityCommands
                ? $"service, city view, statement {index + 1}"
                : $"service, ward {busiest!.WardId} detail, statement {index + 1 - cityCommands}";
            plans.Add(await QueryPlans.ExplainAsync(connectionString, command with { Source = source }));
        }

        return new ServiceResult(timing, detailTiming, mismatches, plans, split);
    }

    /// <summary>The report's figures in the shape the SQL gives them.</summary>
    private static DashboardFigures Figures(ProgressReport report)
    {
        var units = report.Wards.ToDictionary(
            w => w.WardId,
            w => new UnitFigures(
                w.WardId,
                w.Target,
                w.Scope,
                w.Admitted,
                w.AdmittedResidential,
                w.AdmittedAllCells,
                w.AwaitingCeremony,
                w.InPipeline,
                [.. Enumerable.Range(1, 7).Select(s => w.ByStage.Where(x => x.Stage == (Stage)s).Sum(x => x.Count))],
                w.ByCategory.Where(c => c.Count != 0).GroupBy(c => c.Category).ToDictionary(g => g.Key, g => g.Sum(c => c.Count))));

        // With no ward asked for, the detail is the city's, in the plan's scope.
        var months = Enumerable.Range(1, 12).Select(m => report.Detail.Months.Where(p => p.Month == m).Sum(p => p.Admitted)).ToArray();
        var city = new CityFigures(report.City.Plan, report.City.Scope, report.City.Admitted, months);
        return new DashboardFigures(units, city);
    }
}
