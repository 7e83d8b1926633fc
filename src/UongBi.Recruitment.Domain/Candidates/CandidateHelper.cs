namespace UongBi.Recruitment.Domain.Candidates;

/// <summary>
/// An official party member assigned to help a sympathiser (đảng viên giúp đỡ). A helper who moves
/// away or is disciplined is replaced: the row is ended with a reason, never deleted.
/// </summary>
public sealed class CandidateHelper
{
    public int Id { get; set; }
    public int CandidateId { get; set; }
    public required string FullName { get; set; }

    /// <summary>Party card number (số thẻ đảng viên), when known.</summary>
    public string? PartyCardNumber { get; set; }

    public DateOnly AssignedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }

    /// <summary>The helper who took over, when this one was replaced.</summary>
    public int? ReplacedById { get; set; }
}
