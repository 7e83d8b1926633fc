using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Tests.Domain;

/// <summary>
/// Can a planned candidate still make a batch's date? The sample candidate's cell resolution is 10/01/2024
/// (decision due 10/04/2024, or 28/05/2024 extended) and the decision 01/03/2024 (ceremony due 12/04/2024).
/// </summary>
public class BatchFeasibilityTests
{
    private static readonly RuleSettings Settings = new();
    private static readonly WorkingCalendar Calendar = VietnamHolidays.Calendar;

    private static BatchFeasibilityResult Assess(Candidate candidate, DateOnly batch, DateOnly today, RuleSettings? settings = null) =>
        BatchFeasibility.Assess(candidate, batch, today, settings ?? Settings, Calendar);

    // ---- Decision recorded (stage 7) --------------------------------------------------------

    [Theory]
    [InlineData(2024, 3, 1)]
    [InlineData(2024, 3, 15)]
    [InlineData(2024, 4, 12)]
    public void Assess_decision_recorded_and_batch_within_ceremony_deadline_is_ready(int year, int month, int day)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Decision);

        // Act
        var result = Assess(candidate, new DateOnly(year, month, day), new DateOnly(2024, 3, 5));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Ready, new DateOnly(2024, 4, 12)));
    }

    [Fact]
    public void Assess_decision_recorded_and_batch_after_ceremony_deadline_is_late()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Decision);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 5, 19), new DateOnly(2024, 3, 5));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Late, new DateOnly(2024, 4, 12)));
    }

    [Fact]
    public void Assess_batch_dated_before_the_decision_is_unlikely()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Decision);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 2, 3), new DateOnly(2024, 3, 5));

        // Assert
        result.Verdict.ShouldBe(BatchVerdict.Unlikely);
        result.Reason.ShouldBe(BatchUnlikelyReason.BatchBeforeDecision);
    }

    [Fact]
    public void Assess_batch_dated_before_a_reinstatement_is_unlikely()
    {
        // Arrange: dropped after the decision and reinstated on 20/03/2024
        var candidate = SampleCandidate.At(Stage.Decision);
        candidate.ReinstatedOn = new DateOnly(2024, 3, 20);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 3, 15), new DateOnly(2024, 3, 25));

        // Assert
        result.Reason.ShouldBe(BatchUnlikelyReason.BatchBeforeDecision);
    }

    [Fact]
    public void Assess_uses_the_ceremony_working_days_setting()
    {
        // Arrange: 10 working days after 01/03/2024 is 15/03/2024
        var candidate = SampleCandidate.At(Stage.Decision);
        var settings = Settings with { CeremonyWorkingDays = 10 };

        // Act
        var onTime = Assess(candidate, new DateOnly(2024, 3, 15), new DateOnly(2024, 3, 5), settings);
        var late = Assess(candidate, new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 5), settings);

        // Assert
        onTime.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Ready, new DateOnly(2024, 3, 15)));
        late.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Late, new DateOnly(2024, 3, 15)));
    }

    [Fact]
    public void Assess_ready_and_late_agree_with_the_ceremony_rule_for_every_date()
    {
        // Arrange
        var today = new DateOnly(2024, 6, 30);

        for (var batch = new DateOnly(2024, 3, 1); batch <= today; batch = batch.AddDays(1))
        {
            // Act
            var result = Assess(SampleCandidate.At(Stage.Decision), batch, today);
            var check = AdmissionPath.CheckAdvance(SampleCandidate.At(Stage.Decision), new AdvanceRequest(Stage.Probationary, batch), Settings, Calendar, today);

            // Assert
            check.Allowed.ShouldBeTrue();
            result.Verdict.ShouldBe(check.Has(RuleCode.CeremonyLate) ? BatchVerdict.Late : BatchVerdict.Ready, batch.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    // ---- Awaiting the decision (stages 5 and 6) ---------------------------------------------

    [Theory]
    [InlineData(Stage.CellResolution)]
    [InlineData(Stage.CommitteeReview)]
    public void Assess_awaiting_decision_with_time_left_needs_a_decision_by_the_batch_date(Stage stage)
    {
        // Arrange
        var candidate = SampleCandidate.At(stage);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 3, 8), new DateOnly(2024, 2, 1));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.NeedsDecision, new DateOnly(2024, 3, 8)));
    }

    [Fact]
    public void Assess_awaiting_decision_for_a_later_batch_needs_a_decision_by_the_decision_deadline()
    {
        // Arrange: decision due 10/04/2024; a decision that day leaves the ceremony until 28/05/2024
        var candidate = SampleCandidate.At(Stage.CommitteeReview);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 5, 19), new DateOnly(2024, 2, 1));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.NeedsDecision, new DateOnly(2024, 4, 10)));
    }

    [Fact]
    public void Assess_awaiting_decision_for_a_batch_beyond_any_ceremony_deadline_is_late()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CellResolution);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 9, 2), new DateOnly(2024, 2, 1));

        // Assert: even a decision on 10/04/2024 leaves the ceremony due 28/05/2024
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Late, new DateOnly(2024, 5, 28)));
    }

    [Theory]
    [InlineData(false, BatchVerdict.Late, 2024, 5, 28)]
    [InlineData(true, BatchVerdict.NeedsDecision, 2024, 5, 28)]
    public void Assess_extended_decision_deadline_leaves_more_time(bool extended, BatchVerdict verdict, int year, int month, int day)
    {
        // Arrange: extended, the decision is due 28/05/2024 and the ceremony then by 09/07/2024
        var candidate = SampleCandidate.At(Stage.CellResolution);
        candidate.DecisionExtended = extended;

        // Act
        var result = Assess(candidate, new DateOnly(2024, 7, 1), new DateOnly(2024, 2, 1));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(verdict, new DateOnly(year, month, day)));
    }

    [Fact]
    public void Assess_awaiting_decision_after_the_decision_deadline_is_unlikely()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CommitteeReview);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 5, 19), new DateOnly(2024, 4, 11));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Unlikely, new DateOnly(2024, 4, 10), BatchUnlikelyReason.DecisionDeadlinePassed));
    }

    [Fact]
    public void Assess_awaiting_decision_on_the_decision_deadline_still_needs_a_decision()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CommitteeReview);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 5, 19), new DateOnly(2024, 4, 10));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.NeedsDecision, new DateOnly(2024, 4, 10)));
    }

    [Fact]
    public void Assess_awaiting_decision_for_a_batch_already_past_is_unlikely()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CommitteeReview);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 5));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Unlikely, null, BatchUnlikelyReason.NoTimeForDecision));
    }

    // ---- Other stages -------------------------------------------------------------------------

    [Theory]
    [InlineData(Stage.Source)]
    [InlineData(Stage.Sympathiser)]
    [InlineData(Stage.Dossier)]
    [InlineData(Stage.Verification)]
    public void Assess_before_the_cell_resolution_is_unlikely(Stage stage)
    {
        // Arrange
        var candidate = SampleCandidate.At(stage);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 12, 22), new DateOnly(2023, 12, 1));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Unlikely, null, BatchUnlikelyReason.BeforeCellResolution));
    }

    [Theory]
    [InlineData(Stage.Probationary)]
    [InlineData(Stage.Official)]
    public void Assess_admitted_candidate_is_already_admitted(Stage stage)
    {
        // Arrange
        var candidate = SampleCandidate.At(stage);

        // Act
        var result = Assess(candidate, new DateOnly(2024, 5, 19), new DateOnly(2025, 6, 1));

        // Assert
        result.Verdict.ShouldBe(BatchVerdict.AlreadyAdmitted);
    }

    [Fact]
    public void Assess_dropped_candidate_is_dropped_whatever_the_stage()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Decision);
        candidate.DroppedOn = new DateOnly(2024, 3, 10);
        candidate.DropReason = DropReason.Withdrew;

        // Act
        var result = Assess(candidate, new DateOnly(2024, 3, 15), new DateOnly(2024, 3, 12));

        // Assert
        result.ShouldBe(new BatchFeasibilityResult(BatchVerdict.Dropped));
    }
}
