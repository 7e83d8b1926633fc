namespace UongBi.Recruitment.Benchmarks;

internal sealed record ServiceResult(Timing Timing, IReadOnlyList<string> Mismatches, IReadOnlyList<PlannedCommand> Plans);

/// <summary>
/// The app's dashboard service on the same file. Until <c>ProgressService</c> is in the build this side
/// reports nothing and the program measures the hand-written SQL alone.
/// </summary>
internal static class ServiceSide
{
    public static Task<ServiceResult?> MeasureAsync(BenchOptions options, string connectionString, DashboardFigures expected, TextWriter log)
    {
        _ = (options, connectionString, expected);
        log.WriteLine("  ProgressService is not in this build yet: measuring the hand-written SQL alone.");
        return Task.FromResult<ServiceResult?>(null);
    }
}
