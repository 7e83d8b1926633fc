using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Tests.Domain;

/// <summary>
/// A candidate whose path satisfies every rule with the default settings and the 2024–2025 holidays:
/// every stage date, document and vote is valid, no deadline is missed, so each test changes one thing.
/// </summary>
internal static class SampleCandidate
{
    public static DateOnly BirthDate { get; } = new(2000, 5, 10);

    public static DateOnly HelpersAssignedOn { get; } = new(2023, 2, 1);

    public static DateOnly CertificateOn { get; } = new(2023, 4, 15);

    public static DateOnly ApplicationOn { get; } = new(2023, 9, 1);

    public static DateOnly PersonalHistoryOn { get; } = new(2023, 9, 5);

    public static DateOnly IntroductionOn { get; } = new(2023, 9, 10);

    public const string CertificateNumber = "CN-NTVĐ 123/2023";

    /// <summary>The date each stage was entered.</summary>
    public static DateOnly DateOf(Stage stage) => stage switch
    {
        Stage.Source => new(2023, 1, 10),
        Stage.Sympathiser => new(2023, 3, 1),
        Stage.Dossier => new(2023, 9, 20),
        Stage.Verification => new(2023, 11, 15),
        Stage.CellResolution => new(2024, 1, 10),      // decision due 10/04/2024 (60 working days)
        Stage.CommitteeReview => new(2024, 1, 25),
        Stage.Decision => new(2024, 3, 1),             // ceremony due 12/04/2024 (30 working days)
        Stage.Probationary => new(2024, 3, 15),        // probation ends 15/03/2025, recognition due 28/04/2025
        Stage.Official => new(2025, 3, 17),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>The document reference behind each stage (null where none is required).</summary>
    public static string? DocumentFor(Stage stage) => stage switch
    {
        Stage.Source => "01-BB/ĐTN",
        Stage.Sympathiser => "02-NQ/CB",
        Stage.Verification => "15-KL/ĐU",
        Stage.CellResolution => "6-KNĐ/07",
        Stage.CommitteeReview => "8-KNĐ/11",
        Stage.Decision => "9-KNĐ/245-QĐ/TU",
        Stage.Official => "12-KNĐ/03",
        _ => null,
    };

    /// <summary>The valid request that enters <paramref name="stage"/> from the stage before it.</summary>
    public static AdvanceRequest StepTo(Stage stage) => stage switch
    {
        Stage.CellResolution => new(stage, DateOf(stage), DocumentFor(stage), "Chi bộ họp", VotesFor: 9, VotesEligible: 12),
        Stage.CommitteeReview => new(stage, DateOf(stage), DocumentFor(stage), VotesFor: 10, VotesEligible: 13),
        _ => new(stage, DateOf(stage), DocumentFor(stage)),
    };

    /// <summary>A candidate who has reached <paramref name="stage"/> (fields set directly, no history rows).</summary>
    public static Candidate At(Stage stage)
    {
        var candidate = new Candidate
        {
            FullName = "Phạm Văn Đức",
            CitizenId = "022200001234",
            BirthDate = BirthDate,
            Gender = Gender.Male,
            GeneralEducation = GeneralEducation.UpperSecondary,
            Category = Category.YouthUnionMember,
            SourceOn = DateOf(Stage.Source),
            SourceRef = DocumentFor(Stage.Source),
            CertificateNumber = CertificateNumber,
            CertificateOn = CertificateOn,
            ApplicationOn = ApplicationOn,
            PersonalHistoryOn = PersonalHistoryOn,
            IntroductionOn = IntroductionOn,
            Helpers =
            [
                new CandidateHelper { FullName = "Trần Văn Hùng", AssignedOn = HelpersAssignedOn },
                new CandidateHelper { FullName = "Lê Thị Hoa", AssignedOn = HelpersAssignedOn },
            ],
        };

        for (var reached = Stage.Sympathiser; reached <= stage; reached++)
        {
            var on = DateOf(reached);
            var document = DocumentFor(reached);
            switch (reached)
            {
                case Stage.Sympathiser:
                    candidate.SympathiserOn = on;
                    candidate.SympathiserRef = document;
                    break;
                case Stage.Dossier:
                    candidate.DossierOn = on;
                    break;
                case Stage.Verification:
                    candidate.VerificationOn = on;
                    candidate.VerificationRef = document;
                    break;
                case Stage.CellResolution:
                    candidate.CellResolutionOn = on;
                    candidate.CellResolutionRef = document;
                    candidate.CellVotesFor = 9;
                    candidate.CellVotesEligible = 12;
                    break;
                case Stage.CommitteeReview:
                    candidate.CommitteeReviewOn = on;
                    candidate.CommitteeReviewRef = document;
                    candidate.CommitteeVotesFor = 10;
                    candidate.CommitteeVotesEligible = 13;
                    break;
                case Stage.Decision:
                    candidate.DecisionOn = on;
                    candidate.DecisionNumber = document;
                    break;
                case Stage.Probationary:
                    candidate.AdmittedOn = on;
                    break;
                case Stage.Official:
                    candidate.OfficialOn = on;
                    candidate.OfficialRef = document;
                    break;
            }
        }

        candidate.Stage = stage;
        return candidate;
    }
}
