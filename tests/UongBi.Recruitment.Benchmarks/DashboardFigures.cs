using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>One unit's line of the dashboard for a year as of a date.</summary>
/// <param name="Target">The target's count; null when the unit has no (live) target row for the year.</param>
/// <param name="ByStage">Candidates on the path at stages 1..7 on the as-of date, in scope (index 0 = stage 1).</param>
/// <param name="ByCategory">Admitted in the period in scope, per category.</param>
internal sealed record UnitFigures(
    int WardId,
    int? Target,
    TargetScope Scope,
    int AdmittedInScope,
    int AdmittedResidential,
    int AdmittedAllCells,
    int AwaitingCeremony,
    int InPipeline,
    int[] ByStage,
    IReadOnlyDictionary<Category, int> ByCategory);

/// <summary>The city line: the province's plan and admissions in the plan's scope over the year's units.</summary>
/// <param name="ByMonth">Admissions in the plan's scope per month (index 0 = January).</param>
internal sealed record CityFigures(int? Plan, TargetScope Scope, int AdmittedInScope, int[] ByMonth);

internal sealed record DashboardFigures(IReadOnlyDictionary<int, UnitFigures> Units, CityFigures City)
{
    /// <summary>Every figure of <paramref name="other"/> that differs from this one, in words.</summary>
    public List<string> Differences(DashboardFigures other, string thisName, string otherName)
    {
        var differences = new List<string>();
        void Check<T>(string what, T mine, T theirs)
        {
            if (!EqualityComparer<T>.Default.Equals(mine, theirs))
            {
                differences.Add($"{what}: {thisName} {Show(mine)}, {otherName} {Show(theirs)}");
            }
        }

        foreach (var id in Units.Keys.Except(other.Units.Keys).Order())
        {
            differences.Add($"unit {id}: only in {thisName}");
        }

        foreach (var id in other.Units.Keys.Except(Units.Keys).Order())
        {
            differences.Add($"unit {id}: only in {otherName}");
        }

        foreach (var (id, mine) in Units.OrderBy(u => u.Key))
        {
            if (!other.Units.TryGetValue(id, out var theirs))
            {
                continue;
            }

            var unit = $"unit {id}";
            Check($"{unit} target", mine.Target, theirs.Target);
            Check($"{unit} scope", mine.Scope, theirs.Scope);
            Check($"{unit} admitted in scope", mine.AdmittedInScope, theirs.AdmittedInScope);
            Check($"{unit} admitted in residential/village cells", mine.AdmittedResidential, theirs.AdmittedResidential);
            Check($"{unit} admitted in all cells", mine.AdmittedAllCells, theirs.AdmittedAllCells);
            Check($"{unit} awaiting ceremony", mine.AwaitingCeremony, theirs.AwaitingCeremony);
            Check($"{unit} in pipeline (stages 5-7)", mine.InPipeline, theirs.InPipeline);
            for (var s = 0; s < 7; s++)
            {
                Check($"{unit} at stage {s + 1}", mine.ByStage[s], theirs.ByStage[s]);
            }

            foreach (var category in Enum.GetValues<Category>())
            {
                Check($"{unit} admitted {category}", mine.ByCategory.GetValueOrDefault(category), theirs.ByCategory.GetValueOrDefault(category));
            }
        }

        Check("city plan", City.Plan, other.City.Plan);
        Check("city plan scope", City.Scope, other.City.Scope);
        Check("city admitted in plan scope", City.AdmittedInScope, other.City.AdmittedInScope);
        for (var m = 0; m < 12; m++)
        {
            Check($"city admitted in month {m + 1}", City.ByMonth[m], other.City.ByMonth[m]);
        }

        return differences;
    }

    /// <summary>A few totals to print beside the timings, so a reader sees the work was real.</summary>
    public string Totals() =>
        $"{Units.Count:N0} units; admitted {Units.Values.Sum(u => u.AdmittedAllCells):N0} (in scope {Units.Values.Sum(u => u.AdmittedInScope):N0}); "
        + $"stages 1-7 on the date {string.Join("/", Enumerable.Range(0, 7).Select(s => Units.Values.Sum(u => u.ByStage[s]).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))}; "
        + $"city plan {City.Plan?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "none"} ({City.Scope}), admitted in plan scope {City.AdmittedInScope:N0}";

    private static string Show<T>(T value) => value?.ToString() ?? "null";
}
