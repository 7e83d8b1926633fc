using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Web.Features.Accounts;
using UongBi.Recruitment.Web.Features.Administration;
using UongBi.Recruitment.Web.Features.Batches;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Features.Dashboard;
using static UongBi.Recruitment.Tests.Access.MatrixOperation;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>Operations of the shell, the candidate list and record, and account administration.</summary>
public sealed class ShellOperations : IMatrixOperations
{
    private static readonly string[] OwnReaders = [.. Users.AllWardReaders, Users.WardSecretary];
    private static readonly string[] Admin = [Users.Administrator];

    public IEnumerable<MatrixOperation> Operations =>
    [
        new("Candidates.List(ward filter)", true, OwnReaders, Users.AllWardReaders, async (sp, f, ward) =>
            (await sp.GetRequiredService<CandidatesService>().ListAsync(new CandidateQuery(WardId: ward, PageSize: 100))).Total > 0),
        new("Candidates.Get(id)", true, OwnReaders, Users.AllWardReaders, async (sp, f, ward) =>
            await sp.GetRequiredService<CandidatesService>().GetAsync(ward == f.OwnWard ? f.OwnCandidate : f.OtherCandidate) is not null),
        new("Candidates.Wards()", true, OwnReaders, Users.AllWardReaders, async (sp, f, ward) =>
            (await sp.GetRequiredService<CandidatesService>().WardsAsync()).Any(w => w.Id == ward)),
        new("Candidates.List(no filter)", true, OwnReaders, Users.AllWardReaders, async (sp, f, ward) =>
        {
            var ids = (await sp.GetRequiredService<CandidatesService>().ListAsync(new CandidateQuery(PageSize: 100))).Rows.Select(r => r.Id).ToList();
            return await sp.GetRequiredService<AppDbContext>().Candidates.AnyAsync(c => ids.Contains(c.Id) && c.WardId == ward);
        }),
        new("Dashboard.Progress()", false, Users.Everyone, Users.Everyone, async (sp, f, ward) =>
            await Try(() => sp.GetRequiredService<ProgressService>().GetAsync(2024, new DateOnly(2024, 12, 31))) is not null),
        new("Dashboard.Progress(ward detail youngest)", true, OwnReaders, Users.AllWardReaders, async (sp, f, ward) =>
            (await Try(() => sp.GetRequiredService<ProgressService>().GetAsync(2024, new DateOnly(2024, 12, 31), ward)))?.Detail.Youngest.Count > 0),
        new("Batches.ForYear()", false, Users.Everyone, Users.Everyone, async (sp, f, ward) =>
            await Try(() => sp.GetRequiredService<BatchesService>().ForYearAsync(2024)) is not null),
        new("Reference.Settings()", false, Admin, Admin, async (sp, f, ward) =>
            await Try(() => sp.GetRequiredService<ReferenceDataService>().SettingsAsync()) is not null),
        new("Accounts.List()", false, Admin, Admin, async (sp, f, ward) =>
            await Try(() => sp.GetRequiredService<UserAdminService>().ListAsync()) is not null),
        new("Accounts.Create()", false, Admin, Admin, async (sp, f, ward) =>
            await Try(() => sp.GetRequiredService<UserAdminService>().CreateAsync(new AccountForm { Email = $"m{Guid.NewGuid():N}"[..12] + "@uongbi.local", Role = Roles.Viewer })) is { Succeeded: true }),
        new("Accounts.Enable(viewer)", false, Admin, Admin, async (sp, f, ward) =>
        {
            var viewer = await sp.GetRequiredService<AppDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == "viewer@uongbi.local");
            return await Try(() => sp.GetRequiredService<UserAdminService>().SetDisabledAsync(viewer.Id, false)) is { Succeeded: true };
        }),
    ];
}
