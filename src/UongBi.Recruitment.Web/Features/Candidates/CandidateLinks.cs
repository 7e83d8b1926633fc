using System.Globalization;
using System.Text;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Web.Features.Candidates;

/// <summary>
/// Addresses of the candidates list with filters, built from typed values, so the dashboard and the exports
/// never write query strings by hand, and read back by <see cref="CandidatesPage"/> with the same names and
/// formats. Codes are their numbers, dates yyyy-MM-dd, all culture-invariant: a link copied from a Vietnamese
/// screen opens the same list in English.
/// </summary>
/// <remarks>Relative to the app's base address, like every link in the app, so it also works under a path base.</remarks>
public static class CandidateLinks
{
    public const string Path = "candidates";

    public const string DateFormat = "yyyy-MM-dd";

    public const string WardKey = "ward";
    public const string CellKey = "cell";
    public const string StageKey = "stage";
    public const string StageToKey = "stageTo";
    public const string AsOfKey = "asOf";
    public const string FromKey = "from";
    public const string ToKey = "to";
    public const string ScopeKey = "scope";
    public const string KindKey = "kind";
    public const string CategoryKey = "category";
    public const string YearKey = "year";
    public const string GenderKey = "gender";
    public const string DeadlineKey = "deadline";
    public const string AgeUnderKey = "ageUnder";

    /// <summary>The drill-down filters: the ones the page shows as removable chips.</summary>
    public static readonly IReadOnlyList<string> DrillDownKeys = [StageKey, StageToKey, AsOfKey, FromKey, ToKey, ScopeKey, KindKey, AgeUnderKey];

    /// <summary>The list with these filters; parameters left null are left out.</summary>
    public static string For(
        int? ward = null,
        Stage? stage = null,
        Stage? stageTo = null,
        DateOnly? asOf = null,
        DateOnly? from = null,
        DateOnly? to = null,
        TargetScope? scope = null,
        CellKind? kind = null,
        Category? category = null,
        Gender? gender = null,
        int? ageUnder = null)
    {
        var query = new StringBuilder();
        Add(query, WardKey, ward);
        Add(query, StageKey, (int?)stage);
        Add(query, StageToKey, (int?)stageTo);
        Add(query, AsOfKey, asOf);
        Add(query, FromKey, from);
        Add(query, ToKey, to);
        Add(query, ScopeKey, (int?)scope);
        Add(query, KindKey, (int?)kind);
        Add(query, CategoryKey, (int?)category);
        Add(query, GenderKey, (int?)gender);
        Add(query, AgeUnderKey, ageUnder);
        return query.Length == 0 ? Path : $"{Path}?{query}";
    }

    /// <summary>A date written by <see cref="For"/>; anything else (another format, an impossible date) is no date.</summary>
    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A whole number in invariant digits, or null.</summary>
    public static int? ParseNumber(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>
    /// A code by its number. Undefined numbers are passed on as they are: <see cref="CandidateQuery.Checked"/>
    /// decides what a bad value means, in one place for the page and the service.
    /// </summary>
    public static T? ParseCode<T>(string? value)
        where T : struct, Enum => ParseNumber(value) is { } number ? (T)Enum.ToObject(typeof(T), number) : null;

    private static void Add(StringBuilder query, string key, int? value) =>
        Add(query, key, value?.ToString(CultureInfo.InvariantCulture));

    private static void Add(StringBuilder query, string key, DateOnly? value) =>
        Add(query, key, value?.ToString(DateFormat, CultureInfo.InvariantCulture));

    private static void Add(StringBuilder query, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        query.Append(query.Length == 0 ? "" : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
    }
}
