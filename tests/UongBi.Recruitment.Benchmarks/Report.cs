using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>One line of the result table.</summary>
internal sealed record ResultRow(string Measure, double? MedianMs, double? P95Ms, string Goal, double? Ratio, string Verdict, double? MinMs = null, double? CpuMs = null)
{
    public static ResultRow Of(Timing timing, string goal, double? ratio, string verdict) =>
        new(timing.Measure, timing.MedianMs, timing.P95Ms, goal, ratio, verdict, timing.MinMs, timing.MedianCpuMs);
}

/// <summary>Everything a run found, as printed and as written to --json.</summary>
internal sealed record BenchmarkReport(
    string Machine,
    string Command,
    string Scale,
    int Candidates,
    string DatabaseFile,
    int Year,
    DateOnly AsOf,
    object Generation,
    string FiguresTotals,
    IReadOnlyList<ResultRow> Table,
    IReadOnlyList<Timing> Timings,
    IReadOnlyList<TimeSplit> ServiceTimeSplit,
    int Mismatches,
    IReadOnlyList<string> MismatchSamples,
    IReadOnlyList<PlannedCommand> Plans);

internal static class Report
{
    /// <summary>QUALITY.md: whole dashboard data on 1M candidates, warm.</summary>
    public const double GoalMs = 150;

    /// <summary>QUALITY.md: and at most twice the hand-written single statement on the same file.</summary>
    public const double GoalRatio = 2.0;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Table(IEnumerable<ResultRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| measure | median ms | p95 ms | min ms | CPU ms (median) | goal | ratio (median) | verdict |");
        text.AppendLine("|---|---:|---:|---:|---:|---|---:|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Measure} | {Number(row.MedianMs)} | {Number(row.P95Ms)} | {Number(row.MinMs)} | {Number(row.CpuMs)} | {row.Goal} | {(row.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "")} | {row.Verdict} |");
        }

        return text.ToString();
    }

    public static async Task WriteJsonAsync(string file, BenchmarkReport report)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, Json));
    }

    public static string Machine(string sqliteVersion) =>
        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, "
        + $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):N0} GiB, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, "
        + $"SQLite {sqliteVersion}";

    private static string Number(double? value) => value is { } v ? v.ToString("N1", CultureInfo.InvariantCulture) : "";
}
