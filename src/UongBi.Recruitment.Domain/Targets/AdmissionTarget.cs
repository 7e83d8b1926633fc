using UongBi.Recruitment.Domain.Common;
using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Domain.Targets;

/// <summary>Which cells' admissions count toward a target.</summary>
public enum TargetScope
{
    /// <summary>All of the unit's cells.</summary>
    AllCells = 1,

    /// <summary>Only cells in residential areas and villages (the article's figures).</summary>
    ResidentialAndVillage = 2,
}

public static class TargetScopes
{
    public static bool Counts(this TargetScope scope, CellKind cellKind) =>
        scope == TargetScope.AllCells || cellKind.IsResidentialOrVillage();
}

/// <summary>The admission target (chỉ tiêu kết nạp) the city committee assigns a ward for a year.</summary>
public sealed class AdmissionTarget : EditableEntity
{
    public int WardId { get; set; }
    public Ward? Ward { get; set; }
    public int Year { get; set; }
    public int Count { get; set; }
    public TargetScope Scope { get; set; } = TargetScope.ResidentialAndVillage;
}

/// <summary>
/// The plan the province assigns the city for a year; it need not equal the sum of the wards' targets.
/// </summary>
public sealed class CityPlan : EditableEntity
{
    public int Year { get; set; }
    public int Count { get; set; }
    public TargetScope Scope { get; set; } = TargetScope.ResidentialAndVillage;
}
