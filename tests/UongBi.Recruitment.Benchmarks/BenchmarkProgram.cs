using System.Globalization;
using Microsoft.Data.Sqlite;
using UongBi.Recruitment.Benchmarks.Generation;
using UongBi.Recruitment.Data;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>
/// Issue 6 ("Speed"): generates a database at a scale of QUALITY.md, then times the dashboard's figures two
/// ways on the same file — the app's <c>ProgressService</c> and one hand-written SQL statement — checks that
/// both give the same figures, and prints a table (and JSON) with the goals. Run on demand; never a test.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await Console.Error.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        var log = Console.Out;
        var generation = await DatabaseGenerator.EnsureAsync(options, log);
        var connectionString = DataServiceCollectionExtensions.BuildConnectionString(options.DatabaseFile!);
        var sqliteVersion = await SqliteVersionAsync(connectionString);
        log.WriteLine($"Machine: {Report.Machine(sqliteVersion)}");
        log.WriteLine($"Dashboard for {options.Year} as of {options.AsOf:yyyy-MM-dd}: {options.Warmup} warm-up runs, {options.Runs} timed runs each");

        var (sqlTiming, sqlFigures) = await Harness.MeasureAsync(
            "hand-written SQL (one statement)", options.Warmup, options.Runs,
            () => HandWrittenSql.RunAsync(connectionString, options.Year, options.AsOf), log);
        log.WriteLine($"  figures: {sqlFigures.Totals()}");

        var timings = new List<Timing> { sqlTiming };
        var rows = new List<ResultRow>
        {
            new(sqlTiming.Measure, sqlTiming.MedianMs, sqlTiming.P95Ms, "reference (≤ 150 ms would be nice)", 1.0,
                sqlTiming.MedianMs <= Report.GoalMs ? "baseline" : "baseline (itself over 150 ms)"),
        };
        var plans = new List<PlannedCommand>
        {
            await QueryPlans.ExplainAsync(connectionString, new CapturedCommand(
                "hand-written SQL", HandWrittenSql.Text, [.. HandWrittenSql.Parameters(options.Year, options.AsOf).Select(p => (p.Name, (object?)p.Value))], sqlTiming.MedianMs)),
        };

        var mismatches = new List<string>();
        var service = options.SqlOnly ? null : await ServiceSide.MeasureAsync(options, connectionString, sqlFigures, log);
        if (service is not null)
        {
            timings.Add(service.Timing);
            mismatches.AddRange(service.Mismatches);
            plans.AddRange(service.Plans);
            var ratio = service.Timing.MedianMs / sqlTiming.MedianMs;
            var meets = service.Timing.MedianMs <= Report.GoalMs && ratio <= Report.GoalRatio;
            rows.Add(new ResultRow(service.Timing.Measure, service.Timing.MedianMs, service.Timing.P95Ms,
                "≤ 150 ms and ≤ 2× SQL", ratio, meets ? "PASS" : "FAIL"));
            rows.Add(new ResultRow("figures: service = SQL", null, null, "0 differences", null,
                mismatches.Count == 0 ? "PASS" : $"FAIL ({mismatches.Count} differences)"));
        }
        else if (!options.SqlOnly)
        {
            rows.Add(new ResultRow("ProgressService.GetAsync", null, null, "≤ 150 ms and ≤ 2× SQL", null, "not measured (service not in this build)"));
        }

        var plansText = string.Join("\n", plans.Select(QueryPlans.Format));
        await File.WriteAllTextAsync(options.PlansFile!, plansText);
        log.WriteLine();
        log.WriteLine($"Query plans ({options.PlansFile}):");
        foreach (var plan in plans)
        {
            log.WriteLine($"  {plan.Source}: indexes {(plan.IndexesUsed.Count == 0 ? "none" : string.Join(", ", plan.IndexesUsed))}"
                + (plan.FullScans.Count == 0 ? "" : $"; scans without index: {string.Join(", ", plan.FullScans)}"));
        }

        log.WriteLine();
        log.WriteLine($"Scale {options.Scale.Name}, {options.Candidates:N0} candidates, {options.DatabaseFile}");
        log.Write(Report.Table(rows));

        if (options.JsonFile is not null)
        {
            var report = new BenchmarkReport(
                Report.Machine(sqliteVersion),
                "dotnet run -c Release --project tests/UongBi.Recruitment.Benchmarks -- " + string.Join(' ', args),
                options.Scale.Name,
                options.Candidates,
                options.DatabaseFile!,
                options.Year,
                options.AsOf,
                generation,
                sqlFigures.Totals(),
                rows,
                timings,
                mismatches.Count,
                [.. mismatches.Take(50)],
                plans);
            await Report.WriteJsonAsync(options.JsonFile, report);
            log.WriteLine($"JSON: {options.JsonFile}");
        }

        if (mismatches.Count > 0)
        {
            await Console.Error.WriteLineAsync($"{mismatches.Count} figures differ between the service and the SQL; first ones:");
            foreach (var line in mismatches.Take(40))
            {
                await Console.Error.WriteLineAsync("  " + line);
            }

            return 1;
        }

        return 0;
    }

    private static async Task<string> SqliteVersionAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection.ServerVersion;
    }
}
