using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Features.Targets;
using static UongBi.Recruitment.Tests.Access.MatrixOperation;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>
/// Targets and the city plan: everyone signed in reads them (aggregate figures, no personal data); only the city
/// committee sets them (<c>Operation.SetTargets</c>). Writes go to the year after the demo data's last, and each
/// starts from what is stored, so repeated runs on one database keep succeeding for the committee.
/// </summary>
public sealed class TargetOperations : IMatrixOperations
{
    private const int DemoYear = 2024;

    /// <summary>"Today" is in 2026 (<see cref="Infrastructure.SqliteTestDatabase.Now"/>): next year's targets may be set.</summary>
    private const int NextYear = 2027;

    private static readonly string[] Committee = [Users.CityCommittee];

    public IEnumerable<MatrixOperation> Operations =>
    [
        new("Targets.Years()", false, Users.Everyone, Users.Everyone, async (sp, f, ward) =>
            await Try(() => Targets(sp).YearsAsync()) is { Count: > 0 }),
        new("Targets.ForYear()", false, Users.Everyone, Users.Everyone, async (sp, f, ward) =>
            await Try(() => Targets(sp).ForYearAsync(DemoYear)) is { Wards.Count: > 0 }),
        new("Targets.History()", false, Users.Everyone, Users.Everyone, async (sp, f, ward) =>
            await Try(() => Targets(sp).HistoryAsync(DemoYear)) is { Count: > 0 }),
        new("Targets.Save(own/other ward)", true, Committee, Committee, async (sp, f, ward) =>
        {
            // The version comes from the same service the user would have loaded the page with (anonymous: refused there).
            if (await Try(() => Targets(sp).ForYearAsync(NextYear)) is not { } year)
            {
                return false;
            }

            var line = year.Wards.Single(w => w.WardId == ward);
            var edit = new TargetEdit(ward, (line.Count ?? 0) + 1, TargetScope.ResidentialAndVillage, line.Version);
            return await Try(() => Targets(sp).SaveAsync(NextYear, [edit])) is { Succeeded: true, Saved: 1 };
        }),
        new("Targets.CopyFromYear()", false, Committee, Committee, async (sp, f, ward) =>
            await Try(() => Targets(sp).CopyFromYearAsync(NextYear)) is { Succeeded: true }),
    ];

    private static TargetsService Targets(IServiceProvider services) => services.GetRequiredService<TargetsService>();
}
