using System.Globalization;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Domain.Rules;

/// <summary>A request to move a candidate one stage forward.</summary>
public sealed record AdvanceRequest(
    Stage To,
    DateOnly On,
    string? DocumentRef = null,
    string? Note = null,
    int? VotesFor = null,
    int? VotesEligible = null);

/// <summary>Who records a change and when (the caller's clock: the domain has none).</summary>
public readonly record struct Recorder(string? User, DateTimeOffset Now)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.Date);
}

/// <summary>
/// The statutory admission path: one stage at a time, dates never going backwards, each step checked
/// against the rules of the stage it enters and kept in the candidate's history.
/// </summary>
public static class AdmissionPath
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Stage? Next(Stage stage) => stage == Stage.Official ? null : stage + 1;

    /// <summary>Stages that need a document reference (resolution or decision number) to be entered.</summary>
    public static bool RequiresDocument(Stage stage) =>
        stage is Stage.Sympathiser or Stage.Verification or Stage.CellResolution
            or Stage.CommitteeReview or Stage.Decision or Stage.Official;

    /// <summary>Checks a step without changing anything.</summary>
    public static PathCheck CheckAdvance(
        Candidate candidate, AdvanceRequest request, RuleSettings settings, WorkingCalendar calendar, DateOnly today)
    {
        var violations = new List<RuleViolation>();
        if (candidate.IsDropped)
        {
            return new PathCheck([RuleViolation.Error(RuleCode.CandidateDropped)]);
        }

        if (candidate.Stage == Stage.Official)
        {
            return new PathCheck([RuleViolation.Error(RuleCode.AlreadyOfficial)]);
        }

        if (request.To != Next(candidate.Stage))
        {
            return new PathCheck([RuleViolation.Error(RuleCode.StageSkipped, Next(candidate.Stage)?.ToString())]);
        }

        var previous = Latest(candidate.DateOf(candidate.Stage), candidate.ReinstatedOn);
        if (previous is { } prev && request.On < prev)
        {
            violations.Add(RuleViolation.Error(RuleCode.DateBeforePreviousStage, prev.ToString("O", Invariant)));
        }

        if (request.On > today)
        {
            violations.Add(RuleViolation.Error(RuleCode.DateInFuture));
        }

        if (RequiresDocument(request.To) && string.IsNullOrWhiteSpace(request.DocumentRef))
        {
            violations.Add(RuleViolation.Error(RuleCode.DocumentRequired));
        }

        switch (request.To)
        {
            case Stage.Sympathiser:
                var helpers = candidate.ActiveHelpers.Count(h => h.AssignedOn <= request.On);
                if (helpers < settings.RequiredHelpers)
                {
                    violations.Add(RuleViolation.Error(RuleCode.NotEnoughHelpers, settings.RequiredHelpers.ToString(Invariant)));
                }

                break;
            case Stage.Dossier:
                CheckDossierPresent(candidate, request.On, violations);
                break;
            case Stage.CellResolution:
                CheckCellResolution(candidate, request, settings, violations);
                break;
            case Stage.CommitteeReview:
                CheckVotes(request, settings, violations);
                break;
            case Stage.Decision:
                if (candidate.CellResolutionOn is { } resolution)
                {
                    var days = settings.DecisionWorkingDays + (candidate.DecisionExtended ? settings.DecisionExtensionWorkingDays : 0);
                    var due = calendar.AddWorkingDays(resolution, days);
                    if (request.On > due)
                    {
                        violations.Add(RuleViolation.Warning(RuleCode.DecisionLate, due.ToString("O", Invariant)));
                    }
                }

                break;
            case Stage.Probationary:
                if (candidate.DecisionOn is { } decision)
                {
                    var due = calendar.AddWorkingDays(decision, settings.CeremonyWorkingDays);
                    if (request.On > due)
                    {
                        violations.Add(RuleViolation.Warning(RuleCode.CeremonyLate, due.ToString("O", Invariant)));
                    }
                }

                break;
            case Stage.Official:
                if (candidate.AdmittedOn is { } admitted)
                {
                    var probationEnds = admitted.AddMonths(settings.ProbationMonths);
                    if (request.On < probationEnds)
                    {
                        violations.Add(RuleViolation.Error(RuleCode.ProbationNotOver, probationEnds.ToString("O", Invariant)));
                    }
                    else
                    {
                        var due = calendar.AddWorkingDays(probationEnds, settings.RecognitionWorkingDays);
                        if (request.On > due)
                        {
                            violations.Add(RuleViolation.Warning(RuleCode.RecognitionLate, due.ToString("O", Invariant)));
                        }
                    }
                }

                break;
        }

        return new PathCheck(violations);
    }

    /// <summary>Applies the step when the rules allow it and records it in the history.</summary>
    public static PathCheck Advance(
        Candidate candidate, AdvanceRequest request, RuleSettings settings, WorkingCalendar calendar, Recorder recorder)
    {
        var check = CheckAdvance(candidate, request, settings, calendar, recorder.Today);
        if (!check.Allowed)
        {
            return check;
        }

        var from = candidate.Stage;
        candidate.SetStage(request.To, request.On, request.DocumentRef?.Trim());
        if (request.To == Stage.CellResolution)
        {
            candidate.CellVotesFor = request.VotesFor;
            candidate.CellVotesEligible = request.VotesEligible;
        }
        else if (request.To == Stage.CommitteeReview)
        {
            candidate.CommitteeVotesFor = request.VotesFor;
            candidate.CommitteeVotesEligible = request.VotesEligible;
        }

        candidate.StageChanges.Add(new StageChange
        {
            Kind = StageChangeKind.Advanced,
            FromStage = from,
            ToStage = request.To,
            On = request.On,
            DocumentRef = request.DocumentRef?.Trim(),
            Note = request.Note,
            RecordedAt = recorder.Now,
            RecordedBy = recorder.User,
        });
        return check;
    }

    public static PathCheck CheckDrop(Candidate candidate, DateOnly on, DropReason reason, string? note, DateOnly today)
    {
        if (candidate.IsDropped)
        {
            return new PathCheck([RuleViolation.Error(RuleCode.CandidateDropped)]);
        }

        if (candidate.Stage == Stage.Official)
        {
            return new PathCheck([RuleViolation.Error(RuleCode.CannotDropOfficial)]);
        }

        var violations = new List<RuleViolation>();
        if (Latest(candidate.DateOf(candidate.Stage), candidate.ReinstatedOn) is { } previous && on < previous)
        {
            violations.Add(RuleViolation.Error(RuleCode.DateBeforePreviousStage, previous.ToString("O", Invariant)));
        }

        if (on > today)
        {
            violations.Add(RuleViolation.Error(RuleCode.DateInFuture));
        }

        if (reason == DropReason.Other && string.IsNullOrWhiteSpace(note))
        {
            violations.Add(RuleViolation.Error(RuleCode.NoteRequired));
        }

        return new PathCheck(violations);
    }

    /// <summary>Takes the candidate off the path with a reason; the stage reached is kept.</summary>
    public static PathCheck Drop(Candidate candidate, DateOnly on, DropReason reason, string? note, Recorder recorder)
    {
        var check = CheckDrop(candidate, on, reason, note, recorder.Today);
        if (!check.Allowed)
        {
            return check;
        }

        candidate.DroppedOn = on;
        candidate.DropReason = reason;
        candidate.DropNote = note;
        candidate.StageChanges.Add(new StageChange
        {
            Kind = StageChangeKind.Dropped,
            FromStage = candidate.Stage,
            ToStage = candidate.Stage,
            On = on,
            DropReason = reason,
            Note = note,
            RecordedAt = recorder.Now,
            RecordedBy = recorder.User,
        });
        return check;
    }

    /// <summary>Puts a dropped candidate back at the stage they had reached; a note is required.</summary>
    public static PathCheck Reinstate(Candidate candidate, DateOnly on, string? note, Recorder recorder)
    {
        if (!candidate.IsDropped)
        {
            return new PathCheck([RuleViolation.Error(RuleCode.CandidateNotDropped)]);
        }

        var violations = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(note))
        {
            violations.Add(RuleViolation.Error(RuleCode.NoteRequired));
        }

        if (candidate.DroppedOn is { } dropped && on < dropped)
        {
            violations.Add(RuleViolation.Error(RuleCode.DateBeforePreviousStage, dropped.ToString("O", Invariant)));
        }

        if (on > recorder.Today)
        {
            violations.Add(RuleViolation.Error(RuleCode.DateInFuture));
        }

        if (violations.Count > 0)
        {
            return new PathCheck(violations);
        }

        candidate.LastDroppedOn = candidate.DroppedOn;
        candidate.ReinstatedOn = on;
        candidate.DroppedOn = null;
        candidate.DropReason = null;
        candidate.DropNote = null;
        candidate.StageChanges.Add(new StageChange
        {
            Kind = StageChangeKind.Reinstated,
            FromStage = candidate.Stage,
            ToStage = candidate.Stage,
            On = on,
            Note = note,
            RecordedAt = recorder.Now,
            RecordedBy = recorder.User,
        });
        return PathCheck.Ok;
    }

    /// <summary>
    /// The stage a candidate had reached on <paramref name="asOf"/> (null if not yet a source, or dropped by
    /// then): "as of a date" figures must match what a report printed that day showed.
    /// </summary>
    public static Stage? StageOn(Candidate candidate, DateOnly asOf)
    {
        if (candidate.SourceOn > asOf || candidate.DroppedOn <= asOf
            || (candidate.LastDroppedOn <= asOf && asOf < candidate.ReinstatedOn))
        {
            return null;
        }

        for (var stage = candidate.Stage; stage > Stage.Source; stage--)
        {
            if (candidate.DateOf(stage) is { } on && on <= asOf)
            {
                return stage;
            }
        }

        return Stage.Source;
    }

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a > b || b is null ? a : b;

    private static void CheckDossierPresent(Candidate candidate, DateOnly on, List<RuleViolation> violations)
    {
        CheckPresent(candidate.CertificateOn, on, RuleCode.CertificateMissing, violations);
        if (string.IsNullOrWhiteSpace(candidate.CertificateNumber) && candidate.CertificateOn is not null)
        {
            violations.Add(RuleViolation.Error(RuleCode.CertificateMissing));
        }

        CheckPresent(candidate.ApplicationOn, on, RuleCode.ApplicationMissing, violations);
        CheckPresent(candidate.PersonalHistoryOn, on, RuleCode.PersonalHistoryMissing, violations);
        CheckPresent(candidate.IntroductionOn, on, RuleCode.IntroductionMissing, violations);
    }

    private static void CheckPresent(DateOnly? documentOn, DateOnly stageOn, RuleCode missing, List<RuleViolation> violations)
    {
        if (documentOn is null)
        {
            violations.Add(RuleViolation.Error(missing));
        }
        else if (documentOn > stageOn)
        {
            violations.Add(RuleViolation.Error(RuleCode.DocumentAfterStageDate, missing.ToString()));
        }
    }

    private static void CheckCellResolution(Candidate candidate, AdvanceRequest request, RuleSettings settings, List<RuleViolation> violations)
    {
        var on = request.On;
        var age = AgeRules.Check(candidate.BirthDate, on, settings, !string.IsNullOrWhiteSpace(candidate.OverAgeConsentRef));
        switch (age.Status)
        {
            case AgeStatus.TooYoung:
                violations.Add(RuleViolation.Error(RuleCode.TooYoung, AgeRules.DateTurning(candidate.BirthDate, settings.MinAgeMonths).ToString("O", Invariant)));
                break;
            case AgeStatus.TooOld:
                violations.Add(RuleViolation.Error(RuleCode.TooOld, age.Months.ToString(Invariant)));
                break;
            case AgeStatus.OverAgeWithConsent:
                violations.Add(RuleViolation.Warning(RuleCode.OverAgeWithConsent, candidate.OverAgeConsentRef));
                break;
        }

        if (candidate.GeneralEducation < GeneralEducation.LowerSecondary && string.IsNullOrWhiteSpace(candidate.EducationExceptionNote))
        {
            violations.Add(RuleViolation.Error(RuleCode.NoLowerSecondary));
        }

        CheckValidity(candidate.CertificateOn, settings.CertificateValidityMonths, on, RuleCode.CertificateMissing, RuleCode.CertificateExpired, violations);
        CheckValidity(candidate.ApplicationOn, settings.DocumentValidityMonths, on, RuleCode.ApplicationMissing, RuleCode.ApplicationExpired, violations);
        CheckValidity(candidate.PersonalHistoryOn, settings.DocumentValidityMonths, on, RuleCode.PersonalHistoryMissing, RuleCode.PersonalHistoryExpired, violations);
        CheckValidity(candidate.IntroductionOn, settings.DocumentValidityMonths, on, RuleCode.IntroductionMissing, RuleCode.IntroductionExpired, violations);
        CheckVotes(request, settings, violations);

        if (candidate.FormerMemberLeftOn is { } left && on < left.AddMonths(settings.ReadmissionMinMonths))
        {
            violations.Add(RuleViolation.Warning(RuleCode.ReadmissionTooSoon, left.AddMonths(settings.ReadmissionMinMonths).ToString("O", Invariant)));
        }
    }

    private static void CheckValidity(
        DateOnly? documentOn, int validMonths, DateOnly on, RuleCode missing, RuleCode expired, List<RuleViolation> violations)
    {
        if (documentOn is not { } issued)
        {
            violations.Add(RuleViolation.Error(missing));
        }
        else if (issued.AddMonths(validMonths) < on)
        {
            violations.Add(RuleViolation.Error(expired, issued.AddMonths(validMonths).ToString("O", Invariant)));
        }
    }

    /// <summary>The cell and the committee decide by vote: both counts are required and must reach the threshold.</summary>
    private static void CheckVotes(AdvanceRequest request, RuleSettings settings, List<RuleViolation> violations)
    {
        if (request.VotesFor is null && request.VotesEligible is null)
        {
            violations.Add(RuleViolation.Error(RuleCode.VotesRequired));
            return;
        }

        if (request.VotesFor is not { } votesFor || request.VotesEligible is not { } eligible
            || votesFor < 0 || eligible <= 0 || votesFor > eligible)
        {
            violations.Add(RuleViolation.Error(RuleCode.VotesInvalid));
            return;
        }

        // ≥ numerator/denominator of those entitled, compared in integers so 2 of 3 passes a 2/3 threshold.
        if ((long)votesFor * settings.VoteThresholdDenominator < (long)eligible * settings.VoteThresholdNumerator)
        {
            violations.Add(RuleViolation.Error(RuleCode.VotesBelowThreshold));
        }
    }
}
