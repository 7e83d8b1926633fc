using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Batches;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Text;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Web.Features.Batches;

/// <summary>What a batch command did: an error code (worded by the page as "Batches_Error_{code}") or the batch's id.</summary>
public sealed record BatchResult(bool Succeeded, string? Error = null, int? Id = null)
{
    public static BatchResult Ok(int id) => new(true, null, id);

    public static BatchResult Fail(string error) => new(false, error);
}

/// <summary>How one planned candidate fared when the batch's ceremony was recorded.</summary>
public enum CeremonyStatus
{
    /// <summary>The rules allow stage 8 on the batch date (recorded when the whole batch succeeded).</summary>
    Passed,

    /// <summary>The rules refuse the step (see the violations).</summary>
    Refused,

    /// <summary>Not at stage 7 (no admission decision yet) or dropped: blocks the batch until unplanned.</summary>
    NotReady,

    /// <summary>Already at stage 8 or 9: left as it is.</summary>
    AlreadyAdmitted,
}

public sealed record CeremonyOutcome(int CandidateId, string FullName, string Ward, Stage Stage, CeremonyStatus Status, IReadOnlyList<RuleViolation> Violations);

/// <summary>
/// The ceremony of a whole batch, all or nothing: <see cref="Recorded"/> candidates got stage 8 when
/// <see cref="Succeeded"/>; otherwise nothing was saved and <see cref="Outcomes"/> says who blocked it.
/// </summary>
public sealed record CeremonyResult(bool Succeeded, string? Error, IReadOnlyList<CeremonyOutcome> Outcomes, int Recorded)
{
    public static CeremonyResult Fail(string error, IReadOnlyList<CeremonyOutcome>? outcomes = null) => new(false, error, outcomes ?? [], 0);
}

/// <summary>
/// Creating and changing admission batches, planning candidates into them and recording a batch's ceremony
/// (<see cref="Operation.ManageBatches"/>: the city committee for every ward, a ward secretary for her own).
/// A candidate outside the user's scope is answered as not found and logged as denied.
/// </summary>
public sealed class BatchPlanningService(IDbContextFactory<AppDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock)
{
    private readonly BatchFormValidator _validator = new();

    public async Task<BatchResult> CreateAsync(BatchForm form, CancellationToken cancellationToken = default)
    {
        var allowed = DemandManage();
        var validation = await _validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return BatchResult.Fail(validation.Errors[0].ErrorMessage);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var date = form.Date!.Value;
        var (wards, error) = await WardsOfAsync(db, form.WardIds, date, allowed, cancellationToken);
        if (error is not null)
        {
            return BatchResult.Fail(error);
        }

        var name = VietnameseText.Normalize(form.Name.Trim());
        if (await db.Batches.AnyAsync(b => b.Name == name && b.Date == date, cancellationToken))
        {
            return BatchResult.Fail("Duplicate");
        }

        var batch = new AdmissionBatch { Name = name, Date = date, Wards = wards };
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return BatchResult.Ok(batch.Id);
    }

    /// <summary>Changes name, date and wards. A ward with planned candidates stays; a recorded ceremony keeps its date.</summary>
    public async Task<BatchResult> UpdateAsync(int id, BatchForm form, CancellationToken cancellationToken = default)
    {
        var allowed = DemandManage();
        var validation = await _validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return BatchResult.Fail(validation.Errors[0].ErrorMessage);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var batch = await db.Batches.Include(b => b.Wards).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return BatchResult.Fail("NotFound");
        }

        // A ward secretary edits only a batch of her own ward alone; a city-wide batch is the committee's.
        if (allowed is not null && !batch.Wards.All(w => allowed.Contains(w.Id)))
        {
            return BatchResult.Fail("NotAllowed");
        }

        var date = form.Date!.Value;
        var (wards, error) = await WardsOfAsync(db, form.WardIds, date, allowed, cancellationToken);
        if (error is not null)
        {
            return BatchResult.Fail(error);
        }

        var removed = batch.Wards.Where(w => !wards.Contains(w)).Select(w => w.Id).ToList();
        if (removed.Count > 0 && await db.Candidates.AnyAsync(c => c.BatchId == id && removed.Contains(c.WardId), cancellationToken))
        {
            return BatchResult.Fail("WardHasPlanned");
        }

        if (date != batch.Date
            && await db.Candidates.AnyAsync(c => c.BatchId == id && c.Stage >= Stage.Probationary && c.AdmittedOn == batch.Date, cancellationToken))
        {
            return BatchResult.Fail("CeremonyRecorded");
        }

        var name = VietnameseText.Normalize(form.Name.Trim());
        if (await db.Batches.AnyAsync(b => b.Id != id && b.Name == name && b.Date == date, cancellationToken))
        {
            return BatchResult.Fail("Duplicate");
        }

        if (form.Version is { } version)
        {
            db.Entry(batch).Property(b => b.Version).OriginalValue = version;
        }

        batch.Name = name;
        batch.Date = date;
        batch.Wards.RemoveAll(w => !wards.Contains(w));
        batch.Wards.AddRange(wards.Where(w => !batch.Wards.Contains(w)));

        // The row is saved even when only its wards changed, so a stale form is caught by the version check.
        db.Entry(batch).State = EntityState.Modified;
        return await SaveAsync(db, batch.Id, cancellationToken);
    }

    /// <summary>Plans a candidate (of a ward the user manages, one of the batch's) into the batch; moves them from another batch.</summary>
    public async Task<BatchResult> PlanAsync(int batchId, int candidateId, CancellationToken cancellationToken = default)
    {
        DemandManage();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var batch = await db.Batches.AsNoTracking().Include(b => b.Wards).FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return BatchResult.Fail("NotFound");
        }

        var candidate = await FindManageableAsync(db, candidateId, cancellationToken);
        if (candidate is null)
        {
            return BatchResult.Fail("CandidateNotFound");
        }

        if (batch.Wards.All(w => w.Id != candidate.WardId))
        {
            return BatchResult.Fail("CandidateWardNotInBatch");
        }

        if (candidate.IsDropped)
        {
            return BatchResult.Fail("CandidateDropped");
        }

        if (candidate.Stage >= Stage.Probationary)
        {
            return BatchResult.Fail("CandidateAdmitted");
        }

        if (candidate.BatchId == batchId)
        {
            return BatchResult.Ok(batchId);
        }

        candidate.BatchId = batchId;
        return await SaveAsync(db, batchId, cancellationToken);
    }

    /// <summary>Takes a candidate out of the batch (not one admitted at it: the ceremony is history).</summary>
    public async Task<BatchResult> UnplanAsync(int batchId, int candidateId, CancellationToken cancellationToken = default)
    {
        DemandManage();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await FindManageableAsync(db, candidateId, cancellationToken);
        if (candidate is null)
        {
            return BatchResult.Fail("CandidateNotFound");
        }

        if (candidate.BatchId != batchId)
        {
            return BatchResult.Fail("NotPlanned");
        }

        if (candidate.Stage >= Stage.Probationary)
        {
            return BatchResult.Fail("CandidateAdmitted");
        }

        candidate.BatchId = null;
        return await SaveAsync(db, batchId, cancellationToken);
    }

    /// <summary>
    /// Records the ceremony for every planned candidate the user manages: each one at stage 7 gets stage 8 on
    /// the batch date through <see cref="AdmissionPath.Advance"/> (every rule checked, history written), all in
    /// one save. If any is refused or not ready, nothing is saved and the outcomes say why.
    /// </summary>
    public async Task<CeremonyResult> RecordCeremonyAsync(int batchId, CancellationToken cancellationToken = default)
    {
        DemandManage();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var batch = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return CeremonyResult.Fail("NotFound");
        }

        var settings = await RulesStore.LoadSettingsAsync(db, cancellationToken);
        var calendar = await RulesStore.LoadCalendarAsync(db, cancellationToken);
        var recorder = new Recorder(user.Name, VietnamTime.Now(clock));
        var candidates = await db.Candidates.PermittedFor(user.Scope, Operation.ManageBatches)
            .Where(c => c.BatchId == batchId)
            .Include(c => c.Ward)
            .OrderBy(c => c.SearchKey).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);

        var outcomes = new List<CeremonyOutcome>();
        foreach (var candidate in candidates)
        {
            var stage = candidate.Stage;
            CeremonyOutcome Outcome(CeremonyStatus status, IReadOnlyList<RuleViolation> violations) =>
                new(candidate.Id, candidate.FullName, candidate.Ward?.Name ?? "", stage, status, violations);

            if (stage >= Stage.Probationary)
            {
                outcomes.Add(Outcome(CeremonyStatus.AlreadyAdmitted, []));
            }
            else if (candidate.IsDropped || stage < Stage.Decision)
            {
                outcomes.Add(Outcome(CeremonyStatus.NotReady, candidate.IsDropped ? [RuleViolation.Error(RuleCode.CandidateDropped)] : []));
            }
            else
            {
                var check = AdmissionPath.Advance(
                    candidate, new AdvanceRequest(Stage.Probationary, batch.Date, Note: batch.Name), settings, calendar, recorder);
                outcomes.Add(Outcome(check.Allowed ? CeremonyStatus.Passed : CeremonyStatus.Refused, check.Violations));
            }
        }

        var passed = outcomes.Count(o => o.Status == CeremonyStatus.Passed);
        if (outcomes.Any(o => o.Status is CeremonyStatus.Refused or CeremonyStatus.NotReady))
        {
            // All or nothing: the context is dropped unsaved, so no candidate of the batch changes.
            return CeremonyResult.Fail("Blocked", outcomes);
        }

        if (passed == 0)
        {
            return CeremonyResult.Fail("NothingToRecord", outcomes);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CeremonyResult.Fail("Conflict", outcomes);
        }

        return new CeremonyResult(true, null, outcomes, passed);
    }

    /// <summary>The wards the user may manage batches for (null: all); refuses users who may manage none.</summary>
    private IReadOnlyCollection<int>? DemandManage()
    {
        var allowed = ScopeQueries.WardsAllowing(user.Scope, Operation.ManageBatches);
        if (allowed is { Count: 0 })
        {
            throw new AccessDeniedException(Operation.ManageBatches);
        }

        return allowed;
    }

    private async Task<Candidate?> FindManageableAsync(AppDbContext db, int candidateId, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.PermittedFor(user.Scope, Operation.ManageBatches)
            .FirstOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null && await db.Candidates.AnyAsync(c => c.Id == candidateId, cancellationToken))
        {
            await audit.DeniedAsync(user, nameof(Candidate), candidateId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }

        return candidate;
    }

    /// <summary>The batch's wards: each must be one the user manages, exist, and exist on the batch date.</summary>
    private static async Task<(List<Ward> Wards, string? Error)> WardsOfAsync(
        AppDbContext db, IReadOnlyCollection<int> ids, DateOnly date, IReadOnlyCollection<int>? allowed, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        if (allowed is not null && distinct.Any(id => !allowed.Contains(id)))
        {
            return ([], "WardNotAllowed");
        }

        var wards = await db.Wards.Where(w => distinct.Contains(w.Id)).ToListAsync(cancellationToken);
        if (wards.Count != distinct.Count)
        {
            return ([], "WardUnknown");
        }

        return wards.All(w => w.ExistsOn(date)) ? (wards, null) : ([], "WardNotOnDate");
    }

    private static async Task<BatchResult> SaveAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return BatchResult.Ok(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return BatchResult.Fail("Conflict");
        }
    }
}
