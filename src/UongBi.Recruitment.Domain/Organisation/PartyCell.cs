using UongBi.Recruitment.Domain.Common;

namespace UongBi.Recruitment.Domain.Organisation;

/// <summary>What a party cell (chi bộ) is attached to. Reports filter on it.</summary>
public enum CellKind
{
    /// <summary>Khu dân cư / khu phố.</summary>
    ResidentialArea = 1,

    /// <summary>Thôn.</summary>
    Village = 2,

    /// <summary>Doanh nghiệp.</summary>
    Enterprise = 3,

    /// <summary>Trường học.</summary>
    School = 4,

    /// <summary>Cơ quan.</summary>
    Agency = 5,

    Other = 9,
}

public static class CellKinds
{
    /// <summary>
    /// The article's headline figures count party development "in villages and residential areas";
    /// targets with the residential scope count only cells of these kinds.
    /// </summary>
    public static bool IsResidentialOrVillage(this CellKind kind) =>
        kind is CellKind.ResidentialArea or CellKind.Village;
}

public sealed class PartyCell : EditableEntity
{
    public int WardId { get; set; }
    public Ward? Ward { get; set; }

    public required string Name { get; set; }
    public CellKind Kind { get; set; }

    /// <summary>Residential zone served, e.g. "Khu 5"; empty for enterprises and agencies.</summary>
    public string? ResidentialZone { get; set; }

    public DateOnly ValidFrom { get; set; } = new(1900, 1, 1);
    public DateOnly? ValidTo { get; set; }
}
