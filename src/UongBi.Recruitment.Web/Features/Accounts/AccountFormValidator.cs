using FluentValidation;
using UongBi.Recruitment.Domain.Access;

namespace UongBi.Recruitment.Web.Features.Accounts;

/// <summary>
/// The account form's rules; the same validator runs in the dialog and in <see cref="UserAdminService"/>.
/// Messages are codes ("Accounts_Error_…") that the page words in the user's language.
/// </summary>
public sealed class AccountFormValidator : AbstractValidator<AccountForm>
{
    public AccountFormValidator()
    {
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("EmailInvalid")
            .MaximumLength(256).WithMessage("EmailInvalid")
            .Matches(@"^[^@\s\p{C}]+@[^@\s\p{C}]+\.[^@\s\p{C}]+$").WithMessage("EmailInvalid");
        RuleFor(f => f.FullName).MaximumLength(120).WithMessage("NameTooLong");
        RuleFor(f => f.Role).Must(r => Roles.All.Contains(r)).WithMessage("RoleInvalid");
        RuleFor(f => f.WardId).NotNull().When(f => f.Role == Roles.WardSecretary).WithMessage("WardRequired");
    }

    /// <summary>Bridge to MudForm: validates one property and returns its message codes.</summary>
    public Func<object, string, Task<IEnumerable<string>>> ValidateValue => async (model, propertyName) =>
    {
        var result = await ValidateAsync(ValidationContext<AccountForm>.CreateWithOptions((AccountForm)model, x => x.IncludeProperties(propertyName)));
        return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
    };
}
