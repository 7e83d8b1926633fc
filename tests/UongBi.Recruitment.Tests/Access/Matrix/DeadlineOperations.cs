using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Web.Features.Deadlines;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>Operations of the Deadlines page: due and overdue items carry candidates' names, so they follow the ward scope.</summary>
public sealed class DeadlineOperations : IMatrixOperations
{
    private static readonly string[] OwnReaders = [.. Users.AllWardReaders, Users.WardSecretary];

    public IEnumerable<MatrixOperation> Operations =>
    [
        new("Deadlines.List(ward)", true, OwnReaders, Users.AllWardReaders, async (sp, f, ward) =>
            (await sp.GetRequiredService<DeadlinesService>().ListAsync(new DeadlineQuery(WardId: ward, PageSize: DeadlineQuery.MaxPageSize))).Total > 0),
        new("Deadlines.List(no filter)", true, OwnReaders, Users.AllWardReaders, async (sp, f, ward) =>
        {
            var service = sp.GetRequiredService<DeadlinesService>();
            var ids = new List<int>();
            for (var page = 0; ; page++)
            {
                var result = await service.ListAsync(new DeadlineQuery(Page: page, PageSize: DeadlineQuery.MaxPageSize));
                ids.AddRange(result.Rows.Select(r => r.CandidateId));
                if (result.Rows.Count == 0 || ids.Count >= result.Total)
                {
                    break;
                }
            }

            return await sp.GetRequiredService<AppDbContext>().Candidates.AnyAsync(c => ids.Contains(c.Id) && c.WardId == ward);
        }),
    ];
}
