namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>
/// Dates for one candidate's path, counted back from the admission decision, that obey the rules in
/// Domain/Rules/AdmissionPath.cs with the default settings: each step after the one before; both helpers assigned
/// before the sympathiser stage; the dossier documents dated before the dossier stage and still within their
/// 12 months at the cell resolution; 18 or older (in months) at the cell resolution; the decision well within
/// 60 working days of the cell resolution. All are in the past when the decision is.
/// </summary>
public sealed record PathDates(
    DateOnly BirthDate,
    DateOnly SourceOn,
    DateOnly HelpersOn,
    DateOnly SympathiserOn,
    DateOnly DocumentsOn,
    DateOnly DossierOn,
    DateOnly VerificationOn,
    DateOnly CellResolutionOn,
    DateOnly CommitteeReviewOn,
    DateOnly DecisionOn)
{
    /// <summary>
    /// Calendar days from the decision to a ceremony that is never late: 30 working days are at least six weeks,
    /// even with the longest Tết holiday inside them.
    /// </summary>
    public const int SafeCeremonyDays = 21;

    public static PathDates DecidedOn(DateOnly decision)
    {
        var cellResolution = decision.AddDays(-21);
        var verification = cellResolution.AddDays(-45);
        var dossier = verification.AddDays(-45);
        var sympathiser = dossier.AddMonths(-4);
        return new PathDates(
            BirthDate: VietnamDates.Today.AddYears(-20),
            SourceOn: sympathiser.AddMonths(-2),
            HelpersOn: sympathiser.AddDays(-14),
            SympathiserOn: sympathiser,
            DocumentsOn: dossier.AddDays(-14),
            DossierOn: dossier,
            VerificationOn: verification,
            CellResolutionOn: cellResolution,
            CommitteeReviewOn: decision.AddDays(-14),
            DecisionOn: decision);
    }
}
