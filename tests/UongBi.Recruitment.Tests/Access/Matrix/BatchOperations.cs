using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Batches;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Web.Features.Batches;
using static UongBi.Recruitment.Tests.Access.MatrixOperation;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>
/// Admission batches (ManageBatches): the city committee for every ward, a ward secretary for her own ward only.
/// Every batch an operation needs is new and uniquely named, so repeated runs never collide; the ceremony
/// operation plans a candidate who is not ready, so it reports without saving anything.
/// </summary>
public sealed class BatchOperations : IMatrixOperations
{
    private static readonly string[] Managers = [Users.CityCommittee, Users.WardSecretary];
    private static readonly string[] CityOnly = [Users.CityCommittee];
    private static readonly string[] OwnReaders = [.. Users.AllWardReaders, Users.WardSecretary];

    public IEnumerable<MatrixOperation> Operations =>
    [
        new("Batches.Create(ward)", true, Managers, CityOnly, async (sp, f, ward) =>
            await Try(() => sp.GetRequiredService<BatchPlanningService>().CreateAsync(
                new BatchForm { Name = UniqueName(), Date = new DateOnly(2027, 5, 19), WardIds = [ward] })) is { Succeeded: true }),
        new("Batches.Update(batch of ward)", true, Managers, CityOnly, async (sp, f, ward) =>
        {
            var id = await NewBatchAsync(sp, ward);
            return await Try(() => sp.GetRequiredService<BatchPlanningService>().UpdateAsync(
                id, new BatchForm { Name = UniqueName(), Date = new DateOnly(2027, 9, 2), WardIds = [ward] })) is { Succeeded: true };
        }),
        new("Batches.ManageableWards(ward)", true, Managers, CityOnly, async (sp, f, ward) =>
            (await sp.GetRequiredService<BatchesService>().ManageableWardsAsync()).Any(w => w.Id == ward)),
        new("Batches.Plan(candidate of ward)", true, Managers, CityOnly, async (sp, f, ward) =>
        {
            var id = await NewBatchAsync(sp, f.OwnWard, f.OtherWard);
            var candidate = await CandidateAsync(sp, ward);
            return await Try(() => sp.GetRequiredService<BatchPlanningService>().PlanAsync(id, candidate)) is { Succeeded: true };
        }),
        new("Batches.Unplan(candidate of ward)", true, Managers, CityOnly, async (sp, f, ward) =>
        {
            var id = await NewBatchAsync(sp, f.OwnWard, f.OtherWard);
            var candidate = await CandidateAsync(sp, ward, plannedInto: id);
            return await Try(() => sp.GetRequiredService<BatchPlanningService>().UnplanAsync(id, candidate)) is { Succeeded: true };
        }),
        new("Batches.SearchPlannable(ward)", true, Managers, CityOnly, async (sp, f, ward) =>
        {
            var id = await NewBatchAsync(sp, ward);
            return (await sp.GetRequiredService<BatchesService>().SearchPlannableAsync(id, null)).Count > 0;
        }),
        new("Batches.Get(planned of ward)", true, OwnReaders, Users.AllWardReaders, async (sp, f, ward) =>
        {
            var id = await NewBatchAsync(sp, f.OwnWard, f.OtherWard);
            var candidate = await CandidateAsync(sp, ward, plannedInto: id);
            var detail = await Try(async () => await sp.GetRequiredService<BatchesService>().GetAsync(id) ?? throw new InvalidOperationException("batch not found"));
            return detail is not null && detail.Planned.Any(p => p.Id == candidate);
        }),
        new("Batches.RecordCeremony(candidate of ward)", true, Managers, CityOnly, async (sp, f, ward) =>
        {
            var id = await NewBatchAsync(sp, f.OwnWard, f.OtherWard);
            var candidate = await CandidateAsync(sp, ward, plannedInto: id, before: Stage.Decision);
            return await Try(() => sp.GetRequiredService<BatchPlanningService>().RecordCeremonyAsync(id)) is { } result
                && result.Outcomes.Any(o => o.CandidateId == candidate);
        }),
    ];

    private static string UniqueName() => $"Đợt kiểm thử quyền {Guid.NewGuid():N}";

    /// <summary>A new batch of the given wards, written directly (not through the service under test).</summary>
    private static async Task<int> NewBatchAsync(IServiceProvider sp, params int[] wardIds)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var wards = await db.Wards.Where(w => wardIds.Contains(w.Id)).ToListAsync();
        var batch = new AdmissionBatch { Name = UniqueName(), Date = new DateOnly(2027, 2, 3), Wards = wards };
        db.Batches.Add(batch);
        await db.SaveChangesAsync();
        return batch.Id;
    }

    /// <summary>A candidate of the ward on the path (not dropped, not admitted), optionally planned into a batch directly.</summary>
    private static async Task<int> CandidateAsync(IServiceProvider sp, int ward, int? plannedInto = null, Stage before = Stage.Probationary)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var candidate = await db.Candidates
            .Where(c => c.WardId == ward && c.DroppedOn == null && c.Stage < before)
            .OrderBy(c => c.Id)
            .FirstAsync();
        if (plannedInto is { } batchId)
        {
            candidate.BatchId = batchId;
            await db.SaveChangesAsync();
        }

        return candidate.Id;
    }
}
