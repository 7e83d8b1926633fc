using UongBi.Recruitment.Domain.Common;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Text;

namespace UongBi.Recruitment.Domain.Candidates;

/// <summary>
/// A person a party cell is preparing for admission. Ethnicity, religion and political data are
/// sensitive personal data (Decree 13/2023): never logged, never put in a URL.
/// </summary>
/// <remarks>
/// Each stage's date lives in its own column (rather than only in a child table) because the dashboard
/// asks "which stage had each candidate reached on date D" for up to a million rows; one covering
/// scan answers that, a join over stage rows does not. <see cref="StageChanges"/> keeps the full history.
/// </remarks>
public sealed class Candidate : EditableEntity
{
    private string _fullName = "";

    // Personal data
    public required string FullName
    {
        get => _fullName;
        set
        {
            _fullName = VietnameseText.Normalize(value);
            SearchKey = VietnameseText.SearchKey(_fullName);
            ExactKey = VietnameseText.ExactKey(_fullName);
        }
    }

    /// <summary>Case- and diacritic-folded name (đ → d), stored and indexed for search.</summary>
    public string SearchKey { get; private set; } = "";

    /// <summary>Lower-case name keeping its diacritics: matches typed with the exact marks rank first.</summary>
    public string ExactKey { get; private set; } = "";

    public DateOnly BirthDate { get; set; }
    public Gender Gender { get; set; }
    public string Ethnicity { get; set; } = "Kinh";
    public string Religion { get; set; } = "Không";

    /// <summary>Căn cước công dân: 12 digits, unique.</summary>
    public required string CitizenId { get; set; }

    public string? Phone { get; set; }
    public string? Address { get; set; }

    /// <summary>e.g. "Khu 5".</summary>
    public string? ResidentialZone { get; set; }

    public GeneralEducation GeneralEducation { get; set; }

    /// <summary>Set when the THCS requirement is waived (mountain, island, ethnic-minority areas).</summary>
    public string? EducationExceptionNote { get; set; }

    public string? ProfessionalEducation { get; set; }
    public string? Occupation { get; set; }
    public string? Workplace { get; set; }
    public bool IsYouthUnionMember { get; set; }
    public string? YouthUnionPosition { get; set; }

    /// <summary>Written consent of the provincial standing committee to admit a person over 60.</summary>
    public string? OverAgeConsentRef { get; set; }

    /// <summary>Former member: the date they left the party (readmission needs 36 months, a warning).</summary>
    public DateOnly? FormerMemberLeftOn { get; set; }

    public string? Notes { get; set; }

    // Organisation
    public int WardId { get; set; }
    public Ward? Ward { get; set; }
    public int CellId { get; set; }
    public PartyCell? Cell { get; set; }
    public Category Category { get; set; }
    public int? BatchId { get; set; }

    // Path
    public Stage Stage { get; set; } = Stage.Source;

    public DateOnly SourceOn { get; set; }
    public string? SourceRef { get; set; }
    public DateOnly? SympathiserOn { get; set; }
    public string? SympathiserRef { get; set; }
    public DateOnly? DossierOn { get; set; }
    public DateOnly? VerificationOn { get; set; }
    public string? VerificationRef { get; set; }
    public DateOnly? CellResolutionOn { get; set; }
    public string? CellResolutionRef { get; set; }

    /// <summary>Official members in favour / entitled to vote at the cell meeting.</summary>
    public int? CellVotesFor { get; set; }

    public int? CellVotesEligible { get; set; }
    public DateOnly? CommitteeReviewOn { get; set; }
    public string? CommitteeReviewRef { get; set; }
    public int? CommitteeVotesFor { get; set; }
    public int? CommitteeVotesEligible { get; set; }
    public DateOnly? DecisionOn { get; set; }
    public string? DecisionNumber { get; set; }

    /// <summary>The decision deadline was extended (by 30 working days by default).</summary>
    public bool DecisionExtended { get; set; }

    /// <summary>Date of the admission ceremony: the date of joining, which decides the year counted.</summary>
    public DateOnly? AdmittedOn { get; set; }

    public DateOnly? OfficialOn { get; set; }
    public string? OfficialRef { get; set; }

    // Dossier documents (their validity is checked at the cell resolution)
    public string? CertificateNumber { get; set; }
    public DateOnly? CertificateOn { get; set; }
    public DateOnly? ApplicationOn { get; set; }
    public DateOnly? PersonalHistoryOn { get; set; }
    public DateOnly? IntroductionOn { get; set; }

    // Leaving the path
    public DateOnly? DroppedOn { get; set; }
    public DropReason? DropReason { get; set; }
    public string? DropNote { get; set; }

    /// <summary>
    /// The last drop that was undone, and when it was undone: between the two dates the candidate was off the
    /// path, which "as of" figures must still show. Earlier episodes remain in <see cref="StageChanges"/>.
    /// </summary>
    public DateOnly? LastDroppedOn { get; set; }

    public DateOnly? ReinstatedOn { get; set; }

    public bool IsDropped => DroppedOn is not null;

    public List<CandidateHelper> Helpers { get; set; } = [];
    public List<StageChange> StageChanges { get; set; } = [];

    public DateOnly? DateOf(Stage stage) => stage switch
    {
        Stage.Source => SourceOn,
        Stage.Sympathiser => SympathiserOn,
        Stage.Dossier => DossierOn,
        Stage.Verification => VerificationOn,
        Stage.CellResolution => CellResolutionOn,
        Stage.CommitteeReview => CommitteeReviewOn,
        Stage.Decision => DecisionOn,
        Stage.Probationary => AdmittedOn,
        Stage.Official => OfficialOn,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public string? DocumentOf(Stage stage) => stage switch
    {
        Stage.Source => SourceRef,
        Stage.Sympathiser => SympathiserRef,
        Stage.Dossier => CertificateNumber,
        Stage.Verification => VerificationRef,
        Stage.CellResolution => CellResolutionRef,
        Stage.CommitteeReview => CommitteeReviewRef,
        Stage.Decision => DecisionNumber,
        Stage.Probationary => null,
        Stage.Official => OfficialRef,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    internal void SetStage(Stage stage, DateOnly on, string? document)
    {
        switch (stage)
        {
            case Stage.Source: SourceOn = on; SourceRef = document; break;
            case Stage.Sympathiser: SympathiserOn = on; SympathiserRef = document; break;
            case Stage.Dossier: DossierOn = on; break;
            case Stage.Verification: VerificationOn = on; VerificationRef = document; break;
            case Stage.CellResolution: CellResolutionOn = on; CellResolutionRef = document; break;
            case Stage.CommitteeReview: CommitteeReviewOn = on; CommitteeReviewRef = document; break;
            case Stage.Decision: DecisionOn = on; DecisionNumber = document; break;
            case Stage.Probationary: AdmittedOn = on; break;
            case Stage.Official: OfficialOn = on; OfficialRef = document; break;
            default: throw new ArgumentOutOfRangeException(nameof(stage));
        }

        Stage = stage;
    }

    /// <summary>Helpers currently assigned (not replaced).</summary>
    public IEnumerable<CandidateHelper> ActiveHelpers => Helpers.Where(h => h.EndedOn is null);
}
