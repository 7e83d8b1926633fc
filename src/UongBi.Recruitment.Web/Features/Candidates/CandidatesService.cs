using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Data.Queries;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Domain.Text;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Candidates;

public enum CandidateSort
{
    Name,
    Ward,
    Stage,
    AdmittedOn,
    SourceOn,
}

/// <summary>
/// What the candidates list shows. The filters after <see cref="Deadline"/> are the dashboard's drill-down: a
/// figure opens the list with exactly the rows it counts.
/// </summary>
/// <param name="Stage">The current stage; with <paramref name="AsOf"/>, the stage reached on that date. With
/// <paramref name="StageTo"/>, the first stage of an inclusive range.</param>
/// <param name="AsOf">Makes the stage filter "at that stage on this date, and on the path that day"; alone it filters nothing.</param>
/// <param name="StageTo">The last stage of an inclusive range; without <paramref name="Stage"/> the range starts at Source.</param>
/// <param name="AdmittedFrom">Admission ceremonies on or after this date (stage 8).</param>
/// <param name="AdmittedTo">Admission ceremonies on or before this date.</param>
/// <param name="CellScope">A target's scope: residential areas and villages only, or every cell.</param>
/// <param name="AgeUnder">Under this many whole years old at the admission ceremony (as AgeRules counts).</param>
public sealed record CandidateQuery(
    int? WardId = null,
    string? Search = null,
    Stage? Stage = null,
    int Page = 0,
    int PageSize = 25,
    int? CellId = null,
    Category? Category = null,
    int? AdmittedYear = null,
    Gender? Gender = null,
    CandidateSort Sort = CandidateSort.Name,
    bool Descending = false,
    DeadlineState? Deadline = null,
    DateOnly? AsOf = null,
    Stage? StageTo = null,
    DateOnly? AdmittedFrom = null,
    DateOnly? AdmittedTo = null,
    TargetScope? CellScope = null,
    CellKind? CellKind = null,
    int? AgeUnder = null)
{
    public const int MaxPageSize = 100;

    public const int MinAgeUnder = 1;

    public const int MaxAgeUnder = 120;

    /// <summary>
    /// The query with the values no filter can use removed. Filters come from addresses people edit and
    /// bookmark, so a bad value never throws. Unknown codes (stage, category, gender, scope, cell kind,
    /// deadline state) and an age limit outside 1..120 are <b>ignored</b>: the filter is dropped, as if absent,
    /// and the page shows no chip for it. A range that is well formed but holds nothing (admitted from a date
    /// after its end, a first stage after the last) is kept and gives an <b>empty result</b>: widening it would
    /// list rows the figure did not count.
    /// </summary>
    public CandidateQuery Checked() => this with
    {
        Stage = Known(Stage),
        StageTo = Known(StageTo),
        Category = Known(Category),
        Gender = Known(Gender),
        Deadline = Deadline is DeadlineState.DueSoon or DeadlineState.Overdue ? Deadline : null,
        CellScope = Known(CellScope),
        CellKind = Known(CellKind),
        AgeUnder = AgeUnder is >= MinAgeUnder and <= MaxAgeUnder ? AgeUnder : null,
    };

    private static T? Known<T>(T? value)
        where T : struct, Enum => value is { } v && Enum.IsDefined(v) ? v : null;
}

public sealed record CandidateRow(int Id, string FullName, string Ward, string Cell, Category Category, Stage Stage, bool Dropped, DateOnly? AdmittedOn);

public sealed record CandidatePage(IReadOnlyList<CandidateRow> Rows, int Total);

public sealed record WardOption(int Id, string Name);

/// <summary>One saved change of a candidate record: who, when, what kind, which fields (not their values).</summary>
public sealed record RecordChange(DateTimeOffset At, string? User, Data.Auditing.AuditAction Action, IReadOnlyList<string> Fields);

/// <summary>
/// Candidates as the signed-in user may see them: every query is cut to the wards the user's role can read,
/// and a record asked for by id outside that scope is answered as not found and logged as denied.
/// </summary>
public sealed class CandidatesService(
    IDbContextFactory<AppDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock, Deadlines.DeadlinesService deadlines)
{
    /// <summary>The wards the user may pick in a filter (a ward secretary: only her own).</summary>
    public async Task<IReadOnlyList<WardOption>> WardsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var wards = await ReadableWards(db.Wards).Select(w => new { w.Id, w.Name, w.Kind, w.ValidTo }).ToListAsync(cancellationToken);
        return [.. wards.Where(w => w.ValidTo is null).OrderBy(w => w.Kind).ThenBy(w => w.Name, VietnameseOrder.Names).Select(w => new WardOption(w.Id, w.Name))];
    }

    public async Task<CandidatePage> ListAsync(CandidateQuery query, CancellationToken cancellationToken = default)
    {
        query = query.Checked();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidates = await FilteredAsync(db, query, cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, CandidateQuery.MaxPageSize);
        var total = await candidates.CountAsync(cancellationToken);
        var rows = await Project(Sorted(candidates, query))
            .Skip(Math.Max(0, query.Page) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new CandidatePage(rows, total);
    }

    /// <summary>
    /// Every row the list would show for this query, in the list's order, without paging (the Excel export).
    /// Rows are read as they are written: the context lives as long as the enumeration, nothing is buffered.
    /// </summary>
    public async IAsyncEnumerable<CandidateRow> AllRowsAsync(
        CandidateQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query = query.Checked();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidates = await FilteredAsync(db, query, cancellationToken);
        await foreach (var row in Project(Sorted(candidates, query)).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>The user's readable candidates narrowed by every filter of a checked query.</summary>
    private async Task<IQueryable<Candidate>> FilteredAsync(AppDbContext db, CandidateQuery query, CancellationToken cancellationToken)
    {
        var candidates = Readable(db.Candidates);
        if (query.WardId is { } wardId)
        {
            // A ward outside the user's scope matches nothing: the scope filter above already applies.
            candidates = candidates.Where(c => c.WardId == wardId);
        }

        if (query.Stage is not null || query.StageTo is not null)
        {
            // A first stage after the last is an empty range (see CandidateQuery.Checked). As of a date, the
            // shared as-of filter answers, so the list counts what the dashboard counted.
            var first = query.Stage ?? Stage.Source;
            var last = query.StageTo ?? first;
            candidates = first > last ? candidates.Where(c => false)
                : query.AsOf is { } asOf ? candidates.AtStagesOn(first, last, asOf)
                : candidates.Where(c => c.Stage >= first && c.Stage <= last);
        }

        if (query.AdmittedFrom is not null || query.AdmittedTo is not null)
        {
            // An open end is unbounded; a start after the end matches no ceremony date, so the list is empty.
            candidates = candidates.AdmittedBetween(query.AdmittedFrom ?? DateOnly.MinValue, query.AdmittedTo ?? DateOnly.MaxValue);
        }

        if (query.CellScope is { } scope)
        {
            candidates = candidates.InCellScope(scope);
        }

        if (query.CellKind is { } kind)
        {
            candidates = candidates.Where(c => c.Cell!.Kind == kind);
        }

        if (query.AgeUnder is { } years)
        {
            candidates = candidates.UnderAgeAtAdmission(years);
        }

        if (query.CellId is { } cell)
        {
            candidates = candidates.Where(c => c.CellId == cell);
        }

        if (query.Category is { } category)
        {
            candidates = candidates.Where(c => c.Category == category);
        }

        if (query.Gender is { } gender)
        {
            candidates = candidates.Where(c => c.Gender == gender);
        }

        if (query.AdmittedYear is { } year and > 1900 and < 3000)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            candidates = candidates.Where(c => c.AdmittedOn >= from && c.AdmittedOn <= to);
        }

        if (query.Deadline is DeadlineState.DueSoon or DeadlineState.Overdue)
        {
            // Deadlines depend on working days and settings, so the rules compute them (for the scope only).
            var ids = await deadlines.CandidateIdsAsync(query.Deadline.Value, query.WardId, cancellationToken);
            candidates = candidates.Where(c => ids.Contains(c.Id));
        }

        // Diacritic- and case-insensitive through the stored search key.
        var key = VietnameseText.SearchKey(query.Search);
        if (key.Length > 0)
        {
            candidates = candidates.Where(c => c.SearchKey.Contains(key));
        }

        return candidates;
    }

    /// <summary>The list's order: what was typed with its exact marks ("Mai" vs "Mại") first, then the chosen sort, then id.</summary>
    private static IOrderedQueryable<Candidate> Sorted(IQueryable<Candidate> candidates, CandidateQuery query)
    {
        var key = VietnameseText.SearchKey(query.Search);
        var exact = VietnameseText.ExactKey(query.Search);
        var ordered = key.Length > 0 && exact != key
            ? candidates.OrderByDescending(c => c.ExactKey.Contains(exact))
            : candidates.OrderBy(c => 0);
        ordered = (query.Sort, query.Descending) switch
        {
            (CandidateSort.Ward, false) => ordered.ThenBy(c => c.Ward!.Name).ThenBy(c => c.SearchKey),
            (CandidateSort.Ward, true) => ordered.ThenByDescending(c => c.Ward!.Name).ThenBy(c => c.SearchKey),
            (CandidateSort.Stage, false) => ordered.ThenBy(c => c.Stage).ThenBy(c => c.SearchKey),
            (CandidateSort.Stage, true) => ordered.ThenByDescending(c => c.Stage).ThenBy(c => c.SearchKey),
            (CandidateSort.AdmittedOn, false) => ordered.ThenBy(c => c.AdmittedOn).ThenBy(c => c.SearchKey),
            (CandidateSort.AdmittedOn, true) => ordered.ThenByDescending(c => c.AdmittedOn).ThenBy(c => c.SearchKey),
            (CandidateSort.SourceOn, false) => ordered.ThenBy(c => c.SourceOn).ThenBy(c => c.SearchKey),
            (CandidateSort.SourceOn, true) => ordered.ThenByDescending(c => c.SourceOn).ThenBy(c => c.SearchKey),
            (_, true) => ordered.ThenByDescending(c => c.SearchKey),
            _ => ordered.ThenBy(c => c.SearchKey),
        };
        return ordered.ThenBy(c => c.Id);
    }

    private static IQueryable<CandidateRow> Project(IQueryable<Candidate> candidates) =>
        candidates.Select(c => new CandidateRow(c.Id, c.FullName, c.Ward!.Name, c.Cell!.Name, c.Category, c.Stage, c.DroppedOn != null, c.AdmittedOn));

    /// <summary>One candidate with helpers and history, or null when it does not exist or is outside the scope.</summary>
    public async Task<Candidate?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var candidate = await Readable(db.Candidates)
            .AsNoTracking()
            .Include(c => c.Ward).Include(c => c.Cell).Include(c => c.Helpers).Include(c => c.StageChanges)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (candidate is null && await db.Candidates.AnyAsync(c => c.Id == id, cancellationToken))
        {
            await audit.DeniedAsync(user, nameof(Candidate), id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }

        return candidate;
    }

    /// <summary>The audit trail of one candidate the user may read, newest first.</summary>
    public async Task<IReadOnlyList<RecordChange>> ChangesAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await Readable(db.Candidates).AnyAsync(c => c.Id == id, cancellationToken))
        {
            return [];
        }

        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = await db.HistoryAsync(nameof(Candidate), [key], 100, cancellationToken);
        return [.. rows.Select(a => new RecordChange(a.At, a.User, a.Action, [.. a.Fields.Select(f => f.Name)
            .Where(n => n is not ("SearchKey" or "ExactKey" or "CreatedAt" or "CreatedBy" or "Id"))]))];
    }

    /// <summary>Cells of a ward the user may read, for the list's filter.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> CellsAsync(int wardId, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var cells = await db.Cells.ReadableBy(user.Scope).Where(c => c.WardId == wardId).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        return [.. cells.OrderBy(c => c.Name.Length).ThenBy(c => c.Name, VietnameseOrder.Names).Select(c => (c.Id, c.Name))];
    }

    /// <summary>The candidate's open deadlines today, with the settings and holidays in force.</summary>
    public async Task<IReadOnlyList<Deadline>> DeadlinesAsync(Candidate candidate, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var settings = await Data.Settings.RulesStore.LoadSettingsAsync(db, cancellationToken);
        var calendar = await Data.Settings.RulesStore.LoadCalendarAsync(db, cancellationToken);
        return Domain.Rules.Deadlines.For(candidate, Domain.Calendar.VietnamTime.Today(clock), settings, calendar);
    }

    private IQueryable<Candidate> Readable(IQueryable<Candidate> candidates) => candidates.ReadableBy(user.Scope);

    private IQueryable<Ward> ReadableWards(IQueryable<Ward> wards) => wards.ReadableBy(user.Scope);
}
