using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Text;

namespace UongBi.Recruitment.Web.Features.Units;

/// <summary>
/// The ward dialog's fields. <see cref="Id"/> is null for a new ward; <see cref="Version"/> is the concurrency
/// token the dialog loaded, so a save over someone else's change is refused instead of overwriting it.
/// </summary>
public sealed record WardForm
{
    public int? Id { get; set; }
    public Guid Version { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; } = UnitKind.Ward;
    public string? PartyCommitteeName { get; set; }

    /// <summary>First day of the unit; empty when it existed before the records begin.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day of the unit; empty while it exists.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The ward that took over the unit; only for a unit that has ended.</summary>
    public int? SuccessorId { get; set; }

    /// <summary>The same form with its text as stored: NFC, trimmed, single spaces; the code in capitals.</summary>
    public WardForm Normalized() => this with
    {
        Code = VietnameseText.Normalize(Code).ToUpperInvariant(),
        Name = VietnameseText.Normalize(Name),
        PartyCommitteeName = UnitText.Optional(PartyCommitteeName),
    };
}

/// <summary>The cell dialog's fields (see <see cref="WardForm"/> for <see cref="Id"/> and <see cref="Version"/>).</summary>
public sealed record CellForm
{
    public int? Id { get; set; }
    public Guid Version { get; set; }
    public int? WardId { get; set; }
    public string Name { get; set; } = "";
    public CellKind Kind { get; set; } = CellKind.ResidentialArea;

    /// <summary>Residential zone served, e.g. "Khu 5"; empty for enterprises, schools and agencies.</summary>
    public string? ResidentialZone { get; set; }

    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public CellForm Normalized() => this with
    {
        Name = VietnameseText.Normalize(Name),
        ResidentialZone = UnitText.Optional(ResidentialZone),
    };
}

internal static class UnitText
{
    public static string? Optional(string? value) => VietnameseText.Normalize(value) is { Length: > 0 } text ? text : null;
}
