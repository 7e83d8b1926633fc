using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Web.Infrastructure.Auth;

/// <summary>
/// The user's scope as query filters: every service that reads or changes ward data starts from these, so
/// a page, an export and an API share one rule (and the access matrix tests them all).
/// </summary>
public static class ScopeQueries
{
    /// <summary>Candidates whose personal data the user may read.</summary>
    public static IQueryable<Candidate> ReadableBy(this IQueryable<Candidate> candidates, UserScope scope) =>
        scope.ReadableWards switch
        {
            null when scope.Allows(Operation.ReadCandidates) => candidates,
            { Count: > 0 } wards => candidates.Where(c => wards.Contains(c.WardId)),
            _ => candidates.Where(_ => false),
        };

    /// <summary>Candidates the user may change (a ward secretary: her ward's; nobody else).</summary>
    public static IQueryable<Candidate> EditableBy(this IQueryable<Candidate> candidates, UserScope scope) =>
        EditableWards(scope) is { Count: > 0 } wards ? candidates.Where(c => wards.Contains(c.WardId)) : candidates.Where(_ => false);

    public static IQueryable<Ward> ReadableBy(this IQueryable<Ward> wards, UserScope scope) =>
        scope.ReadableWards switch
        {
            null when scope.Allows(Operation.ReadCandidates) => wards,
            { Count: > 0 } ids => wards.Where(w => ids.Contains(w.Id)),
            _ => wards.Where(_ => false),
        };

    public static IQueryable<PartyCell> ReadableBy(this IQueryable<PartyCell> cells, UserScope scope) =>
        scope.ReadableWards switch
        {
            null when scope.Allows(Operation.ReadCandidates) => cells,
            { Count: > 0 } ids => cells.Where(c => ids.Contains(c.WardId)),
            _ => cells.Where(_ => false),
        };

    /// <summary>
    /// Candidates on which the user may perform a ward-scoped <paramref name="operation"/> (e.g. plan them into
    /// an admission batch: the city committee every ward's, a ward secretary only her own ward's).
    /// </summary>
    public static IQueryable<Candidate> PermittedFor(this IQueryable<Candidate> candidates, UserScope scope, Operation operation) =>
        WardsAllowing(scope, operation) switch
        {
            null => candidates,
            { Count: > 0 } wards => candidates.Where(c => wards.Contains(c.WardId)),
            _ => candidates.Where(_ => false),
        };

    /// <summary>
    /// Wards in which the user may perform a ward-scoped <paramref name="operation"/>: null means every ward
    /// (the role is allowed it without a ward), empty means none.
    /// </summary>
    public static IReadOnlyCollection<int>? WardsAllowing(UserScope scope, Operation operation) =>
        scope.Allows(operation) ? null
        : scope.WardId is { } ward && scope.Allows(operation, ward) ? [ward]
        : [];

    /// <summary>Wards whose candidates the user may change.</summary>
    public static IReadOnlyCollection<int> EditableWards(UserScope scope) =>
        scope.Role == Roles.WardSecretary && scope.WardId is { } ward && scope.Allows(Operation.EditCandidates, ward) ? [ward] : [];
}
