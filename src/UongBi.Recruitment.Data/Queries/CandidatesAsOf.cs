using System.Linq.Expressions;
using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Data.Queries;

/// <summary>
/// "As of a date" as SQL: the same answers as <c>AdmissionPath.StageOn</c> gives for one candidate, written as
/// query filters so the dashboard, the candidates list it drills into, and the exports count the same rows.
/// Stage dates never go backwards along the path, so "at stage S on D" is "reached S by D and not S+1 by D".
/// </summary>
public static class CandidatesAsOf
{
    /// <summary>On the path on <paramref name="on"/>: proposed by then, and not dropped at that moment.</summary>
    public static IQueryable<Candidate> OnPathOn(this IQueryable<Candidate> candidates, DateOnly on) =>
        candidates.Where(c => c.SourceOn <= on
            && (c.DroppedOn == null || c.DroppedOn > on)
            && !(c.LastDroppedOn != null && c.LastDroppedOn <= on && c.ReinstatedOn > on));

    /// <summary>On the path on <paramref name="on"/> at a stage between <paramref name="from"/> and <paramref name="to"/> (inclusive).</summary>
    public static IQueryable<Candidate> AtStagesOn(this IQueryable<Candidate> candidates, Stage from, Stage to, DateOnly on)
    {
        var result = candidates.OnPathOn(on).Where(Reached(from, on));
        return to < Stage.Official ? result.Where(NotReached(to + 1, on)) : result;
    }

    /// <summary>Admission ceremonies from <paramref name="from"/> to <paramref name="to"/> (inclusive): "admitted in the period".</summary>
    public static IQueryable<Candidate> AdmittedBetween(this IQueryable<Candidate> candidates, DateOnly from, DateOnly to) =>
        candidates.Where(c => c.AdmittedOn >= from && c.AdmittedOn <= to);

    /// <summary>
    /// Everyone on the path on <paramref name="on"/> and not yet admitted then, with the stage reached (1–7), their
    /// unit and cell: the pipeline the dashboard counts.
    /// </summary>
    /// <remarks>
    /// Written as three ranges of <c>IX_Candidates_AsOf</c> (AdmittedOn, DroppedOn, …) joined by UNION ALL — still
    /// open; dropped after the date; admitted after the date — because the equivalent
    /// <c>AdmittedOn IS NULL OR AdmittedOn &gt; @on</c> makes SQLite read the table row of every candidate ever
    /// dropped (a quarter of a national database) instead of answering from the index.
    /// </remarks>
    public static IQueryable<CandidateStage> PipelineOn(this IQueryable<Candidate> candidates, DateOnly on) =>
        WithStage(candidates.Where(c => c.AdmittedOn == null && c.DroppedOn == null), on)
            .Concat(WithStage(candidates.Where(c => c.AdmittedOn == null && c.DroppedOn > on), on))
            .Concat(WithStage(candidates.Where(c => c.AdmittedOn > on), on));

    private static IQueryable<CandidateStage> WithStage(IQueryable<Candidate> candidates, DateOnly on) =>
        candidates.OnPathOn(on).Select(c => new CandidateStage
        {
            WardId = c.WardId,
            CellId = c.CellId,
            Stage = c.DecisionOn <= on ? Stage.Decision
                : c.CommitteeReviewOn <= on ? Stage.CommitteeReview
                : c.CellResolutionOn <= on ? Stage.CellResolution
                : c.VerificationOn <= on ? Stage.Verification
                : c.DossierOn <= on ? Stage.Dossier
                : c.SympathiserOn <= on ? Stage.Sympathiser
                : Stage.Source,
        });

    private static Expression<Func<Candidate, bool>> Reached(Stage stage, DateOnly on) => stage switch
    {
        Stage.Source => c => c.SourceOn <= on,
        Stage.Sympathiser => c => c.SympathiserOn <= on,
        Stage.Dossier => c => c.DossierOn <= on,
        Stage.Verification => c => c.VerificationOn <= on,
        Stage.CellResolution => c => c.CellResolutionOn <= on,
        Stage.CommitteeReview => c => c.CommitteeReviewOn <= on,
        Stage.Decision => c => c.DecisionOn <= on,
        Stage.Probationary => c => c.AdmittedOn <= on,
        Stage.Official => c => c.OfficialOn <= on,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    private static Expression<Func<Candidate, bool>> NotReached(Stage stage, DateOnly on) => stage switch
    {
        Stage.Sympathiser => c => c.SympathiserOn == null || c.SympathiserOn > on,
        Stage.Dossier => c => c.DossierOn == null || c.DossierOn > on,
        Stage.Verification => c => c.VerificationOn == null || c.VerificationOn > on,
        Stage.CellResolution => c => c.CellResolutionOn == null || c.CellResolutionOn > on,
        Stage.CommitteeReview => c => c.CommitteeReviewOn == null || c.CommitteeReviewOn > on,
        Stage.Decision => c => c.DecisionOn == null || c.DecisionOn > on,
        Stage.Probationary => c => c.AdmittedOn == null || c.AdmittedOn > on,
        Stage.Official => c => c.OfficialOn == null || c.OfficialOn > on,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}

/// <summary>A candidate's unit, cell and the stage reached on a date (see <see cref="CandidatesAsOf.PipelineOn"/>).</summary>
public sealed class CandidateStage
{
    public int WardId { get; init; }

    public int CellId { get; init; }

    public Stage Stage { get; init; }
}
