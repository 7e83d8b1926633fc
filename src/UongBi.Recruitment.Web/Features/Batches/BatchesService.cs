using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Text;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Batches;

public sealed record BatchRow(int Id, string Name, DateOnly Date, int Wards, int Planned);

/// <summary>A candidate planned into a batch, with whether they can still make its date.</summary>
/// <param name="CanManage">The user may unplan them (and their ceremony is recorded with the batch's).</param>
public sealed record PlannedCandidate(
    int Id, string FullName, string Ward, string Cell, Stage Stage, DateOnly? StageOn, bool Dropped,
    BatchFeasibilityResult Feasibility, bool CanManage);

/// <summary>A candidate the user may plan into a batch (search-and-add).</summary>
public sealed record PlannableCandidate(int Id, string FullName, string Ward, Stage Stage, string? CurrentBatch, BatchFeasibilityResult Feasibility);

/// <param name="Planned">Planned candidates whose personal data the user may read.</param>
/// <param name="PlannedElsewhere">Planned candidates of wards the user may not read (a count only).</param>
/// <param name="CanPlan">The user may plan and unplan candidates of at least one of the batch's wards.</param>
/// <param name="CanEdit">The user may change the batch's name, date and wards (a secretary: only a batch of her ward alone).</param>
/// <param name="Today">The users' today (Vietnam time): the ceremony can be recorded on or after the batch date.</param>
public sealed record BatchDetail(
    int Id, string Name, DateOnly Date, Guid Version, IReadOnlyList<WardOption> Wards,
    IReadOnlyList<PlannedCandidate> Planned, int PlannedElsewhere, bool CanPlan, bool CanEdit, DateOnly Today)
{
    /// <summary>Planned candidates at stage 7 whose ceremony the user would record.</summary>
    public int ReadyToRecord => Planned.Count(p => p.CanManage && !p.Dropped && p.Stage == Stage.Decision);

    /// <summary>Planned candidates the user manages that would block recording (not at stage 7, not yet admitted).</summary>
    public int Blocking => Planned.Count(p => p.CanManage && (p.Dropped || p.Stage < Stage.Decision));
}

/// <summary>
/// Admission batches as the signed-in user may see them: everyone reads the list and a batch's name, date and
/// wards (aggregates); the planned candidates are cut to the wards the user may read.
/// </summary>
public sealed class BatchesService(IDbContextFactory<AppDbContext> factory, CurrentUser user, TimeProvider clock)
{
    /// <summary>How many candidates a search offers at once.</summary>
    public const int SearchLimit = 20;

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var dates = await db.Batches.Select(b => b.Date).ToListAsync(cancellationToken);
        return [.. dates.Select(d => d.Year).Distinct().OrderDescending()];
    }

    public async Task<IReadOnlyList<BatchRow>> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Batches
            .Where(b => b.Date >= from && b.Date <= to)
            .OrderBy(b => b.Date).ThenBy(b => b.Id)
            .Select(b => new BatchRow(b.Id, b.Name, b.Date, b.Wards.Count, db.Candidates.Count(c => c.BatchId == b.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>True when the user may create batches (for at least one ward).</summary>
    public bool CanCreate => ScopeQueries.WardsAllowing(user.Scope, Operation.ManageBatches) is null or { Count: > 0 };

    /// <summary>The wards the user may put into a batch: existing ones, a ward secretary only her own.</summary>
    public async Task<IReadOnlyList<WardOption>> ManageableWardsAsync(CancellationToken cancellationToken = default)
    {
        var allowed = ScopeQueries.WardsAllowing(user.Scope, Operation.ManageBatches);
        if (allowed is { Count: 0 })
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var wards = await db.Wards
            .Where(w => w.ValidTo == null && (allowed == null || allowed.Contains(w.Id)))
            .Select(w => new { w.Id, w.Name, w.Kind })
            .ToListAsync(cancellationToken);
        return [.. wards.OrderBy(w => w.Kind).ThenBy(w => w.Name, VietnameseOrder.Names).Select(w => new WardOption(w.Id, w.Name))];
    }

    /// <summary>One batch with its planned candidates and their verdicts; null when it does not exist.</summary>
    public async Task<BatchDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var batch = await db.Batches.AsNoTracking().Include(b => b.Wards).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var settings = await RulesStore.LoadSettingsAsync(db, cancellationToken);
        var calendar = await RulesStore.LoadCalendarAsync(db, cancellationToken);
        var today = VietnamTime.Today(clock);
        var manageable = ScopeQueries.WardsAllowing(user.Scope, Operation.ManageBatches);
        bool Manages(int wardId) => manageable is null || manageable.Contains(wardId);

        var candidates = await db.Candidates.AsNoTracking().ReadableBy(user.Scope)
            .Where(c => c.BatchId == id)
            .Include(c => c.Ward).Include(c => c.Cell)
            .ToListAsync(cancellationToken);
        var total = await db.Candidates.CountAsync(c => c.BatchId == id, cancellationToken);
        var planned = candidates
            .Select(c => new PlannedCandidate(
                c.Id, c.FullName, c.Ward?.Name ?? "", c.Cell?.Name ?? "", c.Stage, c.DateOf(c.Stage), c.IsDropped,
                BatchFeasibility.Assess(c, batch.Date, today, settings, calendar), Manages(c.WardId)))
            .OrderBy(p => p.Feasibility.Verdict).ThenBy(p => p.Ward, VietnameseOrder.Names).ThenBy(p => p.FullName, VietnameseOrder.Names)
            .ToList();
        var wards = batch.Wards.OrderBy(w => w.Kind).ThenBy(w => w.Name, VietnameseOrder.Names).Select(w => new WardOption(w.Id, w.Name)).ToList();
        var canPlan = batch.Wards.Any(w => Manages(w.Id));
        var canEdit = manageable is null || (manageable.Count > 0 && batch.Wards.All(w => manageable.Contains(w.Id)));
        return new BatchDetail(batch.Id, batch.Name, batch.Date, batch.Version, wards, planned, total - planned.Count, canPlan, canEdit, today);
    }

    /// <summary>
    /// Candidates the user may plan into the batch: of the wards she manages among the batch's, not dropped,
    /// not yet admitted, not already in it. An empty search lists those furthest along the path.
    /// </summary>
    public async Task<IReadOnlyList<PlannableCandidate>> SearchPlannableAsync(int batchId, string? search, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var batch = await db.Batches.AsNoTracking().Include(b => b.Wards).FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return [];
        }

        var wardIds = batch.Wards.Select(w => w.Id).ToList();
        var query = db.Candidates.AsNoTracking().PermittedFor(user.Scope, Operation.ManageBatches)
            .Where(c => wardIds.Contains(c.WardId) && c.DroppedOn == null && c.Stage < Stage.Probationary
                && (c.BatchId == null || c.BatchId != batchId));
        var key = VietnameseText.SearchKey(search);
        if (key.Length > 0)
        {
            query = query.Where(c => c.SearchKey.Contains(key));
        }

        var candidates = await query
            .OrderByDescending(c => c.Stage).ThenBy(c => c.SearchKey).ThenBy(c => c.Id)
            .Take(SearchLimit)
            .Include(c => c.Ward)
            .ToListAsync(cancellationToken);
        var otherBatchIds = candidates.Where(c => c.BatchId is not null).Select(c => c.BatchId!.Value).Distinct().ToList();
        var batchNames = await db.Batches.Where(b => otherBatchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);
        var settings = await RulesStore.LoadSettingsAsync(db, cancellationToken);
        var calendar = await RulesStore.LoadCalendarAsync(db, cancellationToken);
        var today = VietnamTime.Today(clock);
        return [.. candidates.Select(c => new PlannableCandidate(
            c.Id, c.FullName, c.Ward?.Name ?? "", c.Stage, c.BatchId is { } b ? batchNames.GetValueOrDefault(b) : null,
            BatchFeasibility.Assess(c, batch.Date, today, settings, calendar)))];
    }
}
