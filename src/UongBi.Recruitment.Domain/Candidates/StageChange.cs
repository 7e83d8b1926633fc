namespace UongBi.Recruitment.Domain.Candidates;

/// <summary>One step in a candidate's history: who, when, from which stage to which, and why.</summary>
public sealed class StageChange
{
    public long Id { get; set; }
    public int CandidateId { get; set; }
    public StageChangeKind Kind { get; set; }
    public Stage? FromStage { get; set; }
    public Stage ToStage { get; set; }

    /// <summary>The date the step took effect (the stage date), as entered by the user.</summary>
    public DateOnly On { get; set; }

    public string? DocumentRef { get; set; }
    public DropReason? DropReason { get; set; }
    public string? Note { get; set; }

    /// <summary>When it was recorded and by whom.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}
