using UongBi.Recruitment.Domain.Common;
using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Domain.Batches;

/// <summary>
/// The city admits in groups tied to holidays (3 Feb, 19 May, 2 Sep, 7 Nov, 22 Dec). Candidates are
/// planned into a batch; the batch view shows who can still make it.
/// </summary>
public sealed class AdmissionBatch : EditableEntity
{
    public required string Name { get; set; }
    public DateOnly Date { get; set; }
    public List<Ward> Wards { get; set; } = [];
}
