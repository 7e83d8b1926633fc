using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Web.Features.Deadlines;

public enum DeadlineSort
{
    DueOn,
    Name,
    Ward,
}

/// <param name="State">Only <see cref="DeadlineState.DueSoon"/> and <see cref="DeadlineState.Overdue"/> are ever listed.</param>
public sealed record DeadlineQuery(
    int? WardId = null,
    DeadlineKind? Kind = null,
    DeadlineState? State = null,
    DeadlineSort Sort = DeadlineSort.DueOn,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25)
{
    public const int MaxPageSize = 100;
}

public sealed record DeadlineRow(
    int CandidateId,
    string FullName,
    string Ward,
    string Cell,
    Stage Stage,
    DeadlineKind Kind,
    DateOnly DueOn,
    int DaysLeft,
    int WorkingDaysLeft,
    DeadlineState State);

/// <param name="Total">Rows matching every filter (all pages).</param>
/// <param name="Overdue">Overdue items matching the ward and kind filters, whatever the state filter.</param>
/// <param name="DueSoon">Items due soon matching the ward and kind filters, whatever the state filter.</param>
/// <param name="DueSoonDays">How many days ahead "due soon" looks (a setting).</param>
public sealed record DeadlinePage(IReadOnlyList<DeadlineRow> Rows, int Total, int Overdue, int DueSoon, DateOnly AsOf, int DueSoonDays);

/// <summary>
/// Deadlines due in the coming days (<see cref="RuleSettings.DueSoonDays"/>) or already missed, for the candidates
/// of the wards the signed-in user may read. The database narrows the candidates to those whose stage and dates
/// can give such a deadline; the rules themselves (<see cref="Domain.Rules.Deadlines"/>) decide each item.
/// </summary>
public sealed class DeadlinesService(IDbContextFactory<AppDbContext> factory, CurrentUser user, TimeProvider clock)
{
    public async Task<DeadlinePage> ListAsync(DeadlineQuery query, CancellationToken cancellationToken = default)
    {
        var (sorted, overdue, dueSoon, today, dueSoonDays) = await ComputeAsync(query, cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, DeadlineQuery.MaxPageSize);
        var rows = sorted.Skip(Math.Max(0, query.Page) * size).Take(size).ToList();
        return new DeadlinePage(rows, sorted.Count, overdue, dueSoon, today, dueSoonDays);
    }

    /// <summary>
    /// Every row of the list for this query, in its order, without paging (the Excel exports). The rules decide
    /// each item in memory anyway, and only candidates with a due or missed deadline are read.
    /// </summary>
    public async Task<DeadlinePage> AllAsync(DeadlineQuery query, CancellationToken cancellationToken = default)
    {
        var (sorted, overdue, dueSoon, today, dueSoonDays) = await ComputeAsync(query, cancellationToken);
        return new DeadlinePage(sorted, sorted.Count, overdue, dueSoon, today, dueSoonDays);
    }

    /// <summary>Ids of the candidates in the user's scope with a deadline in this state (the candidate list's filter).</summary>
    public async Task<IReadOnlyCollection<int>> CandidateIdsAsync(DeadlineState state, int? wardId = null, CancellationToken cancellationToken = default)
    {
        var (sorted, _, _, _, _) = await ComputeAsync(new DeadlineQuery(WardId: wardId, State: state), cancellationToken);
        return sorted.Select(r => r.CandidateId).ToHashSet();
    }

    private async Task<(List<DeadlineRow> Sorted, int Overdue, int DueSoon, DateOnly Today, int DueSoonDays)> ComputeAsync(DeadlineQuery query, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var settings = await RulesStore.LoadSettingsAsync(db, cancellationToken);
        if (query.State == DeadlineState.Pending)
        {
            // Pending deadlines are not this page's business.
            return ([], 0, 0, today, settings.DueSoonDays);
        }

        var candidates = db.Candidates.AsNoTracking().ReadableBy(user.Scope);
        if (query.WardId is { } wardId)
        {
            // A ward outside the user's scope matches nothing: the scope filter above already applies.
            candidates = candidates.Where(c => c.WardId == wardId);
        }

        var open = await WithDueDeadlines(candidates, query.Kind, today, settings)
            .Select(c => new
            {
                c.Id,
                c.FullName,
                Ward = c.Ward!.Name,
                Cell = c.Cell!.Name,
                c.Stage,
                c.BirthDate,
                c.OverAgeConsentRef,
                c.SourceOn,
                c.SympathiserOn,
                c.DossierOn,
                c.VerificationOn,
                c.CellResolutionOn,
                c.CommitteeReviewOn,
                c.DecisionOn,
                c.DecisionExtended,
                c.AdmittedOn,
                c.CertificateOn,
                c.ApplicationOn,
                c.PersonalHistoryOn,
                c.IntroductionOn,
                c.DroppedOn,
                c.LastDroppedOn,
                c.ReinstatedOn,
            })
            .ToListAsync(cancellationToken);
        var calendar = open.Count == 0 ? WorkingCalendar.Empty : await RulesStore.LoadCalendarAsync(db, cancellationToken);

        var items = new List<DeadlineRow>();
        foreach (var c in open)
        {
            // Only what the rules need: no personal data beyond the name travels further.
            var candidate = new Candidate
            {
                FullName = c.FullName,
                CitizenId = "",
                Stage = c.Stage,
                BirthDate = c.BirthDate,
                OverAgeConsentRef = c.OverAgeConsentRef,
                SourceOn = c.SourceOn,
                SympathiserOn = c.SympathiserOn,
                DossierOn = c.DossierOn,
                VerificationOn = c.VerificationOn,
                CellResolutionOn = c.CellResolutionOn,
                CommitteeReviewOn = c.CommitteeReviewOn,
                DecisionOn = c.DecisionOn,
                DecisionExtended = c.DecisionExtended,
                AdmittedOn = c.AdmittedOn,
                CertificateOn = c.CertificateOn,
                ApplicationOn = c.ApplicationOn,
                PersonalHistoryOn = c.PersonalHistoryOn,
                IntroductionOn = c.IntroductionOn,
                DroppedOn = c.DroppedOn,
                LastDroppedOn = c.LastDroppedOn,
                ReinstatedOn = c.ReinstatedOn,
            };
            foreach (var d in Domain.Rules.Deadlines.For(candidate, today, settings, calendar))
            {
                if (d.State != DeadlineState.Pending && (query.Kind is null || d.Kind == query.Kind))
                {
                    items.Add(new DeadlineRow(c.Id, c.FullName, c.Ward, c.Cell, c.Stage, d.Kind, d.DueOn, d.DaysLeft, d.WorkingDaysLeft, d.State));
                }
            }
        }

        var overdue = items.Count(i => i.State == DeadlineState.Overdue);
        var dueSoon = items.Count - overdue;
        var matching = query.State is { } state ? items.Where(i => i.State == state) : items;
        return (Sort(matching, query.Sort, query.Descending).ToList(), overdue, dueSoon, today, settings.DueSoonDays);
    }

    /// <summary>
    /// Candidates on the path (not dropped, not yet official) whose stage and dates can give a deadline falling
    /// on or before the horizon (today + the "due soon" days). A superset: the rules decide each item exactly.
    /// </summary>
    private static IQueryable<Candidate> WithDueDeadlines(IQueryable<Candidate> candidates, DeadlineKind? kind, DateOnly today, RuleSettings settings)
    {
        var horizon = today.AddDays(settings.DueSoonDays);

        // due = issued + n months ≤ horizon ⇒ issued ≤ horizon − n months + 3 days (a month-end clamp moves at most 3 days).
        var certificateBy = horizon.AddMonths(-settings.CertificateValidityMonths).AddDays(3);
        var documentBy = horizon.AddMonths(-settings.DocumentValidityMonths).AddDays(3);

        // Last day within the age limit = birth + (max + 1) months − 1 day ≤ horizon.
        var bornBy = horizon.AddDays(1).AddMonths(-(settings.MaxAgeMonths + 1)).AddDays(3);

        // n working days are at least n calendar days.
        var resolutionBy = horizon.AddDays(-settings.DecisionWorkingDays);
        var decisionBy = horizon.AddDays(-settings.CeremonyWorkingDays);
        var admittedBy = horizon.AddDays(-settings.RecognitionWorkingDays).AddMonths(-settings.ProbationMonths).AddDays(3);

        bool Wants(DeadlineKind k) => kind is null || kind == k;
        var certificate = Wants(DeadlineKind.CertificateExpiry);
        var application = Wants(DeadlineKind.ApplicationExpiry);
        var history = Wants(DeadlineKind.PersonalHistoryExpiry);
        var introduction = Wants(DeadlineKind.IntroductionExpiry);
        var age = Wants(DeadlineKind.TurnsSixty);
        var decision = Wants(DeadlineKind.Decision);
        var ceremony = Wants(DeadlineKind.Ceremony);
        var recognition = Wants(DeadlineKind.Recognition);

        return candidates
            .Where(c => c.DroppedOn == null && c.Stage < Stage.Official && c.SourceOn <= today)
            .Where(c =>
                (c.Stage < Stage.CellResolution
                    && ((certificate && c.CertificateOn <= certificateBy)
                        || (application && c.ApplicationOn <= documentBy)
                        || (history && c.PersonalHistoryOn <= documentBy)
                        || (introduction && c.IntroductionOn <= documentBy)
                        || (age && c.BirthDate <= bornBy && (c.OverAgeConsentRef == null || c.OverAgeConsentRef.Trim() == ""))))
                || (decision && (c.Stage == Stage.CellResolution || c.Stage == Stage.CommitteeReview) && c.CellResolutionOn <= resolutionBy)
                || (ceremony && c.Stage == Stage.Decision && c.DecisionOn <= decisionBy)
                || (recognition && c.Stage == Stage.Probationary && c.AdmittedOn <= admittedBy));
    }

    private static IEnumerable<DeadlineRow> Sort(IEnumerable<DeadlineRow> rows, DeadlineSort sort, bool descending)
    {
        var names = VietnameseOrder.Names;
        var ordered = (sort, descending) switch
        {
            (DeadlineSort.Name, false) => rows.OrderBy(r => r.FullName, names).ThenBy(r => r.DueOn),
            (DeadlineSort.Name, true) => rows.OrderByDescending(r => r.FullName, names).ThenBy(r => r.DueOn),
            (DeadlineSort.Ward, false) => rows.OrderBy(r => r.Ward, names).ThenBy(r => r.DueOn).ThenBy(r => r.FullName, names),
            (DeadlineSort.Ward, true) => rows.OrderByDescending(r => r.Ward, names).ThenBy(r => r.DueOn).ThenBy(r => r.FullName, names),
            (_, false) => rows.OrderBy(r => r.DueOn).ThenBy(r => r.FullName, names),
            (_, true) => rows.OrderByDescending(r => r.DueOn).ThenBy(r => r.FullName, names),
        };
        return ordered.ThenBy(r => r.CandidateId).ThenBy(r => r.Kind);
    }
}
