using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Domain.Rules;

public enum DeadlineKind
{
    /// <summary>The awareness-course certificate must still be valid at the cell resolution.</summary>
    CertificateExpiry,
    ApplicationExpiry,
    PersonalHistoryExpiry,
    IntroductionExpiry,

    /// <summary>Admission decision within 60 (+30) working days of the cell resolution.</summary>
    Decision,

    /// <summary>Ceremony within 30 working days of the decision.</summary>
    Ceremony,

    /// <summary>Recognition as official member within 30 working days after 12 months of probation.</summary>
    Recognition,
}

public enum DeadlineState
{
    Pending,
    DueSoon,
    Overdue,
}

/// <param name="DaysLeft">Calendar days from the as-of date to the due date; negative when overdue.</param>
/// <param name="WorkingDaysLeft">Working days left; negative counts working days overdue.</param>
public sealed record Deadline(DeadlineKind Kind, DateOnly DueOn, DeadlineState State, int DaysLeft, int WorkingDaysLeft);

/// <summary>A candidate's open deadlines as of a date, each with its due/overdue state.</summary>
public static class Deadlines
{
    public static IReadOnlyList<Deadline> For(Candidate candidate, DateOnly asOf, RuleSettings settings, WorkingCalendar calendar)
    {
        var stage = AdmissionPath.StageOn(candidate, asOf);
        if (stage is null)
        {
            return [];
        }

        var list = new List<Deadline>();
        void Add(DeadlineKind kind, DateOnly due)
        {
            var days = due.DayNumber - asOf.DayNumber;
            var state = days < 0 ? DeadlineState.Overdue
                : days <= settings.DueSoonDays ? DeadlineState.DueSoon
                : DeadlineState.Pending;
            list.Add(new Deadline(kind, due, state, days, calendar.WorkingDaysBetween(asOf, due)));
        }

        if (stage < Stage.CellResolution)
        {
            // Documents must still be valid on the day of the cell resolution: warn before they lapse.
            if (candidate.CertificateOn is { } certificate)
            {
                Add(DeadlineKind.CertificateExpiry, certificate.AddMonths(settings.CertificateValidityMonths));
            }

            if (candidate.ApplicationOn is { } application)
            {
                Add(DeadlineKind.ApplicationExpiry, application.AddMonths(settings.DocumentValidityMonths));
            }

            if (candidate.PersonalHistoryOn is { } history)
            {
                Add(DeadlineKind.PersonalHistoryExpiry, history.AddMonths(settings.DocumentValidityMonths));
            }

            if (candidate.IntroductionOn is { } introduction)
            {
                Add(DeadlineKind.IntroductionExpiry, introduction.AddMonths(settings.DocumentValidityMonths));
            }
        }
        else if (stage is Stage.CellResolution or Stage.CommitteeReview && candidate.CellResolutionOn is { } resolution)
        {
            var days = settings.DecisionWorkingDays + (candidate.DecisionExtended ? settings.DecisionExtensionWorkingDays : 0);
            Add(DeadlineKind.Decision, calendar.AddWorkingDays(resolution, days));
        }
        else if (stage == Stage.Decision && candidate.DecisionOn is { } decision)
        {
            Add(DeadlineKind.Ceremony, calendar.AddWorkingDays(decision, settings.CeremonyWorkingDays));
        }
        else if (stage == Stage.Probationary && candidate.AdmittedOn is { } admitted)
        {
            var probationEnds = admitted.AddMonths(settings.ProbationMonths);
            Add(DeadlineKind.Recognition, calendar.AddWorkingDays(probationEnds, settings.RecognitionWorkingDays));
        }

        return list;
    }

    /// <summary>The worst state among a candidate's deadlines (null when none is open).</summary>
    public static DeadlineState? Worst(IEnumerable<Deadline> deadlines) =>
        deadlines.Select(d => (DeadlineState?)d.State).DefaultIfEmpty(null).Max();
}
