namespace UongBi.Recruitment.Domain.Access;

/// <summary>The four roles of DOMAIN.md. Names are stored in the account tables: do not rename.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string CityCommittee = "CityCommittee";
    public const string WardSecretary = "WardSecretary";
    public const string Viewer = "Viewer";

    public static readonly string[] All = [Administrator, CityCommittee, WardSecretary, Viewer];
}

/// <summary>Everything a user can ask the product to do, for the access matrix.</summary>
public enum Operation
{
    /// <summary>City-wide aggregate figures: targets, counts, percentages. No personal data.</summary>
    ReadAggregates,

    /// <summary>Candidates' personal data (lists, records, exports) of a ward.</summary>
    ReadCandidates,

    /// <summary>Create and change candidates, cells, stage steps of a ward.</summary>
    EditCandidates,

    /// <summary>Set the annual targets and the city plan.</summary>
    SetTargets,

    /// <summary>Record admission decisions (stage 7).</summary>
    RecordDecisions,

    /// <summary>Accounts, holidays and settings.</summary>
    Administer,

    /// <summary>Wards (validity, successor) and their cells.</summary>
    ManageUnits,

    /// <summary>Create admission batches, plan candidates into them, record a batch's ceremony (own ward's candidates for a secretary).</summary>
    ManageBatches,
}

/// <summary>
/// Who the user is, as the server knows it (claims from the account, never a value the browser sent).
/// </summary>
public sealed record UserScope(string? UserId, string? UserName, string? Role, int? WardId)
{
    public static UserScope Anonymous { get; } = new(null, null, null, null);

    public bool IsAuthenticated => UserId is not null && Role is not null;

    /// <summary>Wards whose personal data the user may read: null means all wards; empty means none.</summary>
    public IReadOnlyCollection<int>? ReadableWards => Role switch
    {
        Roles.Administrator or Roles.CityCommittee or Roles.Viewer => null,
        Roles.WardSecretary when WardId is { } ward => [ward],
        _ => [],
    };

    public bool Allows(Operation operation, int? wardId = null) => AccessPolicy.Allows(this, operation, wardId);
}

/// <summary>
/// The one table that decides access (QUALITY.md: role × ward). Services ask it before every query and
/// command; the access-matrix test walks it for every role, operation and ward.
/// </summary>
public static class AccessPolicy
{
    public static bool Allows(UserScope user, Operation operation, int? wardId = null)
    {
        // Unknown roles (a stale or tampered claim) get nothing, not even aggregates.
        if (!user.IsAuthenticated || !Roles.All.Contains(user.Role))
        {
            return false;
        }

        var ownWard = user.Role == Roles.WardSecretary && user.WardId is { } mine && wardId == mine;
        return (user.Role, operation) switch
        {
            (_, Operation.ReadAggregates) => true,
            (Roles.Administrator or Roles.CityCommittee or Roles.Viewer, Operation.ReadCandidates) => true,
            (Roles.WardSecretary, Operation.ReadCandidates) => ownWard,
            // Least privilege, as DOMAIN.md lists the roles: only the ward's own secretary works on its
            // candidates; the city committee sets targets and records decisions; administrators run the
            // system (accounts, units, settings) and read everything.
            (Roles.WardSecretary, Operation.EditCandidates) => ownWard,
            (Roles.CityCommittee, Operation.SetTargets) => true,
            (Roles.CityCommittee, Operation.RecordDecisions) => true,
            (Roles.Administrator, Operation.Administer) => true,
            (Roles.Administrator or Roles.CityCommittee, Operation.ManageUnits) => true,
            (Roles.CityCommittee, Operation.ManageBatches) => true,
            (Roles.WardSecretary, Operation.ManageBatches) => ownWard,
            _ => false,
        };
    }
}
