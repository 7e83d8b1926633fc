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
        if (args is ["--import", .. var importArgs])
        {
            // Issue 7: the import measure has its own database and options.
            return await ImportBenchmark.RunAsync(importArgs, Console.Out);
        }

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
        if (options.Export && !options.Regenerate && File.Exists(options.DatabaseFile))
        {
            // The export reads candidates, wards and cells only: an existing file is used as it is, never
            // migrated (a copy of a file another branch migrated further would refuse this branch's migrations).
            return await ExportMeasure.RunAsync(options, args, log);
        }

        var generation = await DatabaseGenerator.EnsureAsync(options, log);
        if (options.Export)
        {
            return await ExportMeasure.RunAsync(options, args, log);
        }

        var file = options.ProposedIndexes ? await ProposedIndexes.PrepareCopyAsync(options.DatabaseFile!, log) : options.DatabaseFile!;
        var plansFile = options.PlansFile ?? file + ".plans.txt";
        var connectionString = DataServiceCollectionExtensions.BuildConnectionString(file);
        var sqliteVersion = await SqliteVersionAsync(connectionString);
        log.WriteLine($"Machine: {Report.Machine(sqliteVersion)}");
        log.WriteLine($"Dashboard for {options.Year} as of {options.AsOf:yyyy-MM-dd}: {options.Warmup} warm-up runs, {options.Runs} timed runs each");

        // Both forms of the one statement; the faster on this file is the reference of the 2x goal.
        var sqlRuns = new List<(HandWrittenVariant Variant, Timing Timing, DashboardFigures Figures)>();
        foreach (var variant in Enum.GetValues<HandWrittenVariant>())
        {
            var (timing, figures) = await Harness.MeasureAsync(
                $"hand-written SQL, {(variant == HandWrittenVariant.Scan ? "one table scan" : "three index ranges")}", options.Warmup, options.Runs,
                () => HandWrittenSql.RunAsync(connectionString, variant, options.Year, options.AsOf), log);
            sqlRuns.Add((variant, timing, figures));
        }

        var reference = sqlRuns.MinBy(r => r.Timing.MedianMs);
        var (sqlTiming, sqlFigures) = (reference.Timing, reference.Figures);
        log.WriteLine($"  figures: {sqlFigures.Totals()}");
        var mismatches = sqlRuns.SelectMany(r => r.Figures.Differences(sqlFigures, r.Variant.ToString(), reference.Variant.ToString())).ToList();

        var timings = sqlRuns.Select(r => r.Timing).ToList();
        var rows = sqlRuns.Select(r => ResultRow.Of(
            r.Timing,
            "reference: the faster form",
            r.Timing.MedianMs / sqlTiming.MedianMs,
            r.Variant == reference.Variant ? (sqlTiming.MedianMs <= Report.GoalMs ? "reference" : "reference (itself over 150 ms)") : "")).ToList();
        var plans = new List<PlannedCommand>();
        foreach (var (variant, timing, _) in sqlRuns)
        {
            plans.Add(await QueryPlans.ExplainAsync(connectionString, new CapturedCommand(
                $"hand-written SQL ({variant})", HandWrittenSql.Text(variant),
                [.. HandWrittenSql.Parameters(options.Year, options.AsOf).Select(p => (p.Name, (object?)p.Value))], timing.MedianMs)));
        }

        var service = options.SqlOnly ? null : await ServiceSide.MeasureAsync(options, connectionString, sqlFigures, log);
        if (service is not null)
        {
            mismatches.AddRange(service.Mismatches);
            plans.AddRange(service.Plans);
            foreach (var timing in new[] { service.Timing, service.DetailTiming }.OfType<Timing>())
            {
                timings.Add(timing);
                var ratio = timing.MedianMs / sqlTiming.MedianMs;
                rows.Add(ResultRow.Of(timing, "≤ 150 ms and ≤ 2× SQL", ratio, Verdict(options, timing.MedianMs <= Report.GoalMs && ratio <= Report.GoalRatio)));
            }

            rows.Add(new ResultRow("figures: service = SQL (every ward, city line, months)", null, null, "0 differences", null,
                mismatches.Count == 0 ? "PASS" : $"FAIL ({mismatches.Count} differences)"));
        }
        else if (!options.SqlOnly)
        {
            rows.Add(new ResultRow("ProgressService.GetAsync", null, null, "≤ 150 ms and ≤ 2× SQL", null, "not measured (service not in this build)"));
        }

        var plansText = string.Join("\n", plans.Select(QueryPlans.Format));
        await File.WriteAllTextAsync(plansFile, plansText);
        log.WriteLine();
        log.WriteLine($"Query plans ({plansFile}):");
        foreach (var plan in plans)
        {
            log.WriteLine($"  {plan.Source}{(plan.DurationMs is { } ms ? $" [{ms:N1} ms]" : "")}: indexes {(plan.IndexesUsed.Count == 0 ? "none" : string.Join(", ", plan.IndexesUsed))}"
                + (plan.FullScans.Count == 0 ? "" : $"; scans without index: {string.Join(", ", plan.FullScans)}"));
        }

        log.WriteLine();
        log.WriteLine($"Scale {options.Scale.Name}, {options.Candidates:N0} candidates, {file}{(options.ProposedIndexes ? " (copy with the proposed indexes)" : "")}");
        log.Write(Report.Table(rows));

        if (options.JsonFile is not null)
        {
            var report = new BenchmarkReport(
                Report.Machine(sqliteVersion),
                "dotnet run -c Release --project tests/UongBi.Recruitment.Benchmarks -- " + string.Join(' ', args),
                options.Scale.Name,
                options.Candidates,
                file,
                options.Year,
                options.AsOf,
                generation,
                sqlFigures.Totals(),
                rows,
                timings,
                service?.Split ?? [],
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

    /// <summary>The goal is set for the 1M-candidate stress level; smaller files only show the trend.</summary>
    private static string Verdict(BenchOptions options, bool meets) =>
        options.Candidates >= 1_000_000 ? (meets ? "PASS" : "FAIL") : $"({(meets ? "pass" : "fail")}; the goal is set for 1M)";

    private static async Task<string> SqliteVersionAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection.ServerVersion;
    }
}
