using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Web.Features.Candidates;

/// <summary>Every editable field of a candidate (DOMAIN.md "Personal data held"), as the form binds it.</summary>
public sealed record CandidateForm
{
    public string FullName { get; set; } = "";
    public DateOnly? BirthDate { get; set; }
    public Gender? Gender { get; set; }
    public string Ethnicity { get; set; } = "Kinh";
    public string Religion { get; set; } = "Không";
    public string CitizenId { get; set; } = "";
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? ResidentialZone { get; set; }
    public GeneralEducation? GeneralEducation { get; set; } = Domain.Candidates.GeneralEducation.UpperSecondary;
    public string? EducationExceptionNote { get; set; }
    public string? ProfessionalEducation { get; set; }
    public string? Occupation { get; set; }
    public string? Workplace { get; set; }
    public bool IsYouthUnionMember { get; set; }
    public string? YouthUnionPosition { get; set; }
    public string? OverAgeConsentRef { get; set; }
    public DateOnly? FormerMemberLeftOn { get; set; }
    public string? Notes { get; set; }

    public int? WardId { get; set; }
    public int? CellId { get; set; }
    public Category? Category { get; set; }
    public DateOnly? SourceOn { get; set; }
    public string? SourceRef { get; set; }

    public string? CertificateNumber { get; set; }
    public DateOnly? CertificateOn { get; set; }
    public DateOnly? ApplicationOn { get; set; }
    public DateOnly? PersonalHistoryOn { get; set; }
    public DateOnly? IntroductionOn { get; set; }

    /// <summary>The concurrency token of the version the form was loaded from (empty for a new record).</summary>
    public Guid Version { get; set; }

    public static CandidateForm From(Candidate c) => new()
    {
        FullName = c.FullName,
        BirthDate = c.BirthDate,
        Gender = c.Gender,
        Ethnicity = c.Ethnicity,
        Religion = c.Religion,
        CitizenId = c.CitizenId,
        Phone = c.Phone,
        Address = c.Address,
        ResidentialZone = c.ResidentialZone,
        GeneralEducation = c.GeneralEducation,
        EducationExceptionNote = c.EducationExceptionNote,
        ProfessionalEducation = c.ProfessionalEducation,
        Occupation = c.Occupation,
        Workplace = c.Workplace,
        IsYouthUnionMember = c.IsYouthUnionMember,
        YouthUnionPosition = c.YouthUnionPosition,
        OverAgeConsentRef = c.OverAgeConsentRef,
        FormerMemberLeftOn = c.FormerMemberLeftOn,
        Notes = c.Notes,
        WardId = c.WardId,
        CellId = c.CellId,
        Category = c.Category,
        SourceOn = c.SourceOn,
        SourceRef = c.SourceRef,
        CertificateNumber = c.CertificateNumber,
        CertificateOn = c.CertificateOn,
        ApplicationOn = c.ApplicationOn,
        PersonalHistoryOn = c.PersonalHistoryOn,
        IntroductionOn = c.IntroductionOn,
        Version = c.Version,
    };

    /// <summary>
    /// A new candidate at stage 1 from this form, with the "created" line of its history — the same for one
    /// record saved from the form and for thousands imported from a workbook.
    /// </summary>
    public Candidate ToNewCandidate(DateTimeOffset recordedAt, string? recordedBy)
    {
        var candidate = new Candidate { FullName = FullName, CitizenId = CitizenId };
        ApplyTo(candidate);
        candidate.Stage = Stage.Source;
        candidate.StageChanges.Add(new StageChange
        {
            Kind = StageChangeKind.Created,
            ToStage = Stage.Source,
            On = candidate.SourceOn,
            DocumentRef = candidate.SourceRef,
            RecordedAt = recordedAt,
            RecordedBy = recordedBy,
        });
        return candidate;
    }

    /// <summary>Copies the form onto the entity; text is NFC-normalised and trimmed, empty text becomes null.</summary>
    public void ApplyTo(Candidate c)
    {
        c.FullName = FullName;
        c.BirthDate = BirthDate!.Value;
        c.Gender = Gender!.Value;
        c.Ethnicity = Text(Ethnicity) ?? "Kinh";
        c.Religion = Text(Religion) ?? "Không";
        c.CitizenId = CitizenId.Trim();
        c.Phone = Text(Phone)?.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        c.Address = Text(Address);
        c.ResidentialZone = Text(ResidentialZone);
        c.GeneralEducation = GeneralEducation!.Value;
        c.EducationExceptionNote = Text(EducationExceptionNote);
        c.ProfessionalEducation = Text(ProfessionalEducation);
        c.Occupation = Text(Occupation);
        c.Workplace = Text(Workplace);
        c.IsYouthUnionMember = IsYouthUnionMember;
        c.YouthUnionPosition = Text(YouthUnionPosition);
        c.OverAgeConsentRef = Text(OverAgeConsentRef);
        c.FormerMemberLeftOn = FormerMemberLeftOn;
        c.Notes = Text(Notes);
        c.WardId = WardId!.Value;
        c.CellId = CellId!.Value;
        c.Category = Category!.Value;
        c.SourceOn = SourceOn!.Value;
        c.SourceRef = Text(SourceRef);
        c.CertificateNumber = Text(CertificateNumber);
        c.CertificateOn = CertificateOn;
        c.ApplicationOn = ApplicationOn;
        c.PersonalHistoryOn = PersonalHistoryOn;
        c.IntroductionOn = IntroductionOn;
    }

    private static string? Text(string? value) => Domain.Text.VietnameseText.Normalize(value) is { Length: > 0 } text ? text : null;
}
