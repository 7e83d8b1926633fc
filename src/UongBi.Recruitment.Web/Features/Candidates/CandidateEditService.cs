using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Text;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Web.Features.Candidates;

public enum SaveOutcome
{
    Saved,
    Invalid,
    DuplicateCitizenId,
    PossibleDuplicate,
    Conflict,
    NotFound,
}

/// <summary>
/// What a save did. <see cref="Errors"/> maps a form property to message codes; <see cref="ExistingId"/> is
/// the record holding the same citizen ID (only when the user may open it); <see cref="Changed"/> lists the
/// fields someone else changed since the form was loaded.
/// </summary>
public sealed record SaveResult(
    SaveOutcome Outcome,
    int? Id = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    int? ExistingId = null,
    IReadOnlyList<string>? Changed = null)
{
    public bool Succeeded => Outcome == SaveOutcome.Saved;
}

/// <summary>
/// Creating, editing, moving candidates along the path, helpers, soft delete and restore. Every command
/// checks the user's scope below the UI: only the ward's own secretary changes its candidates (the city
/// committee may also record admission decisions); an id outside the scope is answered as not found.
/// </summary>
public sealed class CandidateEditService(
    IDbContextFactory<AppDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock)
{
    public async Task<SaveResult> CreateAsync(CandidateForm form, bool confirmPossibleDuplicate = false, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await CheckAsync(db, form, null, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!confirmPossibleDuplicate && await PossibleDuplicateAsync(db, form, null, cancellationToken) is { } twin)
        {
            return new SaveResult(SaveOutcome.PossibleDuplicate, ExistingId: twin);
        }

        var candidate = form.ToNewCandidate(clock.GetUtcNow(), user.Name);
        db.Candidates.Add(candidate);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same citizen ID a moment ago: the unique index caught it.
            if (await CitizenIdTakenAsync(form.CitizenId, null, cancellationToken) is { } existing)
            {
                return existing;
            }

            throw;
        }

        return new SaveResult(SaveOutcome.Saved, candidate.Id);
    }

    /// <param name="loaded">The form as it was loaded, to tell the user on a conflict what the other editor changed.</param>
    public async Task<SaveResult> UpdateAsync(int id, CandidateForm form, CandidateForm? loaded = null, bool confirmPossibleDuplicate = false, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await EditableAsync(db, id, cancellationToken);
        if (candidate is null)
        {
            return new SaveResult(SaveOutcome.NotFound);
        }

        if (candidate.Version != form.Version)
        {
            return new SaveResult(SaveOutcome.Conflict, id, Changed: Differences(loaded ?? form, CandidateForm.From(candidate)));
        }

        if (await CheckAsync(db, form, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!confirmPossibleDuplicate && await PossibleDuplicateAsync(db, form, id, cancellationToken) is { } twin)
        {
            return new SaveResult(SaveOutcome.PossibleDuplicate, id, ExistingId: twin);
        }

        form.ApplyTo(candidate);
        db.Entry(candidate).Property(c => c.Version).OriginalValue = form.Version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, loaded ?? form, cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await CitizenIdTakenAsync(form.CitizenId, id, cancellationToken) is { } existing)
            {
                return existing;
            }

            throw;
        }

        return new SaveResult(SaveOutcome.Saved, id);
    }

    /// <summary>Moves the candidate one stage on, if the rules allow it (the check runs on the saved record).</summary>
    public async Task<PathCheck?> AdvanceAsync(int id, AdvanceRequest request, Guid version, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await EditableAsync(db, id, cancellationToken, allowDecisionRecorders: request.To == Stage.Decision);
        if (candidate is null)
        {
            return null;
        }

        var (settings, calendar) = await RulesAsync(db, cancellationToken);
        var check = AdmissionPath.Advance(candidate, request with { DocumentRef = Clean(request.DocumentRef), Note = Clean(request.Note) }, settings, calendar, Recorder());
        return await SaveStepAsync(db, candidate, version, check, cancellationToken);
    }

    public async Task<PathCheck?> DropAsync(int id, DateOnly on, DropReason reason, string? note, Guid version, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await EditableAsync(db, id, cancellationToken);
        if (candidate is null || !Enum.IsDefined(reason))
        {
            return null;
        }

        var check = AdmissionPath.Drop(candidate, on, reason, Clean(note), Recorder());
        return await SaveStepAsync(db, candidate, version, check, cancellationToken);
    }

    public async Task<PathCheck?> ReinstateAsync(int id, DateOnly on, string? note, Guid version, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await EditableAsync(db, id, cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        var check = AdmissionPath.Reinstate(candidate, on, Clean(note), Recorder());
        return await SaveStepAsync(db, candidate, version, check, cancellationToken);
    }

    /// <summary>Assigns a helper (đảng viên giúp đỡ); at most the required number are active at once.</summary>
    public async Task<SaveResult> AssignHelperAsync(int id, string name, string? cardNumber, DateOnly assignedOn, Guid version, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await EditableAsync(db, id, cancellationToken);
        if (candidate is null)
        {
            return new SaveResult(SaveOutcome.NotFound);
        }

        var errors = HelperErrors(name, cardNumber, assignedOn);
        var (settings, _) = await RulesAsync(db, cancellationToken);
        if (candidate.ActiveHelpers.Count() >= settings.RequiredHelpers)
        {
            errors["HelperName"] = ["HelpersFull"];
        }

        if (errors.Count > 0)
        {
            return new SaveResult(SaveOutcome.Invalid, id, errors);
        }

        candidate.Helpers.Add(new CandidateHelper { FullName = VietnameseText.Normalize(name), PartyCardNumber = Clean(cardNumber), AssignedOn = assignedOn });
        Touch(db, candidate, version);
        return await SaveAsync(db, id, cancellationToken);
    }

    /// <summary>Replaces a helper who moved away or was disciplined: the old row is ended with the reason, never deleted.</summary>
    public async Task<SaveResult> ReplaceHelperAsync(int id, int helperId, string name, string? cardNumber, DateOnly on, string reason, Guid version, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await EditableAsync(db, id, cancellationToken);
        var old = candidate?.Helpers.FirstOrDefault(h => h.Id == helperId && h.EndedOn is null);
        if (candidate is null || old is null)
        {
            return new SaveResult(SaveOutcome.NotFound);
        }

        var errors = HelperErrors(name, cardNumber, on);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            errors["Reason"] = ["Required"];
        }

        if (on < old.AssignedOn)
        {
            errors["AssignedOn"] = ["DateImplausible"];
        }

        if (errors.Count > 0)
        {
            return new SaveResult(SaveOutcome.Invalid, id, errors);
        }

        var replacement = new CandidateHelper { FullName = VietnameseText.Normalize(name), PartyCardNumber = Clean(cardNumber), AssignedOn = on };
        candidate.Helpers.Add(replacement);
        old.EndedOn = on;
        old.EndReason = VietnameseText.Normalize(reason);
        Touch(db, candidate, version);
        var result = await SaveAsync(db, id, cancellationToken);
        if (result.Succeeded)
        {
            old.ReplacedById = replacement.Id;
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Soft delete: hidden everywhere, kept for an administrator to restore.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await EditableAsync(db, id, cancellationToken);
        if (candidate is null)
        {
            return false;
        }

        db.Candidates.Remove(candidate);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Deleted records (administrators only), newest first.</summary>
    public async Task<IReadOnlyList<CandidateRow>> DeletedAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.Administer);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Candidates.IgnoreQueryFilters().Where(c => c.IsDeleted)
            .OrderByDescending(c => c.DeletedAt)
            .Take(200)
            .Select(c => new CandidateRow(c.Id, c.FullName, c.Ward!.Name, c.Cell!.Name, c.Category, c.Stage, c.DroppedOn != null, c.AdmittedOn))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> RestoreAsync(int id, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.Administer);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await db.Candidates.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.Id == id && c.IsDeleted, cancellationToken);
        if (candidate is null)
        {
            return false;
        }

        candidate.IsDeleted = false;
        candidate.DeletedAt = null;
        candidate.DeletedBy = null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The wards the user may enter candidates for, with their open cells.</summary>
    public async Task<IReadOnlyList<(WardOption Ward, IReadOnlyList<(int Id, string Name)> Cells)>> EditableWardsAsync(CancellationToken cancellationToken = default)
    {
        var wardIds = ScopeQueries.EditableWards(user.Scope);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var wards = await db.Wards.Where(w => wardIds.Contains(w.Id) && w.ValidTo == null)
            .Select(w => new { w.Id, w.Name, Cells = w.Cells.Where(c => c.ValidTo == null).Select(c => new { c.Id, c.Name }).ToList() })
            .ToListAsync(cancellationToken);
        return [.. wards.Select(w => (new WardOption(w.Id, w.Name),
            (IReadOnlyList<(int, string)>)[.. w.Cells.OrderBy(c => c.Name.Length).ThenBy(c => c.Name, Infrastructure.Localization.VietnameseOrder.Names).Select(c => (c.Id, c.Name))]))];
    }

    public bool CanEdit(int wardId) => ScopeQueries.EditableWards(user.Scope).Contains(wardId);

    public bool CanRecordDecision(int wardId) => CanEdit(wardId) || user.Scope.Allows(Operation.RecordDecisions, wardId);

    public bool CanRestore => user.Scope.Allows(Operation.Administer);

    private async Task<SaveResult?> CheckAsync(AppDbContext db, CandidateForm form, int? id, CancellationToken cancellationToken)
    {
        var validation = await new CandidateFormValidator(clock).ValidateAsync(form, cancellationToken);
        var errors = validation.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
        if (form.WardId is { } ward && !CanEdit(ward))
        {
            errors[nameof(CandidateForm.WardId)] = ["WardNotAllowed"];
            await audit.DeniedAsync(user, "Ward", ward.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        else if (form.WardId is { } w && form.CellId is { } cell
            && !await db.Cells.AnyAsync(c => c.Id == cell && c.WardId == w && c.ValidTo == null, cancellationToken))
        {
            errors[nameof(CandidateForm.CellId)] = ["CellNotInWard"];
        }

        if (errors.Count > 0)
        {
            return new SaveResult(SaveOutcome.Invalid, id, errors);
        }

        return await CitizenIdTakenAsync(form.CitizenId, id, cancellationToken);
    }

    private async Task<SaveResult?> CitizenIdTakenAsync(string citizenId, int? id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var value = citizenId.Trim();
        var existing = await db.Candidates.IgnoreQueryFilters()
            .Where(c => c.CitizenId == value && c.Id != id)
            .Select(c => new { c.Id, c.WardId, c.IsDeleted })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is null)
        {
            return null;
        }

        // A link only to a record the user may open: otherwise saying where it is would leak another ward's data.
        var readable = !existing.IsDeleted && await db.Candidates.ReadableBy(user.Scope).AnyAsync(c => c.Id == existing.Id, cancellationToken);
        return new SaveResult(SaveOutcome.DuplicateCitizenId, id,
            new Dictionary<string, string[]> { [nameof(CandidateForm.CitizenId)] = [readable ? "DuplicateCitizenId" : "DuplicateCitizenIdElsewhere"] },
            readable ? existing.Id : null);
    }

    private async Task<int?> PossibleDuplicateAsync(AppDbContext db, CandidateForm form, int? id, CancellationToken cancellationToken)
    {
        var key = VietnameseText.SearchKey(form.FullName);
        return await db.Candidates.ReadableBy(user.Scope)
            .Where(c => c.SearchKey == key && c.BirthDate == form.BirthDate && c.Id != id)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<Candidate?> EditableAsync(AppDbContext db, int id, CancellationToken cancellationToken, bool allowDecisionRecorders = false)
    {
        var query = db.Candidates.Include(c => c.Helpers).Include(c => c.StageChanges).AsSplitQuery();
        var candidate = await query.EditableBy(user.Scope).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (candidate is null && allowDecisionRecorders && user.Scope.Allows(Operation.RecordDecisions))
        {
            candidate = await query.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        }

        if (candidate is null && await db.Candidates.AnyAsync(c => c.Id == id, cancellationToken))
        {
            await audit.DeniedAsync(user, nameof(Candidate), id.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }

        return candidate;
    }

    private async Task<PathCheck?> SaveStepAsync(AppDbContext db, Candidate candidate, Guid version, PathCheck check, CancellationToken cancellationToken)
    {
        if (!check.Allowed)
        {
            return check;
        }

        db.Entry(candidate).Property(c => c.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new PathCheck([RuleViolation.Error(RuleCode.Conflict)]);
        }

        return check;
    }

    private static void Touch(AppDbContext db, Candidate candidate, Guid version)
    {
        // A helper change is a change of the candidate: its version moves, and a stale form is refused.
        db.Entry(candidate).Property(c => c.Version).OriginalValue = version;
        db.Entry(candidate).State = EntityState.Modified;
    }

    private async Task<SaveResult> SaveAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult(SaveOutcome.Saved, id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult(SaveOutcome.Conflict, id, Changed: []);
        }
    }

    private async Task<SaveResult> ConflictAsync(int id, CandidateForm loaded, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var current = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return current is null
            ? new SaveResult(SaveOutcome.NotFound)
            : new SaveResult(SaveOutcome.Conflict, id, Changed: Differences(loaded, CandidateForm.From(current)));
    }

    /// <summary>Fields whose saved value now differs from the one the user loaded: what the other editor changed.</summary>
    private static List<string> Differences(CandidateForm loaded, CandidateForm saved)
    {
        var names = new List<string>();
        foreach (var property in typeof(CandidateForm).GetProperties().Where(p => p.Name != nameof(CandidateForm.Version)))
        {
            var a = property.GetValue(saved);
            var b = property.GetValue(loaded);
            if (!Equals(a is string s1 ? VietnameseText.Normalize(s1) : a, b is string s2 ? VietnameseText.Normalize(s2) : b))
            {
                names.Add(property.Name);
            }
        }

        return names;
    }

    private Dictionary<string, string[]> HelperErrors(string name, string? cardNumber, DateOnly on)
    {
        var errors = new Dictionary<string, string[]>();
        var normalized = VietnameseText.Normalize(name);
        if (normalized.Length == 0)
        {
            errors["HelperName"] = ["Required"];
        }
        else if (normalized.Length > 120)
        {
            errors["HelperName"] = ["TooLong:120"];
        }

        if (cardNumber is { Length: > 30 })
        {
            errors["HelperCard"] = ["TooLong:30"];
        }

        if (on > VietnamTime.Today(clock) || on < new DateOnly(1990, 1, 1))
        {
            errors["AssignedOn"] = ["DateImplausible"];
        }

        return errors;
    }

    private async Task<(RuleSettings, WorkingCalendar)> RulesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await RulesStore.LoadSettingsAsync(db, cancellationToken), await RulesStore.LoadCalendarAsync(db, cancellationToken));

    private Recorder Recorder() => new(user.Name, VietnamTime.Now(clock));

    private static string? Clean(string? text) => VietnameseText.Normalize(text) is { Length: > 0 } t ? t[..Math.Min(t.Length, 500)] : null;
}
