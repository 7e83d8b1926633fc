using FluentValidation;
using UongBi.Recruitment.Domain.Text;

namespace UongBi.Recruitment.Web.Features.Units;

/// <summary>
/// The ward form's rules; the same validator runs in the dialog and in <see cref="UnitsService"/>.
/// Messages are codes ("Units_Error_…") that the page words in the user's language. Rules that need the
/// database (unique code, existing successor) are the service's.
/// </summary>
public sealed class WardFormValidator : AbstractValidator<WardForm>
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 120;
    public const int CommitteeNameMaxLength = 200;

    public WardFormValidator()
    {
        RuleFor(f => f.Code).Cascade(CascadeMode.Stop)
            .Must(c => VietnameseText.Normalize(c).Length > 0).WithMessage("CodeRequired")
            .Must(c => VietnameseText.Normalize(c).Length <= CodeMaxLength).WithMessage("CodeTooLong")
            .Must(c => VietnameseText.Normalize(c).All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.')).WithMessage("CodeInvalid");
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(n => VietnameseText.Normalize(n).Length > 0).WithMessage("NameRequired")
            .Must(n => VietnameseText.Normalize(n).Length <= NameMaxLength).WithMessage("NameTooLong");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("KindInvalid");
        RuleFor(f => f.PartyCommitteeName)
            .Must(n => VietnameseText.Normalize(n).Length <= CommitteeNameMaxLength).WithMessage("CommitteeNameTooLong");
        RuleFor(f => f.ValidFrom).Must(UnitDates.InRange).WithMessage("DateOutOfRange");
        RuleFor(f => f.ValidTo).Cascade(CascadeMode.Stop)
            .Must(UnitDates.InRange).WithMessage("DateOutOfRange")
            .Must((f, to) => UnitDates.InOrder(f.ValidFrom, to)).WithMessage("ValidToBeforeFrom");
        RuleFor(f => f.SuccessorId).Cascade(CascadeMode.Stop)
            .Null().When(f => f.ValidTo is null).WithMessage("SuccessorWithoutEnd")
            .Must((f, successor) => successor is null || successor != f.Id).WithMessage("SuccessorSelf");
    }

    /// <summary>Bridge to MudForm: validates one property and returns its message codes.</summary>
    public Func<object, string, Task<IEnumerable<string>>> ValidateValue => async (model, propertyName) =>
    {
        var result = await ValidateAsync(ValidationContext<WardForm>.CreateWithOptions((WardForm)model, x => x.IncludeProperties(propertyName)));
        return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
    };
}

/// <summary>What both unit forms require of a validity period.</summary>
internal static class UnitDates
{
    /// <summary>Stored for "before the records begin" (the domain's default); shown as an empty field.</summary>
    public static readonly DateOnly Beginning = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool InRange(DateOnly? day) => day is not { } d || (d >= Beginning && d <= Latest);

    public static bool InOrder(DateOnly? from, DateOnly? to) => to is not { } end || end >= (from ?? Beginning);

    public static DateOnly? ForForm(DateOnly stored) => stored == Beginning ? null : stored;
}
