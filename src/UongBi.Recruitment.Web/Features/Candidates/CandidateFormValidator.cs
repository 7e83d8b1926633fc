using System.Text.RegularExpressions;
using FluentValidation;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Text;

namespace UongBi.Recruitment.Web.Features.Candidates;

/// <summary>
/// The candidate form's rules, run in the form (field by field) and again in <see cref="CandidateEditService"/>
/// before anything is saved. Messages are codes ("Required", "TooLong:120" …) that the page words in the
/// user's language. Rules that need the database (unique citizen ID, cell in ward, ward in scope) are the
/// service's.
/// </summary>
public sealed partial class CandidateFormValidator : AbstractValidator<CandidateForm>
{
    public CandidateFormValidator(TimeProvider clock)
    {
        var today = VietnamTime.Today(clock);

        RuleFor(f => f.FullName).Cascade(CascadeMode.Stop)
            .Must(v => VietnameseText.Normalize(v).Length > 0).WithMessage("Required")
            .Must(v => VietnameseText.Normalize(v).Length <= 120).WithMessage("TooLong:120")
            .Must(v => NamePattern().IsMatch(VietnameseText.Normalize(v))).WithMessage("NameInvalid");
        RuleFor(f => f.BirthDate).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Required")
            .Must(d => d <= today.AddYears(-14) && d >= today.AddYears(-100)).WithMessage("BirthDateImplausible");
        RuleFor(f => f.Gender).NotNull().WithMessage("Required").IsInEnum().WithMessage("ValueInvalid");
        RuleFor(f => f.CitizenId).Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Required")
            .Must(v => CitizenIdPattern().IsMatch(v.Trim())).WithMessage("CitizenIdInvalid");
        RuleFor(f => f.Phone)
            .Must(v => string.IsNullOrWhiteSpace(v) || PhonePattern().IsMatch(v.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)))
            .WithMessage("PhoneInvalid");
        RuleFor(f => f.GeneralEducation).NotNull().WithMessage("Required").IsInEnum().WithMessage("ValueInvalid");
        RuleFor(f => f.WardId).NotNull().WithMessage("Required");
        RuleFor(f => f.CellId).NotNull().WithMessage("Required");
        RuleFor(f => f.Category).NotNull().WithMessage("Required").IsInEnum().WithMessage("ValueInvalid");
        RuleFor(f => f.SourceOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Required")
            .Must(d => d <= today).WithMessage("DateInFuture")
            .Must(d => d >= new DateOnly(1990, 1, 1)).WithMessage("DateImplausible");

        foreach (var (field, max) in new (System.Linq.Expressions.Expression<Func<CandidateForm, string?>>, int)[]
        {
            (f => f.Ethnicity, 50), (f => f.Religion, 50), (f => f.Address, 300), (f => f.ResidentialZone, 100),
            (f => f.EducationExceptionNote, 500), (f => f.ProfessionalEducation, 200), (f => f.Occupation, 200),
            (f => f.Workplace, 200), (f => f.YouthUnionPosition, 200), (f => f.OverAgeConsentRef, 200),
            (f => f.Notes, 2000), (f => f.SourceRef, 200), (f => f.CertificateNumber, 100),
        })
        {
            RuleFor(field).Cascade(CascadeMode.Stop)
                .Must(v => v is null || !v.Any(IsForbiddenControl)).WithMessage("ControlCharacters")
                .Must(v => VietnameseText.Normalize(v).Length <= max).WithMessage($"TooLong:{max}");
        }

        RuleFor(f => f.FullName).Must(v => v is null || !v.Any(IsForbiddenControl)).WithMessage("ControlCharacters");
        foreach (var field in new System.Linq.Expressions.Expression<Func<CandidateForm, DateOnly?>>[]
        {
            f => f.CertificateOn, f => f.ApplicationOn, f => f.PersonalHistoryOn, f => f.IntroductionOn, f => f.FormerMemberLeftOn,
        })
        {
            RuleFor(field).Cascade(CascadeMode.Stop)
                .Must(d => d is null || d <= today).WithMessage("DateInFuture")
                .Must(d => d is null || d >= new DateOnly(1950, 1, 1)).WithMessage("DateImplausible");
        }
    }

    /// <summary>Bridge to MudForm: validates one property and returns its message codes.</summary>
    public Func<object, string, Task<IEnumerable<string>>> ValidateValue => async (model, propertyName) =>
    {
        var result = await ValidateAsync(ValidationContext<CandidateForm>.CreateWithOptions((CandidateForm)model, x => x.IncludeProperties(propertyName)));
        return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
    };

    // Tabs and new lines are fine in notes; other control and bidi-override characters are not.
    private static bool IsForbiddenControl(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069';

    [GeneratedRegex(@"^[\p{L}\p{M}][\p{L}\p{M} .'\-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[0-9]{12}$")]
    private static partial Regex CitizenIdPattern();

    [GeneratedRegex(@"^(0|\+84)[0-9]{9}$")]
    private static partial Regex PhonePattern();
}
