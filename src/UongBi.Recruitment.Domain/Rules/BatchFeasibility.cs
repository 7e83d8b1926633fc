using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Domain.Rules;

/// <summary>Whether a candidate planned into an admission batch can still be admitted at its ceremony.</summary>
public enum BatchVerdict
{
    /// <summary>Decision recorded; the batch date is within the ceremony deadline.</summary>
    Ready,

    /// <summary>
    /// The ceremony on the batch date would be late (a warning, not a refusal): the decision is recorded but
    /// its ceremony deadline falls before the batch date, or even a decision on the last allowed day would
    /// leave the ceremony past its deadline.
    /// </summary>
    Late,

    /// <summary>At stage 5 or 6: a decision before the batch date is still possible within the deadlines.</summary>
    NeedsDecision,

    /// <summary>Cannot make the date: not yet at the cell resolution, or the decision deadline or the date has passed.</summary>
    Unlikely,

    /// <summary>Already admitted (stage 8 or 9).</summary>
    AlreadyAdmitted,

    /// <summary>Off the path.</summary>
    Dropped,
}

/// <summary>Why a candidate is <see cref="BatchVerdict.Unlikely"/>.</summary>
public enum BatchUnlikelyReason
{
    None,

    /// <summary>Before stage 5: the cell has not yet proposed the admission.</summary>
    BeforeCellResolution,

    /// <summary>The decision deadline (60 (+30) working days after the cell resolution) has passed.</summary>
    DecisionDeadlinePassed,

    /// <summary>No decision yet and the batch date is already behind: a decision can no longer precede it.</summary>
    NoTimeForDecision,

    /// <summary>The decision is dated after the batch: the ceremony cannot precede the decision.</summary>
    BatchBeforeDecision,
}

/// <param name="Verdict">The verdict.</param>
/// <param name="DueOn">
/// <see cref="BatchVerdict.Ready"/> / <see cref="BatchVerdict.Late"/>: the ceremony deadline (for a candidate
/// still awaiting the decision, the latest it can be);
/// <see cref="BatchVerdict.NeedsDecision"/>: the day by which the decision must be taken;
/// <see cref="BatchVerdict.Unlikely"/> with a passed deadline: that decision deadline; otherwise null.
/// </param>
/// <param name="Reason">Why it is unlikely (<see cref="BatchUnlikelyReason.None"/> for other verdicts).</param>
public sealed record BatchFeasibilityResult(BatchVerdict Verdict, DateOnly? DueOn = null, BatchUnlikelyReason Reason = BatchUnlikelyReason.None);

/// <summary>
/// Can a candidate still make an admission batch's date, given the statutory deadlines? Pure: the caller
/// passes today, the settings and the working calendar.
/// </summary>
public static class BatchFeasibility
{
    public static BatchFeasibilityResult Assess(
        Candidate candidate, DateOnly batchDate, DateOnly today, RuleSettings settings, WorkingCalendar calendar)
    {
        if (candidate.IsDropped)
        {
            return new(BatchVerdict.Dropped);
        }

        if (candidate.Stage >= Stage.Probationary)
        {
            return new(BatchVerdict.AlreadyAdmitted);
        }

        if (candidate.Stage == Stage.Decision && candidate.DecisionOn is { } decision)
        {
            var ceremonyDue = calendar.AddWorkingDays(decision, settings.CeremonyWorkingDays);
            if (batchDate < Latest(decision, candidate.ReinstatedOn))
            {
                return new(BatchVerdict.Unlikely, ceremonyDue, BatchUnlikelyReason.BatchBeforeDecision);
            }

            return new(batchDate <= ceremonyDue ? BatchVerdict.Ready : BatchVerdict.Late, ceremonyDue);
        }

        if (candidate.Stage is Stage.CellResolution or Stage.CommitteeReview && candidate.CellResolutionOn is { } resolution)
        {
            var days = settings.DecisionWorkingDays + (candidate.DecisionExtended ? settings.DecisionExtensionWorkingDays : 0);
            var decisionDue = calendar.AddWorkingDays(resolution, days);

            // The decision cannot be dated before the stage reached, and it is taken from today on.
            var earliest = Latest(Latest(candidate.DateOf(candidate.Stage) ?? resolution, candidate.ReinstatedOn), today);
            if (decisionDue < earliest)
            {
                return new(BatchVerdict.Unlikely, decisionDue, BatchUnlikelyReason.DecisionDeadlinePassed);
            }

            var latest = decisionDue < batchDate ? decisionDue : batchDate;
            if (latest < earliest)
            {
                return new(BatchVerdict.Unlikely, Reason: BatchUnlikelyReason.NoTimeForDecision);
            }

            // A later decision leaves the later ceremony deadline: deciding on the last possible day is the best case.
            var bestCeremonyDue = calendar.AddWorkingDays(latest, settings.CeremonyWorkingDays);
            return bestCeremonyDue >= batchDate
                ? new(BatchVerdict.NeedsDecision, latest)
                : new(BatchVerdict.Late, bestCeremonyDue);
        }

        return new(BatchVerdict.Unlikely, Reason: BatchUnlikelyReason.BeforeCellResolution);
    }

    private static DateOnly Latest(DateOnly a, DateOnly? b) => b is { } other && other > a ? other : a;
}
