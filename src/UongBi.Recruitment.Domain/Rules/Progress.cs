namespace UongBi.Recruitment.Domain.Rules;

/// <summary>Progress toward a target: admitted ÷ target.</summary>
public static class Progress
{
    /// <summary>The exact ratio (1.0 = 100 %), or null when there is no target (zero or missing).</summary>
    public static decimal? Ratio(int admitted, int? target) =>
        target is > 0 ? (decimal)admitted / target.Value : null;

    /// <summary>
    /// Whole percent, rounded half away from zero as reports quote it ("102% of the plan"); above 100 is
    /// normal; null means "no target", never a division error.
    /// </summary>
    public static int? Percent(int admitted, int? target) =>
        Ratio(admitted, target) is { } ratio
            ? (int)Math.Round(ratio * 100m, MidpointRounding.AwayFromZero)
            : null;
}
