using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SpreadCheetah;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Excel;
using UongBi.Recruitment.Web.Infrastructure.Localization;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>One export run: wall time, CPU time, rows, bytes, and peak memory above the idle process.</summary>
internal sealed record ExportRun(string Measure, int Rows, long Bytes, double Ms, double CpuMs, double PeakManagedMb, double PeakWorkingSetMb);

/// <summary>
/// The Excel export goal of QUALITY.md: every candidate through the app's own export code
/// (<see cref="CandidatesService.AllRowsAsync"/> streamed into <see cref="CandidateExport.WriteAsync"/>, behind
/// the same <see cref="AsyncWriteStream"/> as the response), against SpreadCheetah writing the same cells from
/// a list already in memory. Memory is sampled every 5 ms during a run, above the process after a full GC.
/// </summary>
internal static class ExportMeasure
{
    public static async Task<int> RunAsync(BenchOptions options, string[] args, TextWriter log)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        var connectionString = DataServiceCollectionExtensions.BuildConnectionString(options.DatabaseFile!);
        await using var app = new AppServices(connectionString);
        log.WriteLine($"Machine: {Report.Machine("")}");
        log.WriteLine($"Export of every candidate in {options.DatabaseFile}: {options.Warmup} warm-up, {options.Runs} timed runs each");

        var runs = new List<ExportRun>();
        for (var i = 0; i < options.Warmup + options.Runs; i++)
        {
            var run = await MeasureAsync("export: CandidatesService.AllRowsAsync → CandidateExport.WriteAsync", log, async stream =>
            {
                await using var scope = app.CreateScope();
                var service = scope.ServiceProvider.GetRequiredService<CandidatesService>();
                var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
                await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, ExcelWorkbook.Options());
                var rows = await CandidateExport.WriteAsync(spreadsheet, service.AllRowsAsync(new CandidateQuery()), Enum.GetValues<CandidateColumn>(), l, CancellationToken.None);
                await spreadsheet.FinishAsync();
                return rows;
            });
            if (i >= options.Warmup)
            {
                runs.Add(run);
            }
        }

        // Where the export's time goes: the same rows read from the database and dropped, nothing written.
        var reads = new List<ExportRun>();
        for (var i = 0; i < options.Warmup + options.Runs; i++)
        {
            var run = await MeasureAsync("read only: CandidatesService.AllRowsAsync, rows dropped", log, async _ =>
            {
                await using var scope = app.CreateScope();
                var count = 0;
                await foreach (var row in scope.ServiceProvider.GetRequiredService<CandidatesService>().AllRowsAsync(new CandidateQuery()))
                {
                    count++;
                }

                return count;
            });
            if (i >= options.Warmup)
            {
                reads.Add(run);
            }
        }

        // The baseline's rows are read once, before timing: it measures writing only, as the goal says.
        List<CandidateRow> list;
        await using (var scope = app.CreateScope())
        {
            list = [];
            await foreach (var row in scope.ServiceProvider.GetRequiredService<CandidatesService>().AllRowsAsync(new CandidateQuery()))
            {
                list.Add(row);
            }
        }

        var raw = new List<ExportRun>();
        for (var i = 0; i < options.Warmup + options.Runs; i++)
        {
            var run = await MeasureAsync("raw: SpreadCheetah from an in-memory list", log, async stream =>
            {
                await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, ExcelWorkbook.Options());
                await spreadsheet.StartWorksheetAsync("Sheet1");
                var cells = new DataCell[6];
                foreach (var row in list)
                {
                    cells[0] = new DataCell(row.FullName);
                    cells[1] = new DataCell(row.Ward);
                    cells[2] = new DataCell(row.Cell);
                    cells[3] = new DataCell(row.Category.ToString());
                    cells[4] = new DataCell(row.Stage.ToString());
                    cells[5] = row.AdmittedOn is { } day ? new DataCell(day.ToDateTime(TimeOnly.MinValue)) : default;
                    await spreadsheet.AddRowAsync(cells);
                }

                await spreadsheet.FinishAsync();
                return list.Count;
            });
            if (i >= options.Warmup)
            {
                raw.Add(run);
            }
        }

        var read = Median(reads);
        var export = Median(runs);
        var baseline = Median(raw);
        var ratio = export.Ms / baseline.Ms;
        var million = options.Candidates >= 1_000_000;
        var goal = million ? "≤ 15 s, memory flat" : "≤ 2 s, ≤ 64 MB above idle, ≤ 1.5× raw";
        var meets = million ? export.Ms <= 15_000 && export.PeakManagedMb <= 64 : export.Ms <= 2_000 && export.PeakWorkingSetMb <= 64 && ratio <= 1.5;
        log.WriteLine();
        log.WriteLine($"| measure ({export.Rows:N0} rows, median of {options.Runs}) | time | CPU | managed peak above idle | working set peak above idle | bytes | goal |");
        log.WriteLine("|---|---|---|---|---|---|---|");
        log.WriteLine($"| {export.Measure} | {export.Ms:N0} ms | {export.CpuMs:N0} ms | {export.PeakManagedMb:N1} MB | {export.PeakWorkingSetMb:N1} MB | {export.Bytes:N0} | {goal}: {(meets ? "PASS" : "FAIL")} |");
        log.WriteLine($"| {baseline.Measure} | {baseline.Ms:N0} ms | {baseline.CpuMs:N0} ms | {baseline.PeakManagedMb:N1} MB | {baseline.PeakWorkingSetMb:N1} MB | {baseline.Bytes:N0} | reference |");
        log.WriteLine($"| {read.Measure} | {read.Ms:N0} ms | {read.CpuMs:N0} ms | {read.PeakManagedMb:N1} MB | {read.PeakWorkingSetMb:N1} MB | | where the time goes |");
        log.WriteLine($"| ratio export / raw | {ratio:N2}× | | | | | ≤ 1.5× |");
        log.WriteLine($"| ratio export / (read only + raw) | {export.Ms / (read.Ms + baseline.Ms):N2}× | | | | | what writing through the app's code adds |");
        if (options.JsonFile is not null)
        {
            await File.WriteAllTextAsync(options.JsonFile, JsonSerializer.Serialize(
                new { machine = Report.Machine(""), command = "dotnet run -c Release --project tests/UongBi.Recruitment.Benchmarks -- " + string.Join(' ', args), file = options.DatabaseFile, export = runs, read = reads, raw, ratio, meets },
                new JsonSerializerOptions { WriteIndented = true }));
            log.WriteLine($"JSON: {options.JsonFile}");
        }

        return 0;
    }

    private static ExportRun Median(List<ExportRun> runs) => runs.OrderBy(r => r.Ms).ElementAt(runs.Count / 2);

    private static async Task<ExportRun> MeasureAsync(string measure, TextWriter log, Func<Stream, Task<int>> write)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var idleManaged = GC.GetTotalMemory(forceFullCollection: true);
        var idleWorkingSet = process.WorkingSet64;
        long peakManaged = 0, peakWorkingSet = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                self.Refresh();
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false) - idleManaged);
                peakWorkingSet = Math.Max(peakWorkingSet, self.WorkingSet64 - idleWorkingSet);
                try
                {
                    await Task.Delay(5, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        // The body a response would be: bytes counted and dropped, as a client would take them.
        await using var body = new AsyncWriteStream(Stream.Null);
        var cpuStart = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var rows = await write(body);
        await body.FlushAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
        await stop.CancelAsync();
        await sampler;
        var run = new ExportRun(measure, rows, body.Written, ms, cpu, peakManaged / 1048576.0, peakWorkingSet / 1048576.0);
        log.WriteLine($"  {measure}: {rows:N0} rows, {ms:N0} ms (CPU {cpu:N0} ms), managed +{run.PeakManagedMb:N1} MB, working set +{run.PeakWorkingSetMb:N1} MB, {body.Written:N0} bytes, held back for async {body.MostPending:N0} bytes");
        return run;
    }
}
