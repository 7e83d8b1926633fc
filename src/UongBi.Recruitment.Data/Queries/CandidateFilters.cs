using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Data.Queries;

/// <summary>
/// A target's cell scope and the age at admission as SQL, giving the same answers as the domain rules
/// (<c>TargetScopes.Counts</c>, <c>AgeRules.AgeInYears</c>), so a dashboard figure and the list it drills into
/// count the same rows.
/// </summary>
public static class CandidateFilters
{
    // Taken from the domain rule rather than restated, so a change to which kinds count reaches the SQL too.
    private static readonly CellKind[] ResidentialKinds = [.. Enum.GetValues<CellKind>().Where(k => k.IsResidentialOrVillage())];

    /// <summary>Candidates whose cell counts toward a target of <paramref name="scope"/>.</summary>
    public static IQueryable<Candidate> InCellScope(this IQueryable<Candidate> candidates, TargetScope scope) => scope switch
    {
        TargetScope.AllCells => candidates,
        TargetScope.ResidentialAndVillage => candidates.Where(c => ResidentialKinds.Contains(c.Cell!.Kind)),
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>
    /// Admitted candidates who were under <paramref name="years"/> whole years old at their admission ceremony
    /// (<c>AgeRules.AgeInYears(BirthDate, AdmittedOn) &lt; years</c>); candidates not admitted have no such age
    /// and never match.
    /// </summary>
    /// <remarks>
    /// Not <c>BirthDate.AddYears(years) &gt; AdmittedOn</c>: EF Core translates AddYears to SQLite's
    /// <c>date(x, 'N years')</c>, which rolls 29 Feb over to 1 March in a common year, while AgeRules counts a
    /// person born on 29 Feb a year older on 28 Feb (a month is complete on the last day of a shorter month).
    /// This is AgeRules.AgeInMonths written out in whole months: the month difference, less one when the
    /// ceremony's day of the month comes before the birthday's and is not the last day of its month
    /// (the day after it is not the 1st).
    /// </remarks>
    public static IQueryable<Candidate> UnderAgeAtAdmission(this IQueryable<Candidate> candidates, int years)
    {
        var months = years * 12;
        return candidates.Where(c => c.AdmittedOn != null
            && ((c.AdmittedOn.Value.Year - c.BirthDate.Year) * 12) + c.AdmittedOn.Value.Month - c.BirthDate.Month
                - (c.AdmittedOn.Value.Day < c.BirthDate.Day && c.AdmittedOn.Value.AddDays(1).Day != 1 ? 1 : 0) < months);
    }
}
