using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Units;

/// <summary>A ward or commune with its cells, as the units page lists them.</summary>
public sealed record WardItem(
    int Id, string Code, string Name, UnitKind Kind, string? PartyCommitteeName, DateOnly ValidFrom, DateOnly? ValidTo,
    int? SuccessorId, string? SuccessorName, Guid Version, bool IsCurrent, IReadOnlyList<CellItem> Cells)
{
    public WardForm ToForm() => new()
    {
        Id = Id, Version = Version, Code = Code, Name = Name, Kind = Kind, PartyCommitteeName = PartyCommitteeName,
        ValidFrom = UnitDates.ForForm(ValidFrom), ValidTo = ValidTo, SuccessorId = SuccessorId,
    };
}

/// <param name="HasCandidates">Some candidate (also a deleted one) belongs to the cell: it can be closed, never deleted.</param>
public sealed record CellItem(
    int Id, int WardId, string Name, CellKind Kind, string? ResidentialZone, DateOnly ValidFrom, DateOnly? ValidTo,
    Guid Version, bool IsCurrent, bool HasCandidates)
{
    public CellForm ToForm() => new()
    {
        Id = Id, Version = Version, WardId = WardId, Name = Name, Kind = Kind, ResidentialZone = ResidentialZone,
        ValidFrom = UnitDates.ForForm(ValidFrom), ValidTo = ValidTo,
    };
}

/// <summary>What a unit operation did: the record's id, or an error code the page words ("Units_Error_{code}").</summary>
public sealed record UnitResult(bool Succeeded, string? Error = null, int? Id = null)
{
    public static UnitResult Ok(int id) => new(true, null, id);

    public static UnitResult Fail(string error) => new(false, error);
}

/// <summary>
/// Wards (validity period, successor) and their party cells, managed by administrators and the city committee
/// (<see cref="Operation.ManageUnits"/>, demanded by every call). Each call opens its own database context; edits
/// carry the version their form loaded and are refused ("Conflict") when the record changed since, so nothing
/// is overwritten. History is never rewritten: a unit that ends gets a last day, and a cell that has
/// candidates can only be closed, never deleted.
/// </summary>
public sealed class UnitsService(IDbContextFactory<AppDbContext> factory, CurrentUser user, TimeProvider clock)
{
    public const string Conflict = "Conflict";
    public const string NotFound = "NotFound";
    public const string CellHasCandidates = "CellHasCandidates";

    // SQLITE_CONSTRAINT_UNIQUE: a unique index refused the row.
    private const int UniqueConstraintFailed = 2067;

    private readonly WardFormValidator _wardValidator = new();
    private readonly CellFormValidator _cellValidator = new();

    /// <summary>
    /// Every ward with its cells: current units first, wards before communes, in Vietnamese alphabetical
    /// order; within a ward current cells first, by kind, then in natural order ("Khu 2" before "Khu 10").
    /// </summary>
    public async Task<IReadOnlyList<WardItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ManageUnits);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var today = VietnamTime.Today(clock);
        var wards = await db.Wards.AsNoTracking().Include(w => w.Cells).ToListAsync(cancellationToken);
        var used = (await db.Candidates.IgnoreQueryFilters().Select(c => c.CellId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var names = wards.ToDictionary(w => w.Id, w => w.Name);
        return [.. wards
            .OrderBy(w => !IsCurrent(w.ValidTo, today)).ThenBy(w => w.Kind).ThenBy(w => w.Name, VietnameseOrder.Names)
            .Select(w => new WardItem(
                w.Id, w.Code, w.Name, w.Kind, w.PartyCommitteeName, w.ValidFrom, w.ValidTo,
                w.SuccessorId, w.SuccessorId is { } s ? names.GetValueOrDefault(s) : null, w.Version, IsCurrent(w.ValidTo, today),
                [.. w.Cells
                    .OrderBy(c => !IsCurrent(c.ValidTo, today)).ThenBy(c => c.Kind).ThenBy(c => c.Name.Length).ThenBy(c => c.Name, VietnameseOrder.Names)
                    .Select(c => new CellItem(c.Id, c.WardId, c.Name, c.Kind, c.ResidentialZone, c.ValidFrom, c.ValidTo, c.Version, IsCurrent(c.ValidTo, today), used.Contains(c.Id)))]))];
    }

    public async Task<UnitResult> CreateWardAsync(WardForm form, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ManageUnits);
        var clean = form.Normalized() with { Id = null };
        if (await FirstErrorAsync(_wardValidator, clean, cancellationToken) is { } invalid)
        {
            return UnitResult.Fail(invalid);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await CheckWardAsync(db, clean, cancellationToken) is { } error)
        {
            return UnitResult.Fail(error);
        }

        var ward = new Ward { Code = clean.Code, Name = clean.Name };
        Apply(ward, clean);
        db.Wards.Add(ward);
        return await SaveAsync(db, transaction, () => ward.Id, "CodeTaken", cancellationToken);
    }

    public async Task<UnitResult> UpdateWardAsync(WardForm form, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ManageUnits);
        var clean = form.Normalized();
        if (await FirstErrorAsync(_wardValidator, clean, cancellationToken) is { } invalid)
        {
            return UnitResult.Fail(invalid);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ward = await db.Wards.SingleOrDefaultAsync(w => w.Id == clean.Id, cancellationToken);
        if (ward is null)
        {
            return UnitResult.Fail(NotFound);
        }

        if (ward.Version != clean.Version)
        {
            return UnitResult.Fail(Conflict);
        }

        if (await CheckWardAsync(db, clean, cancellationToken) is { } error)
        {
            return UnitResult.Fail(error);
        }

        // The database refuses the update, too, when the row changed after it was read here.
        db.Entry(ward).Property(w => w.Version).OriginalValue = clean.Version;
        Apply(ward, clean);
        return await SaveAsync(db, transaction, () => ward.Id, "CodeTaken", cancellationToken);
    }

    public async Task<UnitResult> CreateCellAsync(CellForm form, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ManageUnits);
        var clean = form.Normalized() with { Id = null };
        if (await FirstErrorAsync(_cellValidator, clean, cancellationToken) is { } invalid)
        {
            return UnitResult.Fail(invalid);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await CheckCellAsync(db, clean, cancellationToken) is { } error)
        {
            return UnitResult.Fail(error);
        }

        var cell = new PartyCell { Name = clean.Name };
        Apply(cell, clean);
        db.Cells.Add(cell);
        return await SaveAsync(db, transaction, () => cell.Id, "CellNameTaken", cancellationToken);
    }

    /// <summary>Changes a cell. Its ward changes only while no candidate belongs to it.</summary>
    public async Task<UnitResult> UpdateCellAsync(CellForm form, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ManageUnits);
        var clean = form.Normalized();
        if (await FirstErrorAsync(_cellValidator, clean, cancellationToken) is { } invalid)
        {
            return UnitResult.Fail(invalid);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cell = await db.Cells.SingleOrDefaultAsync(c => c.Id == clean.Id, cancellationToken);
        if (cell is null)
        {
            return UnitResult.Fail(NotFound);
        }

        if (cell.Version != clean.Version)
        {
            return UnitResult.Fail(Conflict);
        }

        if (cell.WardId != clean.WardId && await HasCandidatesAsync(db, cell.Id, cancellationToken))
        {
            return UnitResult.Fail(CellHasCandidates);
        }

        if (await CheckCellAsync(db, clean, cancellationToken) is { } error)
        {
            return UnitResult.Fail(error);
        }

        db.Entry(cell).Property(c => c.Version).OriginalValue = clean.Version;
        Apply(cell, clean);
        return await SaveAsync(db, transaction, () => cell.Id, "CellNameTaken", cancellationToken);
    }

    /// <summary>Closes a cell: <paramref name="lastDay"/> is its last day. Its candidates and history stay.</summary>
    public async Task<UnitResult> CloseCellAsync(int id, Guid version, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ManageUnits);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cell = await db.Cells.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cell is null)
        {
            return UnitResult.Fail(NotFound);
        }

        if (cell.Version != version)
        {
            return UnitResult.Fail(Conflict);
        }

        if (!UnitDates.InRange(lastDay))
        {
            return UnitResult.Fail("DateOutOfRange");
        }

        if (!UnitDates.InOrder(cell.ValidFrom, lastDay))
        {
            return UnitResult.Fail("ValidToBeforeFrom");
        }

        db.Entry(cell).Property(c => c.Version).OriginalValue = version;
        cell.ValidTo = lastDay;
        return await SaveAsync(db, transaction, () => cell.Id, "Other", cancellationToken);
    }

    /// <summary>
    /// Deletes (soft: hidden, restorable, audited) a cell no candidate has ever belonged to, deleted candidates
    /// included; any other cell is refused with <see cref="CellHasCandidates"/> and can only be closed.
    /// </summary>
    public async Task<UnitResult> DeleteCellAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        user.Demand(Operation.ManageUnits);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cell = await db.Cells.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cell is null)
        {
            return UnitResult.Fail(NotFound);
        }

        if (cell.Version != version)
        {
            return UnitResult.Fail(Conflict);
        }

        if (await HasCandidatesAsync(db, id, cancellationToken))
        {
            return UnitResult.Fail(CellHasCandidates);
        }

        // The deleted row keeps the ward's unique index on cell names: free the name for a future cell.
        db.Entry(cell).Property(c => c.Version).OriginalValue = version;
        cell.Name = DeletedName(cell);
        db.Cells.Remove(cell);
        return await SaveAsync(db, transaction, () => cell.Id, "Other", cancellationToken);
    }

    private static bool IsCurrent(DateOnly? validTo, DateOnly today) => validTo is null || validTo >= today;

    private static async Task<string?> FirstErrorAsync<T>(FluentValidation.IValidator<T> validator, T form, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(form, cancellationToken);
        return result.IsValid ? null : result.Errors[0].ErrorMessage;
    }

    private static async Task<string?> CheckWardAsync(AppDbContext db, WardForm form, CancellationToken cancellationToken)
    {
        // Codes are compared without regard to case; the index only knows exact text.
        var code = form.Code.ToUpperInvariant();
        var codes = await db.Wards.IgnoreQueryFilters().Where(w => w.Id != form.Id).Select(w => w.Code).ToListAsync(cancellationToken);
        if (codes.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase)))
        {
            return "CodeTaken";
        }

        if (form.SuccessorId is not { } successorId)
        {
            return null;
        }

        var wards = await db.Wards.AsNoTracking().Select(w => new { w.Id, w.SuccessorId, w.ValidFrom, w.ValidTo }).ToDictionaryAsync(w => w.Id, cancellationToken);
        if (!wards.TryGetValue(successorId, out var successor))
        {
            return "SuccessorUnknown";
        }

        // The successor takes over the next day, so it must exist then.
        var takeover = form.ValidTo!.Value.AddDays(1);
        if (successor.ValidFrom > takeover || (successor.ValidTo is { } end && end < takeover))
        {
            return "SuccessorNotValid";
        }

        // No circles: following successors from the new one must never come back to this ward.
        var seen = new HashSet<int>();
        for (int? next = successorId; next is { } at && seen.Add(at); next = wards.GetValueOrDefault(at)?.SuccessorId)
        {
            if (at == form.Id)
            {
                return "SuccessorCycle";
            }
        }

        return null;
    }

    private static async Task<string?> CheckCellAsync(AppDbContext db, CellForm form, CancellationToken cancellationToken)
    {
        if (!await db.Wards.AnyAsync(w => w.Id == form.WardId, cancellationToken))
        {
            return "WardUnknown";
        }

        // Same name in the same ward, in any case: two cells a secretary cannot tell apart.
        var key = Domain.Text.VietnameseText.ExactKey(form.Name);
        var names = await db.Cells.Where(c => c.WardId == form.WardId && c.Id != form.Id).Select(c => c.Name).ToListAsync(cancellationToken);
        return names.Any(n => Domain.Text.VietnameseText.ExactKey(n) == key) ? "CellNameTaken" : null;
    }

    private static Task<bool> HasCandidatesAsync(AppDbContext db, int cellId, CancellationToken cancellationToken) =>
        db.Candidates.IgnoreQueryFilters().AnyAsync(c => c.CellId == cellId, cancellationToken);

    private static string DeletedName(PartyCell cell)
    {
        var suffix = $" [#{cell.Id}]";
        var room = CellFormValidator.NameMaxLength - suffix.Length;
        return (cell.Name.Length > room ? cell.Name[..room] : cell.Name) + suffix;
    }

    private static void Apply(Ward ward, WardForm form)
    {
        ward.Code = form.Code;
        ward.Name = form.Name;
        ward.Kind = form.Kind;
        ward.PartyCommitteeName = form.PartyCommitteeName;
        ward.ValidFrom = form.ValidFrom ?? UnitDates.Beginning;
        ward.ValidTo = form.ValidTo;
        ward.SuccessorId = form.ValidTo is null ? null : form.SuccessorId;
    }

    private static void Apply(PartyCell cell, CellForm form)
    {
        cell.WardId = form.WardId!.Value;
        cell.Name = form.Name;
        cell.Kind = form.Kind;
        cell.ResidentialZone = form.ResidentialZone;
        cell.ValidFrom = form.ValidFrom ?? UnitDates.Beginning;
        cell.ValidTo = form.ValidTo;
    }

    /// <summary>
    /// Saves and commits. A concurrency failure is a <see cref="Conflict"/>; a unique index that refuses the
    /// row (someone saved the same code or name meanwhile) is <paramref name="duplicateError"/>. Either way
    /// the transaction rolls back and nothing is written, audit rows included.
    /// </summary>
    private static async Task<UnitResult> SaveAsync(
        AppDbContext db, IDbContextTransaction transaction, Func<int> id, string duplicateError, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return UnitResult.Ok(id());
        }
        catch (DbUpdateConcurrencyException)
        {
            return UnitResult.Fail(Conflict);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: UniqueConstraintFailed })
        {
            return UnitResult.Fail(duplicateError);
        }
    }
}
