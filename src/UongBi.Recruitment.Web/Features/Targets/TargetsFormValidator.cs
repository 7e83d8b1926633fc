using FluentValidation;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Web.Features.Targets;

/// <summary>
/// One line of the targets grid as the page sends it: a ward's target, or the city's plan when
/// <see cref="WardId"/> is null. <see cref="Version"/> is the concurrency token the page loaded (null when the
/// unit had no target then), so a save over someone else's change is refused instead of overwriting it.
/// </summary>
public sealed record TargetEdit(int? WardId, int? Count, TargetScope Scope, Guid? Version)
{
    public bool IsPlan => WardId is null;
}

/// <summary>The changed lines of one year's grid.</summary>
public sealed record TargetsForm(int Year, IReadOnlyList<TargetEdit> Edits);

/// <summary>
/// The rules of one line, without the database: the page shows them under each field as the user types, and
/// <see cref="TargetsFormValidator"/> applies them again on the server. Messages are codes ("Targets_Error_…")
/// that the page words in the user's language.
/// </summary>
public sealed class TargetEditValidator : AbstractValidator<TargetEdit>
{
    /// <summary>Far above any ward's real target (tens a year): a figure beyond it is a typing slip.</summary>
    public const int MaxCount = 10_000;

    public TargetEditValidator()
    {
        // A target once set is changed, never emptied: 0 already means "no target" to the progress figures, and
        // an empty field would leave the row's meaning unclear.
        RuleFor(e => e.Count).Cascade(CascadeMode.Stop)
            .NotNull().When(e => e.Version is not null).WithMessage("CountRequired")
            .GreaterThanOrEqualTo(0).WithMessage("CountNegative")
            .LessThanOrEqualTo(MaxCount).WithMessage("CountTooLarge");
        RuleFor(e => e.Scope).IsInEnum().WithMessage("ScopeInvalid");
    }

    /// <summary>The codes of one line's problems with <paramref name="property"/> (Count or Scope), for a field's error text.</summary>
    public IReadOnlyList<string> ErrorsOf(TargetEdit edit, string property) =>
        [.. Validate(ValidationContext<TargetEdit>.CreateWithOptions(edit, o => o.IncludeProperties(property))).Errors.Select(e => e.ErrorMessage)];
}

/// <summary>
/// A whole save, on the server: the year is one the committee plans for, each line passes
/// <see cref="TargetEditValidator"/>, and each ward is one that exists (not deleted) and existed in that year;
/// the units come from the database (<paramref name="wards"/>), never from what the browser says about them.
/// </summary>
public sealed class TargetsFormValidator : AbstractValidator<TargetsForm>
{
    /// <summary>The first year targets can be set for: the records of the city's party development begin after it.</summary>
    public const int FirstYear = 2000;

    public TargetsFormValidator(int latestYear, IReadOnlyDictionary<int, Ward> wards)
    {
        RuleFor(f => f.Year).InclusiveBetween(FirstYear, latestYear).WithMessage("YearOutOfRange");
        RuleForEach(f => f.Edits).SetValidator(new TargetEditValidator());
        // Whether a unit existed is asked of a valid year only (a year outside the calendar has no days to ask about).
        RuleForEach(f => f.Edits).Cascade(CascadeMode.Stop)
            .Must(e => e.WardId is not { } id || wards.ContainsKey(id)).WithMessage("WardUnknown")
            .Must((f, e) => e.WardId is not { } id || wards[id].ExistsIn(f.Year)).WithMessage("WardNotInYear")
            .Must((f, e) => f.Edits.Count(o => o.WardId == e.WardId) == 1).WithMessage("Duplicate")
            .When(f => f.Year >= FirstYear && f.Year <= latestYear);
    }

    public static int LatestYear(DateOnly today) => today.Year + 1;
}
