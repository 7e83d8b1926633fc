namespace UongBi.Recruitment.Domain.Rules;

/// <summary>What a rule found. Codes, not sentences: the UI words them in the user's language.</summary>
public enum RuleCode
{
    // Refusals
    CandidateDropped,
    CandidateNotDropped,
    AlreadyOfficial,
    StageSkipped,
    DateBeforePreviousStage,
    DateInFuture,
    DocumentRequired,
    NotEnoughHelpers,
    CertificateMissing,
    CertificateExpired,
    ApplicationMissing,
    ApplicationExpired,
    PersonalHistoryMissing,
    PersonalHistoryExpired,
    IntroductionMissing,
    IntroductionExpired,
    DocumentAfterStageDate,
    TooYoung,
    TooOld,
    NoLowerSecondary,
    VotesRequired,
    VotesInvalid,
    VotesBelowThreshold,
    ProbationNotOver,
    CannotDropOfficial,
    NoteRequired,

    /// <summary>Someone else changed the record since it was loaded (raised by the service, not the rules).</summary>
    Conflict,

    // Warnings: recorded, shown, not blocking
    DecisionLate,
    CeremonyLate,
    RecognitionLate,
    OverAgeWithConsent,
    ReadmissionTooSoon,
}

public enum Severity
{
    Error,
    Warning,
}

public sealed record RuleViolation(RuleCode Code, Severity Severity, string? Detail = null)
{
    public static RuleViolation Error(RuleCode code, string? detail = null) => new(code, Severity.Error, detail);

    public static RuleViolation Warning(RuleCode code, string? detail = null) => new(code, Severity.Warning, detail);
}

/// <summary>The outcome of a rule check: errors refuse the step, warnings are shown and recorded.</summary>
public sealed record PathCheck(IReadOnlyList<RuleViolation> Violations)
{
    public static PathCheck Ok { get; } = new([]);

    public bool Allowed => Violations.All(v => v.Severity != Severity.Error);

    public IEnumerable<RuleViolation> Errors => Violations.Where(v => v.Severity == Severity.Error);

    public IEnumerable<RuleViolation> Warnings => Violations.Where(v => v.Severity == Severity.Warning);

    public bool Has(RuleCode code) => Violations.Any(v => v.Code == code);
}
