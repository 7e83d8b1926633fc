using System.Globalization;
using FluentValidation;

namespace UongBi.Recruitment.Web.Features.Batches;

/// <summary>What the create and edit dialogs send: a name, a date and the wards taking part.</summary>
public sealed class BatchForm
{
    public const int NameMaxLength = 200;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public string Name { get; set; } = "";
    public DateOnly? Date { get; set; }
    public IReadOnlyCollection<int> WardIds { get; set; } = [];

    /// <summary>The concurrency token of the batch being edited (null when creating).</summary>
    public Guid? Version { get; set; }
}

/// <summary>
/// The batch form's rules; the same validator runs in the dialog and in <see cref="BatchPlanningService"/>.
/// Messages are codes ("Batches_Error_…") that the page words in the user's language.
/// </summary>
public sealed class BatchFormValidator : AbstractValidator<BatchForm>
{
    public BatchFormValidator()
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("NameRequired")
            .Must(n => n.Trim().Length <= BatchForm.NameMaxLength).WithMessage("NameTooLong");
        RuleFor(f => f.Date).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("DateRequired")
            .Must(d => d!.Value.Year is >= BatchForm.MinYear and <= BatchForm.MaxYear).WithMessage("DateInvalid");
        RuleFor(f => f.WardIds).Must(w => w is { Count: > 0 }).WithMessage("WardsRequired");
    }
}

/// <summary>The holidays the city admits on (DOMAIN.md, "Admission batches").</summary>
public enum BatchPresetKind
{
    /// <summary>3/2: founding of the Communist Party of Vietnam.</summary>
    PartyFounding = 1,

    /// <summary>19/5: birthday of President Hồ Chí Minh.</summary>
    PresidentBirthday = 2,

    /// <summary>2/9: National Day.</summary>
    NationalDay = 3,

    /// <summary>7/11: the October Revolution.</summary>
    OctoberRevolution = 4,

    /// <summary>22/12: founding of the People's Army.</summary>
    PeoplesArmy = 5,
}

/// <summary>A holiday preset: its day of the year and the batch name it gives (the record's name is Vietnamese).</summary>
public sealed record BatchPreset(BatchPresetKind Kind, int Month, int Day, string Occasion)
{
    public static IReadOnlyList<BatchPreset> All { get; } =
    [
        new(BatchPresetKind.PartyFounding, 2, 3, "Ngày thành lập Đảng"),
        new(BatchPresetKind.PresidentBirthday, 5, 19, "Ngày sinh Chủ tịch Hồ Chí Minh"),
        new(BatchPresetKind.NationalDay, 9, 2, "Quốc khánh"),
        new(BatchPresetKind.OctoberRevolution, 11, 7, "Cách mạng Tháng Mười Nga"),
        new(BatchPresetKind.PeoplesArmy, 12, 22, "Ngày thành lập Quân đội nhân dân Việt Nam"),
    ];

    public static BatchPreset Of(BatchPresetKind kind) => All.Single(p => p.Kind == kind);

    public DateOnly DateIn(int year) => new(year, Month, Day);

    /// <summary>e.g. "Đợt kỷ niệm Ngày thành lập Đảng 3/2/2026".</summary>
    public string NameIn(int year) => string.Create(CultureInfo.InvariantCulture, $"Đợt kỷ niệm {Occasion} {Day}/{Month}/{year}");

    /// <summary>A form filled from the preset for <paramref name="year"/> with the given wards.</summary>
    public BatchForm FormFor(int year, IReadOnlyCollection<int> wardIds) =>
        new() { Name = NameIn(year), Date = DateIn(year), WardIds = wardIds };
}
