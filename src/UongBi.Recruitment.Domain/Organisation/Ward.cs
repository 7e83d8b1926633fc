using UongBi.Recruitment.Domain.Common;

namespace UongBi.Recruitment.Domain.Organisation;

/// <summary>Phường (ward) or xã (commune): both have a grassroots party committee (đảng ủy cơ sở).</summary>
public enum UnitKind
{
    Ward = 1,
    Commune = 2,
}

/// <summary>
/// A ward or commune of the city. Units change (mergers on 1 Jan 2020 and 1 Jul 2025), so each has a
/// validity period and may name its successor; reports for a year use the units valid in that year.
/// </summary>
public sealed class Ward : EditableEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public UnitKind Kind { get; set; } = UnitKind.Ward;

    /// <summary>Name of the grassroots party committee, e.g. "Đảng bộ phường Bắc Sơn".</summary>
    public string? PartyCommitteeName { get; set; }

    public DateOnly ValidFrom { get; set; } = new(1900, 1, 1);

    /// <summary>Last day the unit existed; null while it still exists.</summary>
    public DateOnly? ValidTo { get; set; }

    public int? SuccessorId { get; set; }
    public Ward? Successor { get; set; }

    public List<PartyCell> Cells { get; set; } = [];

    public bool ExistsOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>True when the unit existed on at least one day of <paramref name="year"/>.</summary>
    public bool ExistsIn(int year) =>
        ValidFrom <= new DateOnly(year, 12, 31) && (ValidTo is null || ValidTo >= new DateOnly(year, 1, 1));
}
