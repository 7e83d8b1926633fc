using FluentValidation;
using UongBi.Recruitment.Domain.Text;

namespace UongBi.Recruitment.Web.Features.Units;

/// <summary>
/// The cell form's rules; the same validator runs in the dialog and in <see cref="UnitsService"/>.
/// Messages are codes ("Units_Error_…"); the unique name within the ward is the service's rule.
/// </summary>
public sealed class CellFormValidator : AbstractValidator<CellForm>
{
    public const int NameMaxLength = 200;
    public const int ZoneMaxLength = 100;

    public CellFormValidator()
    {
        RuleFor(f => f.WardId).Must(w => w > 0).WithMessage("WardRequired");
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(n => VietnameseText.Normalize(n).Length > 0).WithMessage("NameRequired")
            .Must(n => VietnameseText.Normalize(n).Length <= NameMaxLength).WithMessage("CellNameTooLong");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("KindInvalid");
        RuleFor(f => f.ResidentialZone)
            .Must(z => VietnameseText.Normalize(z).Length <= ZoneMaxLength).WithMessage("ZoneTooLong");
        RuleFor(f => f.ValidFrom).Must(UnitDates.InRange).WithMessage("DateOutOfRange");
        RuleFor(f => f.ValidTo).Cascade(CascadeMode.Stop)
            .Must(UnitDates.InRange).WithMessage("DateOutOfRange")
            .Must((f, to) => UnitDates.InOrder(f.ValidFrom, to)).WithMessage("ValidToBeforeFrom");
    }

    /// <summary>Bridge to MudForm: validates one property and returns its message codes.</summary>
    public Func<object, string, Task<IEnumerable<string>>> ValidateValue => async (model, propertyName) =>
    {
        var result = await ValidateAsync(ValidationContext<CellForm>.CreateWithOptions((CellForm)model, x => x.IncludeProperties(propertyName)));
        return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
    };
}
