using System.Diagnostics;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>Wall-clock times of repeated runs of one measure, in milliseconds.</summary>
/// <remarks>
/// CPU time is the process's own (all threads) per run: on this shared 2-core machine other people's builds
/// stretch wall-clock times, while CPU time moves much less, so both are reported.
/// </remarks>
internal sealed record Timing(string Measure, int Runs, double MedianMs, double P95Ms, double MinMs, double MaxMs, double MedianCpuMs, double[] SamplesMs);

/// <summary>
/// Warm runs first (the file in the OS cache, SQLite's pooled connection and its statement cache, EF's
/// compiled queries, tiered JIT), then timed runs. Median and p95 by nearest rank: with 20 runs p95 is the
/// second-slowest, so one hiccup on this shared 2-core machine does not move it.
/// </summary>
internal static class Harness
{
    public static async Task<(Timing Timing, T Result)> MeasureAsync<T>(string measure, int warmup, int runs, Func<Task<T>> run, TextWriter log)
    {
        var result = default(T)!;
        for (var i = 0; i < warmup; i++)
        {
            result = await run();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var samples = new double[runs];
        var cpu = new double[runs];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            result = await run();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
        }

        var sorted = samples.Order().ToArray();
        var timing = new Timing(measure, runs, Percentile(sorted, 50), Percentile(sorted, 95), sorted[0], sorted[^1], Percentile([.. cpu.Order()], 50), samples);
        log.WriteLine($"  {measure}: median {timing.MedianMs:N1} ms, p95 {timing.P95Ms:N1} ms (min {timing.MinMs:N1}, max {timing.MaxMs:N1}; CPU median {timing.MedianCpuMs:N1} ms; {runs} runs after {warmup} warm-up)");
        return (timing, result);
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
