using System.Linq.Expressions;
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
        var under = Expression.Lambda<Func<Candidate, bool>>(
            Expression.AndAlso(
                Expression.NotEqual(Expression.Property(Candidate, nameof(Domain.Candidates.Candidate.AdmittedOn)), Expression.Constant(null, typeof(DateOnly?))),
                Expression.LessThan(MonthsAtAdmission.Body, Expression.Constant(years * 12))),
            Candidate);
        return candidates.Where(under);
    }

    /// <summary>
    /// Each admission's month, the candidate's gender and whole months of age at the ceremony, for the
    /// dashboard's breakdowns; the age is the same expression <see cref="UnderAgeAtAdmission"/> filters on.
    /// </summary>
    public static IQueryable<AdmissionAge> AgeAtAdmission(this IQueryable<Candidate> admitted) =>
        admitted.Select(Expression.Lambda<Func<Candidate, AdmissionAge>>(
            Expression.MemberInit(
                Expression.New(typeof(AdmissionAge)),
                Expression.Bind(typeof(AdmissionAge).GetProperty(nameof(AdmissionAge.Month))!, AdmittedPart(nameof(DateOnly.Month))),
                Expression.Bind(typeof(AdmissionAge).GetProperty(nameof(AdmissionAge.Gender))!, Expression.Property(Candidate, nameof(Domain.Candidates.Candidate.Gender))),
                Expression.Bind(typeof(AdmissionAge).GetProperty(nameof(AdmissionAge.Months))!, MonthsAtAdmission.Body)),
            Candidate));

    private static readonly ParameterExpression Candidate = Expression.Parameter(typeof(Candidate), "c");

    // AgeRules.AgeInMonths written out: the month difference, less one when the ceremony's day of the month
    // comes before the birthday's and is not the last day of its month (the day after it is not the 1st).
    private static readonly Expression<Func<Candidate, int>> MonthsAtAdmission = Rebind(c =>
        ((c.AdmittedOn!.Value.Year - c.BirthDate.Year) * 12) + c.AdmittedOn.Value.Month - c.BirthDate.Month
            - (c.AdmittedOn.Value.Day < c.BirthDate.Day && c.AdmittedOn.Value.AddDays(1).Day != 1 ? 1 : 0));

    private static MemberExpression AdmittedPart(string part) =>
        Expression.Property(Expression.Property(Expression.Property(Candidate, nameof(Domain.Candidates.Candidate.AdmittedOn)), "Value"), part);

    /// <summary>The expression on the shared parameter, so the pieces above can be combined into one lambda.</summary>
    private static Expression<Func<Candidate, int>> Rebind(Expression<Func<Candidate, int>> expression) =>
        Expression.Lambda<Func<Candidate, int>>(new Replace(expression.Parameters[0], Candidate).Visit(expression.Body), Candidate);

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>One admission as the dashboard's age and month breakdowns read it.</summary>
public sealed class AdmissionAge
{
    public int Month { get; init; }

    public Gender Gender { get; init; }

    /// <summary>Whole months of age at the ceremony (AgeRules.AgeInMonths).</summary>
    public int Months { get; init; }
}
