using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>The role × operation × ward table of DOMAIN.md, written out by hand and compared with the policy.</summary>
public sealed class AccessPolicyTests(ITestOutputHelper output)
{
    private const int Own = 3;
    private const int Other = 5;

    // Expected: (allowed in the user's own ward, allowed in another ward). For roles without a ward "own"
    // is just one ward and "other" another; the answer must not depend on it.
    private static readonly Dictionary<(string Who, Operation Operation), (bool Own, bool Other)> Expected = new()
    {
        [("Administrator", Operation.ReadAggregates)] = (true, true),
        [("Administrator", Operation.ReadCandidates)] = (true, true),
        [("Administrator", Operation.EditCandidates)] = (false, false),
        [("Administrator", Operation.SetTargets)] = (false, false),
        [("Administrator", Operation.RecordDecisions)] = (false, false),
        [("Administrator", Operation.Administer)] = (true, true),
        [("Administrator", Operation.ManageUnits)] = (true, true),
        [("Administrator", Operation.ManageBatches)] = (false, false),

        [("CityCommittee", Operation.ReadAggregates)] = (true, true),
        [("CityCommittee", Operation.ReadCandidates)] = (true, true),
        [("CityCommittee", Operation.EditCandidates)] = (false, false),
        [("CityCommittee", Operation.SetTargets)] = (true, true),
        [("CityCommittee", Operation.RecordDecisions)] = (true, true),
        [("CityCommittee", Operation.Administer)] = (false, false),
        [("CityCommittee", Operation.ManageUnits)] = (true, true),
        [("CityCommittee", Operation.ManageBatches)] = (true, true),

        [("WardSecretary", Operation.ReadAggregates)] = (true, true),
        [("WardSecretary", Operation.ReadCandidates)] = (true, false),
        [("WardSecretary", Operation.EditCandidates)] = (true, false),
        [("WardSecretary", Operation.SetTargets)] = (false, false),
        [("WardSecretary", Operation.RecordDecisions)] = (false, false),
        [("WardSecretary", Operation.Administer)] = (false, false),
        [("WardSecretary", Operation.ManageUnits)] = (false, false),
        [("WardSecretary", Operation.ManageBatches)] = (true, false),

        [("WardSecretaryWithoutWard", Operation.ReadAggregates)] = (true, true),
        [("WardSecretaryWithoutWard", Operation.ReadCandidates)] = (false, false),
        [("WardSecretaryWithoutWard", Operation.EditCandidates)] = (false, false),
        [("WardSecretaryWithoutWard", Operation.SetTargets)] = (false, false),
        [("WardSecretaryWithoutWard", Operation.RecordDecisions)] = (false, false),
        [("WardSecretaryWithoutWard", Operation.Administer)] = (false, false),
        [("WardSecretaryWithoutWard", Operation.ManageUnits)] = (false, false),
        [("WardSecretaryWithoutWard", Operation.ManageBatches)] = (false, false),

        [("Viewer", Operation.ReadAggregates)] = (true, true),
        [("Viewer", Operation.ReadCandidates)] = (true, true),
        [("Viewer", Operation.EditCandidates)] = (false, false),
        [("Viewer", Operation.SetTargets)] = (false, false),
        [("Viewer", Operation.RecordDecisions)] = (false, false),
        [("Viewer", Operation.Administer)] = (false, false),
        [("Viewer", Operation.ManageUnits)] = (false, false),
        [("Viewer", Operation.ManageBatches)] = (false, false),

        [("Anonymous", Operation.ReadAggregates)] = (false, false),
        [("Anonymous", Operation.ReadCandidates)] = (false, false),
        [("Anonymous", Operation.EditCandidates)] = (false, false),
        [("Anonymous", Operation.SetTargets)] = (false, false),
        [("Anonymous", Operation.RecordDecisions)] = (false, false),
        [("Anonymous", Operation.Administer)] = (false, false),
        [("Anonymous", Operation.ManageUnits)] = (false, false),
        [("Anonymous", Operation.ManageBatches)] = (false, false),

        // A role name the product does not know (a tampered or stale claim) gets nothing.
        [("Unknown", Operation.ReadAggregates)] = (false, false),
        [("Unknown", Operation.ReadCandidates)] = (false, false),
        [("Unknown", Operation.EditCandidates)] = (false, false),
        [("Unknown", Operation.SetTargets)] = (false, false),
        [("Unknown", Operation.RecordDecisions)] = (false, false),
        [("Unknown", Operation.Administer)] = (false, false),
        [("Unknown", Operation.ManageUnits)] = (false, false),
        [("Unknown", Operation.ManageBatches)] = (false, false),
    };

    private static UserScope ScopeOf(string who) => who switch
    {
        "Anonymous" => UserScope.Anonymous,
        "WardSecretary" => new UserScope("u", "u", Roles.WardSecretary, Own),
        "WardSecretaryWithoutWard" => new UserScope("u", "u", Roles.WardSecretary, null),
        "Unknown" => new UserScope("u", "u", "Superuser", Own),
        _ => new UserScope("u", "u", who, null),
    };

    [Fact]
    public void Allows_matches_the_table_for_every_role_operation_and_ward()
    {
        var checkedCases = 0;
        foreach (var ((who, operation), (own, other)) in Expected)
        {
            var scope = ScopeOf(who);
            scope.Allows(operation, Own).ShouldBe(own, $"{who} {operation} own ward");
            scope.Allows(operation, Other).ShouldBe(other, $"{who} {operation} other ward");
            checkedCases += 2;
        }

        // Every operation of every role is in the table.
        Expected.Count.ShouldBe(7 * Enum.GetValues<Operation>().Length);
        Report.Line(output, $"Access policy: {checkedCases} cases checked, 0 leaks.");
    }

    [Fact]
    public void ReadableWards_ward_secretary_only_her_ward_others_all_or_none()
    {
        ScopeOf("WardSecretary").ReadableWards.ShouldBe([Own]);
        ScopeOf("WardSecretaryWithoutWard").ReadableWards.ShouldBeEmpty();
        ScopeOf("Administrator").ReadableWards.ShouldBeNull();
        ScopeOf("CityCommittee").ReadableWards.ShouldBeNull();
        ScopeOf("Viewer").ReadableWards.ShouldBeNull();
        ScopeOf("Anonymous").ReadableWards.ShouldBeEmpty();
        ScopeOf("Unknown").ReadableWards.ShouldBeEmpty();
    }
}
