using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Targets;

/// <summary>A unit that existed in the year, with its target: <see cref="Count"/> and <see cref="Version"/> are null when none is set.</summary>
public sealed record TargetLine(int WardId, string Code, string Ward, UnitKind Kind, int? Count, TargetScope Scope, Guid? Version);

/// <summary>The province's plan for the city: <see cref="Count"/> and <see cref="Version"/> are null when none is set.</summary>
public sealed record PlanLine(int? Count, TargetScope Scope, Guid? Version);

public sealed record YearTargets(int Year, IReadOnlyList<TargetLine> Wards, PlanLine Plan)
{
    /// <summary>The wards' targets added up; the plan need not equal it (DOMAIN.md).</summary>
    public int WardSum => Wards.Sum(w => w.Count ?? 0);

    public bool IsEmpty => Plan.Version is null && Wards.All(w => w.Version is null);
}

/// <summary>
/// What is wrong with a save: <see cref="Code"/> is worded by the page ("Targets_Error_{Code}"). A line's problem
/// names its ward (<see cref="WardId"/>; the plan when <see cref="IsPlan"/>) and <see cref="Field"/> (Count, Scope,
/// or empty for the line as a whole); a problem of the whole save has neither. <see cref="Unit"/> is the unit's
/// name as stored, for messages such as a conflict.
/// </summary>
public sealed record TargetProblem(string Code, int? WardId = null, bool IsPlan = false, string Field = "", string? Unit = null);

/// <summary>What a save did: how many targets (and the plan) were set or changed, or why nothing was saved.</summary>
public sealed record TargetsResult(bool Succeeded, int Saved, IReadOnlyList<TargetProblem> Problems)
{
    public static TargetsResult Ok(int saved) => new(true, saved, []);

    public static TargetsResult Fail(IReadOnlyList<TargetProblem> problems) => new(false, 0, problems);

    public static TargetsResult Fail(string code) => Fail([new TargetProblem(code)]);
}

/// <summary>
/// What "copy from last year" did: <see cref="Copied"/> wards' targets copied, <see cref="Existing"/> left alone
/// because they already had one, <see cref="Ended"/> not copied because the unit no longer exists, and whether the
/// plan was copied (<see cref="PlanExisted"/>: it was left alone).
/// </summary>
public sealed record CopyResult(bool Succeeded, string? Error, int FromYear, int Copied, int Existing, int Ended, bool PlanCopied, bool PlanExisted)
{
    public static CopyResult Fail(string error, int fromYear) => new(false, error, fromYear, 0, 0, 0, false, false);
}

/// <summary>
/// One audited change of a target or the plan of the year: <see cref="Unit"/> is null for the plan; counts and
/// scopes are those the audit row holds (null where it holds none, e.g. the old values of a new target).
/// </summary>
public sealed record TargetChange(
    DateTimeOffset At, string? User, string? Unit, AuditAction Action, int? OldCount, int? NewCount, TargetScope? OldScope, TargetScope? NewScope);

/// <summary>
/// The annual admission targets of the wards and the province's plan for the city. Everyone signed in reads
/// them (<see cref="Operation.ReadAggregates"/>); only the city committee sets them (<see cref="Operation.SetTargets"/>,
/// refused to anyone else with an audited denial). Saves are all-or-nothing in one transaction and carry the
/// versions the page loaded, so a change made meanwhile by someone else is reported, never overwritten.
/// </summary>
public sealed partial class TargetsService(IDbContextFactory<AppDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock)
{
    public const string Conflict = "Conflict";

    /// <summary>How many changes the history shows at most (one year has about a dozen units).</summary>
    public const int HistoryLimit = 200;

    // SQLITE_CONSTRAINT_UNIQUE: a unique index refused the row (someone set the same target meanwhile).
    private const int UniqueConstraintFailed = 2067;

    /// <summary>May the user change targets? The page shows the grid editable only then.</summary>
    public bool CanSet => user.Scope.Allows(Operation.SetTargets);

    /// <summary>The ward of a ward secretary, whose row the page highlights; null for everyone else.</summary>
    public int? OwnWardId => user.Scope.Role == Roles.WardSecretary ? user.Scope.WardId : null;

    /// <summary>Years with targets or a plan, and the current and next year (targets are set before the year begins), newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var years = await db.Targets.Select(t => t.Year).Union(db.CityPlans.Select(p => p.Year)).ToListAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        return [.. years.Append(today.Year).Append(TargetsFormValidator.LatestYear(today)).Distinct().OrderDescending()];
    }

    /// <summary>
    /// Every unit that existed in <paramref name="year"/>, wards first, then communes, each in Vietnamese
    /// alphabetical order (as the committee lists them), with its target; and the city's plan.
    /// </summary>
    public async Task<YearTargets> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var wards = await db.Wards.AsNoTracking().ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().Where(t => t.Year == year).ToDictionaryAsync(t => t.WardId, cancellationToken);
        var plan = await db.CityPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, cancellationToken);
        // A year no calendar has (a hand-made address) has no units, rather than an error.
        var lines = wards.Where(w => year is >= 1 and <= 9999 && w.ExistsIn(year))
            .OrderBy(w => w.Kind).ThenBy(w => w.Name, VietnameseOrder.Names)
            .Select(w => targets.TryGetValue(w.Id, out var t)
                ? new TargetLine(w.Id, w.Code, w.Name, w.Kind, t.Count, t.Scope, t.Version)
                : new TargetLine(w.Id, w.Code, w.Name, w.Kind, null, TargetScope.ResidentialAndVillage, null));
        return new YearTargets(year, [.. lines], plan is null
            ? new PlanLine(null, TargetScope.ResidentialAndVillage, null)
            : new PlanLine(plan.Count, plan.Scope, plan.Version));
    }

    /// <summary>
    /// Sets the changed targets (and the plan) of <paramref name="year"/>: every line is validated, every version
    /// checked, then all are saved in one transaction — or, on any problem, none. Lines left empty for a unit
    /// without a target are skipped.
    /// </summary>
    public async Task<TargetsResult> SaveAsync(int year, IReadOnlyList<TargetEdit> edits, CancellationToken cancellationToken = default)
    {
        await DemandSetAsync(year, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var wards = await db.Wards.AsNoTracking().ToDictionaryAsync(w => w.Id, cancellationToken);
        var form = new TargetsForm(year, edits);
        var validation = await new TargetsFormValidator(TargetsFormValidator.LatestYear(VietnamTime.Today(clock)), wards).ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return TargetsResult.Fail([.. validation.Errors.Select(e => ProblemOf(e.PropertyName, e.ErrorMessage, edits, wards))]);
        }

        var wardIds = edits.Where(e => e.WardId is not null).Select(e => e.WardId!.Value).ToList();
        var targets = await db.Targets.IgnoreQueryFilters().Where(t => t.Year == year && wardIds.Contains(t.WardId)).ToDictionaryAsync(t => t.WardId, cancellationToken);
        var plan = await db.CityPlans.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Year == year, cancellationToken);
        var conflicts = new List<TargetProblem>();
        var saved = 0;
        foreach (var edit in edits)
        {
            // An empty line of a unit without a target asks for nothing (the validator refuses emptying a target).
            if (edit.Count is not { } count)
            {
                continue;
            }

            var unit = edit.WardId is { } wardId ? wards[wardId].Name : null;
            var row = edit.WardId is { } id ? Row(targets.GetValueOrDefault(id)) : Row(plan);
            if (!Matches(row, edit.Version))
            {
                conflicts.Add(new TargetProblem(Conflict, edit.WardId, edit.IsPlan, "", unit));
                continue;
            }

            if (row?.Entity is null || row.Value.Entity.IsDeleted)
            {
                saved++;
                if (edit.WardId is { } newWard)
                {
                    targets[newWard] = Put(db, targets.GetValueOrDefault(newWard), () => new AdmissionTarget { WardId = newWard, Year = year }, count, edit.Scope);
                }
                else
                {
                    plan = Put(db, plan, () => new CityPlan { Year = year }, count, edit.Scope);
                }

                continue;
            }

            var entity = row.Value.Entity;
            if (row.Value.Count != count || row.Value.Scope != edit.Scope)
            {
                saved++;
                // The database refuses the update, too, when the row changed after it was read here.
                db.Entry(entity).Property(nameof(AdmissionTarget.Version)).OriginalValue = edit.Version;
                Set(entity, count, edit.Scope);
            }
        }

        if (conflicts.Count > 0)
        {
            return TargetsResult.Fail(conflicts);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TargetsResult.Ok(saved);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            return TargetsResult.Fail([.. ex.Entries.Select(e => e.Entity is AdmissionTarget t
                ? new TargetProblem(Conflict, t.WardId, false, "", wards.GetValueOrDefault(t.WardId)?.Name)
                : new TargetProblem(Conflict, null, true))]);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: UniqueConstraintFailed })
        {
            return TargetsResult.Fail(Conflict);
        }
    }

    /// <summary>
    /// Copies the targets and the plan of the year before <paramref name="year"/> to the units that exist in
    /// <paramref name="year"/> and have no target yet; never overwrites one. All or nothing, in one transaction.
    /// </summary>
    public async Task<CopyResult> CopyFromYearAsync(int year, CancellationToken cancellationToken = default)
    {
        await DemandSetAsync(year, cancellationToken);
        var from = year - 1;
        var latest = TargetsFormValidator.LatestYear(VietnamTime.Today(clock));
        if (year < TargetsFormValidator.FirstYear || year > latest)
        {
            return CopyResult.Fail("YearOutOfRange", from);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var wards = await db.Wards.AsNoTracking().ToDictionaryAsync(w => w.Id, cancellationToken);
        var sources = await db.Targets.AsNoTracking().Where(t => t.Year == from).ToListAsync(cancellationToken);
        var sourcePlan = await db.CityPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == from, cancellationToken);
        if (sources.Count == 0 && sourcePlan is null)
        {
            return CopyResult.Fail("NothingToCopy", from);
        }

        var targets = await db.Targets.IgnoreQueryFilters().Where(t => t.Year == year).ToDictionaryAsync(t => t.WardId, cancellationToken);
        var (copied, existing, ended) = (0, 0, 0);
        foreach (var source in sources)
        {
            var current = targets.GetValueOrDefault(source.WardId);
            if (!wards.TryGetValue(source.WardId, out var ward) || !ward.ExistsIn(year))
            {
                ended++;
            }
            else if (current is { IsDeleted: false })
            {
                existing++;
            }
            else
            {
                copied++;
                Put(db, current, () => new AdmissionTarget { WardId = source.WardId, Year = year }, source.Count, source.Scope);
            }
        }

        var plan = await db.CityPlans.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Year == year, cancellationToken);
        var planExisted = sourcePlan is not null && plan is { IsDeleted: false };
        var planCopied = sourcePlan is not null && !planExisted;
        if (planCopied)
        {
            Put(db, plan, () => new CityPlan { Year = year }, sourcePlan!.Count, sourcePlan.Scope);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new CopyResult(true, null, from, copied, existing, ended, planCopied, planExisted);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException
            || ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: UniqueConstraintFailed })
        {
            return CopyResult.Fail(Conflict, from);
        }
    }

    /// <summary>Who set or changed which target or the plan of <paramref name="year"/>, and from what to what, newest first.</summary>
    public async Task<IReadOnlyList<TargetChange>> HistoryAsync(int year, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ReadAggregates);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // Deleted rows and wards keep their history: the audit names them by key, so look them up with the deleted ones.
        var targets = await db.Targets.IgnoreQueryFilters().Where(t => t.Year == year).Select(t => new { t.Id, t.WardId }).ToListAsync(cancellationToken);
        var plans = await db.CityPlans.IgnoreQueryFilters().Where(p => p.Year == year).Select(p => p.Id).ToListAsync(cancellationToken);
        var names = await db.Wards.IgnoreQueryFilters().Select(w => new { w.Id, w.Name }).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var unitOf = targets.ToDictionary(t => Key(t.Id), t => names.GetValueOrDefault(t.WardId));
        var targetRows = await db.HistoryAsync(nameof(AdmissionTarget), [.. unitOf.Keys], HistoryLimit, cancellationToken);
        var planRows = await db.HistoryAsync(nameof(CityPlan), [.. plans.Select(Key)], HistoryLimit, cancellationToken);
        return [.. targetRows.Select(r => ChangeOf(r, unitOf.GetValueOrDefault(r.EntityKey) ?? "?"))
            .Concat(planRows.Select(r => ChangeOf(r, null)))
            .OrderByDescending(c => c.At)
            .Take(HistoryLimit)];
    }

    /// <summary>Refuses everyone but the city committee; the refusal is logged and audited like every other denial.</summary>
    private async Task DemandSetAsync(int year, CancellationToken cancellationToken)
    {
        if (!CanSet)
        {
            await audit.DeniedAsync(user, "Targets", year.ToString(CultureInfo.InvariantCulture), cancellationToken);
            throw new AccessDeniedException(Operation.SetTargets);
        }
    }

    /// <summary>A stored target or plan, as far as a save needs it.</summary>
    private readonly record struct Targeted(Domain.Common.EditableEntity Entity, int Count, TargetScope Scope);

    private static Targeted? Row(AdmissionTarget? target) => target is null ? null : new Targeted(target, target.Count, target.Scope);

    private static Targeted? Row(CityPlan? plan) => plan is null ? null : new Targeted(plan, plan.Count, plan.Scope);

    /// <summary>
    /// The page's version still is the row's: a line loaded without a target finds none (a deleted one counts as
    /// none), and a line loaded with one finds the same, unchanged.
    /// </summary>
    private static bool Matches(Targeted? row, Guid? version) =>
        row is not { Entity.IsDeleted: false } live ? version is null : live.Entity.Version == version;

    /// <summary>
    /// A new target (or plan); a deleted one for the same unit and year is brought back instead, since the unique
    /// index keeps deleted rows.
    /// </summary>
    private static T Put<T>(AppDbContext db, T? existing, Func<T> create, int count, TargetScope scope)
        where T : Domain.Common.EditableEntity
    {
        var entity = existing ?? create();
        if (existing is null)
        {
            db.Add(entity);
        }
        else
        {
            entity.IsDeleted = false;
            entity.DeletedAt = null;
            entity.DeletedBy = null;
        }

        Set(entity, count, scope);
        return entity;
    }

    private static void Set(Domain.Common.EditableEntity entity, int count, TargetScope scope)
    {
        switch (entity)
        {
            case AdmissionTarget target:
                (target.Count, target.Scope) = (count, scope);
                break;
            case CityPlan plan:
                (plan.Count, plan.Scope) = (count, scope);
                break;
        }
    }

    [GeneratedRegex(@"^Edits\[(\d+)\](?:\.(\w+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex EditProperty();

    /// <summary>A validation failure as a problem of its line ("Edits[3].Count") or of the whole save ("Year").</summary>
    private static TargetProblem ProblemOf(string property, string code, IReadOnlyList<TargetEdit> edits, IReadOnlyDictionary<int, Ward> wards)
    {
        var match = EditProperty().Match(property);
        if (!match.Success)
        {
            return new TargetProblem(code, Field: property);
        }

        var edit = edits[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)];
        var unit = edit.WardId is { } id ? wards.GetValueOrDefault(id)?.Name : null;
        return new TargetProblem(code, edit.WardId, edit.IsPlan, match.Groups[2].Value, unit);
    }

    private static TargetChange ChangeOf(AuditRecord row, string? unit)
    {
        var count = row.Fields.FirstOrDefault(f => f.Name == nameof(AdmissionTarget.Count));
        var scope = row.Fields.FirstOrDefault(f => f.Name == nameof(AdmissionTarget.Scope));
        return new TargetChange(row.At, row.User, unit, row.Action, CountOf(count?.Old), CountOf(count?.New), ScopeOf(scope?.Old), ScopeOf(scope?.New));
    }

    private static int? CountOf(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TargetScope? ScopeOf(string? text) =>
        Enum.TryParse<TargetScope>(text, out var value) && Enum.IsDefined(value) ? value : null;

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
