using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Web.Features.Dashboard;

/// <summary>
/// The dashboard's figures for a year as of a date: what the page shows, the API returns and the Excel report
/// prints. Every count follows DOMAIN.md "Targets and progress"; see <see cref="ProgressService"/>.
/// </summary>
public sealed record ProgressReport(
    int Year,
    DateOnly AsOf,
    CityProgress City,
    IReadOnlyList<WardProgress> Wards,
    StatusCounts Statuses,
    ProgressDetail Detail);

/// <summary>
/// The city's own line: its plan from the province, counted over every unit of the year in the plan's scope.
/// <see cref="SumOfWardAdmitted"/> adds the admitted of the units that have a target, so that it divided by
/// <see cref="SumOfWardTargets"/> is a percentage of the same units (a unit without a target has no percentage).
/// </summary>
public sealed record CityProgress(
    int? Plan,
    TargetScope Scope,
    int Admitted,
    int? Percent,
    decimal? Ratio,
    int AdmittedResidential,
    int AdmittedAllCells,
    int AwaitingCeremony,
    int InPipeline,
    int Forecast,
    TargetStatus Status,
    int SumOfWardTargets,
    int SumOfWardAdmitted);

/// <summary>
/// One unit's line. <see cref="Admitted"/>, <see cref="AwaitingCeremony"/>, <see cref="InPipeline"/> and the
/// forecast count the cells in the target's scope (all cells when there is no target).
/// </summary>
public sealed record WardProgress(
    int WardId,
    string WardName,
    UnitKind Kind,
    DateOnly? ClosedOn,
    int? Target,
    TargetScope Scope,
    int Admitted,
    int? Percent,
    decimal? Ratio,
    int AdmittedResidential,
    int AdmittedAllCells,
    int AwaitingCeremony,
    int InPipeline,
    int Forecast,
    TargetStatus Status,
    IReadOnlyList<CategoryCount> ByCategory,
    IReadOnlyList<StageCount> ByStage);

public sealed record StatusCounts(int Reached, int OnTrack, int AtRisk, int NoTarget);

public sealed record CategoryCount(Category Category, int Count);

public sealed record StageCount(Stage Stage, int Count);

public sealed record CellKindCount(CellKind Kind, int Count);

public sealed record GenderCount(Gender Gender, int Count);

/// <summary>Admissions in a month (in the unit's scope) and the even-pace line; <see cref="Cumulative"/> is null after the as-of date.</summary>
public sealed record MonthPoint(int Month, int Admitted, int? Cumulative, decimal? EvenPace);

/// <summary>Ages at the admission ceremony, in whole months as the statute counts them.</summary>
public sealed record AgeFigures(int Admitted, decimal? AverageYears, int Under30, int? Under30Percent);

/// <summary>
/// The youngest member admitted in the period in a cell: personal data, listed only for users who may read the
/// ward's candidates.
/// </summary>
public sealed record YoungestInCell(int CellId, string Cell, CellKind Kind, int CandidateId, string FullName, DateOnly AdmittedOn, int AgeYears);

/// <summary>The unit shown in detail (the city, or one ward) with its breakdowns, all in that unit's scope.</summary>
public sealed record ProgressDetail(
    int? WardId,
    string? WardName,
    int? Target,
    TargetScope Scope,
    int Admitted,
    IReadOnlyList<MonthPoint> Months,
    IReadOnlyList<StageCount> Funnel,
    IReadOnlyList<CategoryCount> ByCategory,
    IReadOnlyList<CellKindCount> ByCellKind,
    IReadOnlyList<GenderCount> ByGender,
    AgeFigures Age,
    IReadOnlyList<YoungestInCell> Youngest);
