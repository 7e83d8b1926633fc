namespace UongBi.Recruitment.Domain.Targets;

/// <summary>Where a unit stands against its target for the year.</summary>
public enum TargetStatus
{
    /// <summary>The target is zero or missing: no percentage, no verdict.</summary>
    NoTarget = 0,

    /// <summary>Admitted ≥ target already.</summary>
    Reached = 1,

    /// <summary>Not yet reached, but the year-end forecast reaches it.</summary>
    OnTrack = 2,

    /// <summary>The year-end forecast falls short of the target.</summary>
    AtRisk = 3,
}

/// <summary>
/// The reporting window of a year "as of" a date: admissions from 1 January up to the as-of date (or
/// 31 December when the date lies after the year). An as-of date before the year has no window at all.
/// </summary>
public readonly record struct ProgressPeriod
{
    public ProgressPeriod(int year, DateOnly asOf)
    {
        if (year is < 1900 or > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A reporting year is between 1900 and 9998.");
        }

        Year = year;
        From = new DateOnly(year, 1, 1);
        YearEnd = new DateOnly(year, 12, 31);
        AsOf = asOf < YearEnd ? asOf : YearEnd;
    }

    public int Year { get; }

    public DateOnly From { get; }

    public DateOnly YearEnd { get; }

    /// <summary>The date the figures describe: the requested date, or 31 December for a later date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Days of the year up to and including <see cref="AsOf"/> (0 when it lies before the year).</summary>
    public int ElapsedDays => Math.Max(0, AsOf.DayNumber - From.DayNumber + 1);

    /// <summary>Days of the year after <see cref="AsOf"/>.</summary>
    public int RemainingDays => YearEnd.DayNumber - Math.Max(AsOf.DayNumber, From.DayNumber - 1);

    public int DaysInYear => YearEnd.DayOfYear;
}

/// <summary>
/// The year-end forecast and the verdict built on it. The rule is written on the dashboard in the users'
/// words, so keep the two in step: forecast = admitted so far + the larger of (a) the pace so far carried
/// over the days left and (b) the candidates already at stages 5–7; once the year is over, the forecast is
/// what was admitted.
/// </summary>
/// <remarks>
/// Why the larger and not the sum: late in the year the candidates at stages 5–7 are the ones who will be
/// admitted (a decision within 60 and a ceremony within 30 working days); early in the year the pace also
/// stands for people who have not reached stage 5 yet. Adding both would count the same people twice.
/// </remarks>
public static class ProgressRules
{
    public static int Forecast(int admitted, int inStages5To7, ProgressPeriod period)
    {
        if (period.RemainingDays == 0)
        {
            return admitted;
        }

        var pace = period.ElapsedDays == 0
            ? 0
            : (int)Math.Round((decimal)admitted * period.RemainingDays / period.ElapsedDays, MidpointRounding.AwayFromZero);
        return admitted + Math.Max(pace, inStages5To7);
    }

    public static TargetStatus Status(int admitted, int forecast, int? target) =>
        target is not > 0 ? TargetStatus.NoTarget
        : admitted >= target ? TargetStatus.Reached
        : forecast >= target ? TargetStatus.OnTrack
        : TargetStatus.AtRisk;

    /// <summary>
    /// The even-pace line: how many admissions a unit would have by the end of <paramref name="day"/> if it
    /// admitted its target evenly over the year.
    /// </summary>
    public static decimal EvenPace(int target, DateOnly day) =>
        Math.Round((decimal)target * day.DayOfYear / new DateOnly(day.Year, 12, 31).DayOfYear, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The as-of date a view opens with: today for the current year, 31 December for a past year, 1 January
    /// for a year still to come (its targets can be set before it starts).
    /// </summary>
    public static DateOnly DefaultAsOf(int year, DateOnly today) =>
        year < today.Year ? new DateOnly(year, 12, 31)
        : year > today.Year ? new DateOnly(year, 1, 1)
        : today;

    /// <summary>The scope used when a unit has no target for the year: every admission is shown.</summary>
    public static TargetScope ScopeOrAll(TargetScope? scope) => scope ?? TargetScope.AllCells;
}
