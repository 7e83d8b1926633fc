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

    /// <summary>
    /// The last day on which the cell resolution can still be held before the candidate is older than the age
    /// limit (60 years); not listed when the provincial standing committee has consented to an older candidate.
    /// </summary>
    TurnsSixty,
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

            // Listed once it falls within the documents' validity (12 months) of the as-of date: a dossier put
            // together today must reach the cell resolution within that time, so a later age limit cannot block
            // it, and a 25-year-old's sixtieth birthday is not a deadline anyone acts on.
            if (LastDayWithinAgeLimit(candidate, settings) is { } lastDay && lastDay <= asOf.AddMonths(settings.DocumentValidityMonths))
            {
                Add(DeadlineKind.TurnsSixty, lastDay);
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

    /// <summary>
    /// The last day on which the age check at the cell resolution still passes: the day before the candidate is
    /// one month older than <see cref="RuleSettings.MaxAgeMonths"/>. Like the other deadlines, the due date is the
    /// last day the step can be taken; from the next day on the candidate is too old. Null with written consent.
    /// </summary>
    public static DateOnly? LastDayWithinAgeLimit(Candidate candidate, RuleSettings settings) =>
        string.IsNullOrWhiteSpace(candidate.OverAgeConsentRef)
            ? AgeRules.DateTurning(candidate.BirthDate, settings.MaxAgeMonths + 1).AddDays(-1)
            : null;

    /// <summary>The worst state among a candidate's deadlines (null when none is open).</summary>
    public static DeadlineState? Worst(IEnumerable<Deadline> deadlines) =>
        deadlines.Select(d => (DeadlineState?)d.State).DefaultIfEmpty(null).Max();
}
