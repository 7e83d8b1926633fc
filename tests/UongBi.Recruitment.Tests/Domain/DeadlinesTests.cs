using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Tests.Domain;

public class DeadlinesTests
{
    private static readonly RuleSettings Settings = new();
    private static readonly WorkingCalendar Calendar = VietnamHolidays.Calendar;

    // ---- Decision -------------------------------------------------------------------------

    [Fact]
    public void For_candidate_at_cell_resolution_lists_decision_due_60_working_days_later()
    {
        // Arrange: resolution 10/01/2024
        var candidate = SampleCandidate.At(Stage.CellResolution);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 1, 20), Settings, Calendar);

        // Assert
        deadlines.ShouldHaveSingleItem().ShouldBe(
            new Deadline(DeadlineKind.Decision, new DateOnly(2024, 4, 10), DeadlineState.Pending, DaysLeft: 81, WorkingDaysLeft: 53));
    }

    [Fact]
    public void For_candidate_with_decision_extended_lists_decision_due_90_working_days_later()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CellResolution);
        candidate.DecisionExtended = true;

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 1, 20), Settings, Calendar);

        // Assert
        deadlines.ShouldHaveSingleItem().ShouldBe(
            new Deadline(DeadlineKind.Decision, new DateOnly(2024, 5, 28), DeadlineState.Pending, DaysLeft: 129, WorkingDaysLeft: 83));
    }

    [Fact]
    public void For_candidate_at_committee_review_still_lists_the_decision_deadline()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CommitteeReview);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 2, 1), Settings, Calendar);

        // Assert
        var deadline = deadlines.ShouldHaveSingleItem();
        deadline.Kind.ShouldBe(DeadlineKind.Decision);
        deadline.DueOn.ShouldBe(new DateOnly(2024, 4, 10));
    }

    [Theory]
    [InlineData(2024, 3, 10, DeadlineState.Pending, 31, 23)]
    [InlineData(2024, 3, 11, DeadlineState.DueSoon, 30, 22)]
    [InlineData(2024, 4, 9, DeadlineState.DueSoon, 1, 1)]
    [InlineData(2024, 4, 10, DeadlineState.DueSoon, 0, 0)]
    [InlineData(2024, 4, 11, DeadlineState.Overdue, -1, -1)]
    [InlineData(2024, 4, 15, DeadlineState.Overdue, -5, -3)]
    public void For_decision_deadline_state_follows_days_left(int year, int month, int day, DeadlineState state, int daysLeft, int workingDaysLeft)
    {
        // Arrange: due 10/04/2024
        var candidate = SampleCandidate.At(Stage.CellResolution);

        // Act
        var deadline = Deadlines.For(candidate, new DateOnly(year, month, day), Settings, Calendar).ShouldHaveSingleItem();

        // Assert
        deadline.State.ShouldBe(state);
        deadline.DaysLeft.ShouldBe(daysLeft);
        deadline.WorkingDaysLeft.ShouldBe(workingDaysLeft);
    }

    [Fact]
    public void For_due_soon_days_setting_is_used()
    {
        // Arrange: 81 days before the decision is due
        var candidate = SampleCandidate.At(Stage.CellResolution);
        var settings = Settings with { DueSoonDays = 90 };

        // Act
        var deadline = Deadlines.For(candidate, new DateOnly(2024, 1, 20), settings, Calendar).ShouldHaveSingleItem();

        // Assert
        deadline.State.ShouldBe(DeadlineState.DueSoon);
    }

    // ---- Ceremony and recognition ---------------------------------------------------------

    [Fact]
    public void For_candidate_with_decision_lists_ceremony_due_30_working_days_later()
    {
        // Arrange: decision 01/03/2024
        var candidate = SampleCandidate.At(Stage.Decision);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 3, 5), Settings, Calendar);

        // Assert
        deadlines.ShouldHaveSingleItem().ShouldBe(
            new Deadline(DeadlineKind.Ceremony, new DateOnly(2024, 4, 12), DeadlineState.Pending, DaysLeft: 38, WorkingDaysLeft: 28));
    }

    [Fact]
    public void For_probationary_member_lists_recognition_30_working_days_after_12_months()
    {
        // Arrange: ceremony 15/03/2024, probation ends 15/03/2025
        var candidate = SampleCandidate.At(Stage.Probationary);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2025, 1, 2), Settings, Calendar);

        // Assert
        deadlines.ShouldHaveSingleItem().ShouldBe(
            new Deadline(DeadlineKind.Recognition, new DateOnly(2025, 4, 28), DeadlineState.Pending, DaysLeft: 116, WorkingDaysLeft: 76));
    }

    [Fact]
    public void For_probationary_member_past_recognition_deadline_is_overdue()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Probationary);

        // Act
        var deadline = Deadlines.For(candidate, new DateOnly(2025, 5, 5), Settings, Calendar).ShouldHaveSingleItem();

        // Assert: overdue since 28/04/2025; 29/04 and 05/05 are working days, 30/04–02/05 are holidays
        deadline.State.ShouldBe(DeadlineState.Overdue);
        deadline.DaysLeft.ShouldBe(-7);
        deadline.WorkingDaysLeft.ShouldBe(-2);
    }

    [Fact]
    public void For_official_member_lists_nothing()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Official);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2025, 4, 1), Settings, Calendar);

        // Assert
        deadlines.ShouldBeEmpty();
    }

    // ---- Document expiry before the cell resolution ---------------------------------------

    [Fact]
    public void For_candidate_before_cell_resolution_lists_certificate_and_document_expiry()
    {
        // Arrange: certificate 15/04/2023 (60 months), documents September 2023 (12 months)
        var candidate = SampleCandidate.At(Stage.Verification);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2023, 12, 1), Settings, Calendar);

        // Assert
        deadlines.Select(d => (d.Kind, d.DueOn, d.State)).ShouldBe(
        [
            (DeadlineKind.CertificateExpiry, new DateOnly(2028, 4, 15), DeadlineState.Pending),
            (DeadlineKind.ApplicationExpiry, new DateOnly(2024, 9, 1), DeadlineState.Pending),
            (DeadlineKind.PersonalHistoryExpiry, new DateOnly(2024, 9, 5), DeadlineState.Pending),
            (DeadlineKind.IntroductionExpiry, new DateOnly(2024, 9, 10), DeadlineState.Pending),
        ]);
    }

    [Fact]
    public void For_documents_lapsing_around_as_of_date_have_overdue_and_due_soon_states()
    {
        // Arrange: the candidate is still at verification on 06/09/2024
        var candidate = SampleCandidate.At(Stage.Verification);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 9, 6), Settings, Calendar);

        // Assert (the test calendar has no holidays after 2025, hence 928 working days to 2028)
        deadlines.ShouldBe(
        [
            new Deadline(DeadlineKind.CertificateExpiry, new DateOnly(2028, 4, 15), DeadlineState.Pending, 1317, 928),
            new Deadline(DeadlineKind.ApplicationExpiry, new DateOnly(2024, 9, 1), DeadlineState.Overdue, -5, -3),
            new Deadline(DeadlineKind.PersonalHistoryExpiry, new DateOnly(2024, 9, 5), DeadlineState.Overdue, -1, -1),
            new Deadline(DeadlineKind.IntroductionExpiry, new DateOnly(2024, 9, 10), DeadlineState.DueSoon, 4, 2),
        ]);
    }

    [Theory]
    [InlineData(Stage.Source)]
    [InlineData(Stage.Sympathiser)]
    [InlineData(Stage.Dossier)]
    [InlineData(Stage.Verification)]
    public void For_each_stage_before_cell_resolution_lists_the_expiry_dates(Stage stage)
    {
        // Arrange
        var candidate = SampleCandidate.At(stage);

        // Act
        var deadlines = Deadlines.For(candidate, SampleCandidate.DateOf(stage), Settings, Calendar);

        // Assert
        deadlines.Select(d => d.Kind).ShouldBe(
            [DeadlineKind.CertificateExpiry, DeadlineKind.ApplicationExpiry, DeadlineKind.PersonalHistoryExpiry, DeadlineKind.IntroductionExpiry]);
    }

    [Fact]
    public void For_candidate_with_only_a_certificate_lists_only_its_expiry()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Sympathiser);
        candidate.ApplicationOn = null;
        candidate.PersonalHistoryOn = null;
        candidate.IntroductionOn = null;

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2023, 5, 1), Settings, Calendar);

        // Assert
        var deadline = deadlines.ShouldHaveSingleItem();
        deadline.Kind.ShouldBe(DeadlineKind.CertificateExpiry);
        deadline.DueOn.ShouldBe(new DateOnly(2028, 4, 15));
    }

    [Fact]
    public void For_source_without_documents_lists_nothing()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);
        candidate.CertificateOn = null;
        candidate.ApplicationOn = null;
        candidate.PersonalHistoryOn = null;
        candidate.IntroductionOn = null;

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2023, 2, 1), Settings, Calendar);

        // Assert
        deadlines.ShouldBeEmpty();
    }

    [Fact]
    public void For_candidate_at_cell_resolution_no_longer_lists_document_expiry()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CellResolution);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 1, 10), Settings, Calendar);

        // Assert
        deadlines.Select(d => d.Kind).ShouldBe([DeadlineKind.Decision]);
    }

    [Fact]
    public void For_validity_settings_are_used()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        var settings = Settings with { CertificateValidityMonths = 24, DocumentValidityMonths = 6 };

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2023, 12, 1), settings, Calendar);

        // Assert
        deadlines.Select(d => d.DueOn).ShouldBe(
            [new DateOnly(2025, 4, 15), new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 10)]);
    }

    // ---- Dropped and as-of -----------------------------------------------------------------

    [Fact]
    public void For_dropped_candidate_lists_nothing()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CellResolution);
        candidate.DroppedOn = new DateOnly(2024, 1, 15);
        candidate.DropReason = DropReason.MovedAway;

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 1, 20), Settings, Calendar);

        // Assert
        deadlines.ShouldBeEmpty();
    }

    [Fact]
    public void For_dropped_candidate_as_of_before_the_drop_lists_what_was_open_then()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CellResolution);
        candidate.DroppedOn = new DateOnly(2024, 1, 25);
        candidate.DropReason = DropReason.MovedAway;

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 1, 20), Settings, Calendar);

        // Assert
        deadlines.ShouldHaveSingleItem().Kind.ShouldBe(DeadlineKind.Decision);
    }

    [Theory]
    [InlineData(2022, 12, 31, new DeadlineKind[0])]
    [InlineData(2023, 12, 1, new[] { DeadlineKind.CertificateExpiry, DeadlineKind.ApplicationExpiry, DeadlineKind.PersonalHistoryExpiry, DeadlineKind.IntroductionExpiry })]
    [InlineData(2024, 1, 20, new[] { DeadlineKind.Decision })]
    [InlineData(2024, 2, 1, new[] { DeadlineKind.Decision })]
    [InlineData(2024, 3, 5, new[] { DeadlineKind.Ceremony })]
    [InlineData(2024, 6, 1, new[] { DeadlineKind.Recognition })]
    [InlineData(2025, 4, 1, new DeadlineKind[0])]
    public void For_as_of_date_before_later_stages_uses_the_stage_reached_then(int year, int month, int day, DeadlineKind[] expected)
    {
        // Arrange: an official member; the as-of date goes back along the path
        var candidate = SampleCandidate.At(Stage.Official);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(year, month, day), Settings, Calendar);

        // Assert
        deadlines.Select(d => d.Kind).ShouldBe(expected);
    }

    [Fact]
    public void For_as_of_date_before_decision_lists_decision_with_its_state_then()
    {
        // Arrange: the candidate is admitted today, but on 11/04/2024 the decision was one day late
        var candidate = SampleCandidate.At(Stage.Probationary);
        candidate.DecisionOn = new DateOnly(2024, 4, 12);
        candidate.AdmittedOn = new DateOnly(2024, 4, 20);

        // Act
        var deadline = Deadlines.For(candidate, new DateOnly(2024, 4, 11), Settings, Calendar).ShouldHaveSingleItem();

        // Assert
        deadline.Kind.ShouldBe(DeadlineKind.Decision);
        deadline.State.ShouldBe(DeadlineState.Overdue);
        deadline.DaysLeft.ShouldBe(-1);
    }

    // ---- Worst ------------------------------------------------------------------------------

    [Fact]
    public void Worst_no_deadlines_returns_null()
    {
        // Act
        var worst = Deadlines.Worst([]);

        // Assert
        worst.ShouldBeNull();
    }

    [Fact]
    public void Worst_mixed_states_returns_overdue()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 9, 6), Settings, Calendar);

        // Act
        var worst = Deadlines.Worst(deadlines);

        // Assert
        worst.ShouldBe(DeadlineState.Overdue);
    }

    [Fact]
    public void Worst_pending_and_due_soon_returns_due_soon()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 8, 15), Settings, Calendar);

        // Act
        var worst = Deadlines.Worst(deadlines);

        // Assert
        worst.ShouldBe(DeadlineState.DueSoon);
    }

    // ---- Turning sixty before the cell resolution -----------------------------------------

    [Theory]
    [InlineData(2023, 12, 1, DeadlineState.Pending, 80)]
    [InlineData(2024, 1, 20, DeadlineState.DueSoon, 30)]
    [InlineData(2024, 2, 19, DeadlineState.DueSoon, 0)]
    [InlineData(2024, 2, 20, DeadlineState.Overdue, -1)]
    [InlineData(2024, 6, 1, DeadlineState.Overdue, -103)]
    public void For_candidate_nearing_the_age_limit_lists_turns_sixty_with_its_state(int year, int month, int day, DeadlineState state, int daysLeft)
    {
        // Arrange: born 20/01/1964, 721 months old on 20/02/2024, so 19/02/2024 is the last day for the cell resolution
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(1964, 1, 20);
        var asOf = new DateOnly(year, month, day);

        // Act
        var deadline = Deadlines.For(candidate, asOf, Settings, Calendar).Single(d => d.Kind == DeadlineKind.TurnsSixty);

        // Assert
        deadline.ShouldBe(new Deadline(
            DeadlineKind.TurnsSixty, new DateOnly(2024, 2, 19), state, daysLeft, Calendar.WorkingDaysBetween(asOf, new DateOnly(2024, 2, 19))));
    }

    [Theory]
    [InlineData(1964, 1, 20)]
    [InlineData(1965, 1, 31)]
    [InlineData(1964, 2, 29)]
    [InlineData(1965, 3, 30)]
    [InlineData(1965, 12, 31)]
    public void For_turns_sixty_due_date_is_the_last_day_the_age_check_passes(int year, int month, int day)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);
        candidate.BirthDate = new DateOnly(year, month, day);
        var asOf = AgeRules.DateTurning(candidate.BirthDate, Settings.MaxAgeMonths).AddMonths(-1);

        // Act
        var due = Deadlines.For(candidate, asOf, Settings, Calendar).Single(d => d.Kind == DeadlineKind.TurnsSixty).DueOn;

        // Assert
        AgeRules.Check(candidate.BirthDate, due, Settings, hasOverAgeConsent: false).Status.ShouldBe(AgeStatus.Eligible);
        AgeRules.Check(candidate.BirthDate, due.AddDays(1), Settings, hasOverAgeConsent: false).Status.ShouldBe(AgeStatus.TooOld);
    }

    [Fact]
    public void For_candidate_with_over_age_consent_does_not_list_turns_sixty()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(1964, 1, 20);
        candidate.OverAgeConsentRef = "125-CV/TU";

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 2, 1), Settings, Calendar);

        // Assert
        deadlines.ShouldNotContain(d => d.Kind == DeadlineKind.TurnsSixty);
    }

    [Theory]
    [InlineData(Stage.CellResolution)]
    [InlineData(Stage.CommitteeReview)]
    [InlineData(Stage.Decision)]
    [InlineData(Stage.Probationary)]
    public void For_candidate_past_the_cell_resolution_does_not_list_turns_sixty(Stage stage)
    {
        // Arrange: the age was checked at the cell resolution; turning 60 afterwards changes nothing
        var candidate = SampleCandidate.At(stage);
        candidate.BirthDate = new DateOnly(1964, 5, 20);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 5, 1), Settings, Calendar);

        // Assert
        deadlines.ShouldNotContain(d => d.Kind == DeadlineKind.TurnsSixty);
    }

    [Fact]
    public void For_dropped_candidate_does_not_list_turns_sixty()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(1964, 1, 20);
        candidate.DroppedOn = new DateOnly(2023, 12, 1);
        candidate.DropReason = DropReason.OverAge;

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 2, 1), Settings, Calendar);

        // Assert
        deadlines.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2023, 2, 20, true)]
    [InlineData(2023, 2, 19, true)]
    [InlineData(2023, 2, 18, false)]
    public void For_turns_sixty_is_listed_from_twelve_months_before(int year, int month, int day, bool listed)
    {
        // Arrange: last day 19/02/2024; the documents' validity (12 months) is the horizon
        var candidate = SampleCandidate.At(Stage.Source);
        candidate.BirthDate = new DateOnly(1964, 1, 20);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(year, month, day), Settings, Calendar);

        // Assert
        deadlines.Any(d => d.Kind == DeadlineKind.TurnsSixty).ShouldBe(listed);
    }

    [Fact]
    public void For_max_age_setting_is_used_for_turns_sixty()
    {
        // Arrange: a limit of 62 years (744 months): 745 months on 20/02/2026
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(1964, 1, 20);
        var settings = Settings with { MaxAgeMonths = 62 * 12 };

        // Act
        var deadline = Deadlines.For(candidate, new DateOnly(2025, 6, 1), settings, Calendar).Single(d => d.Kind == DeadlineKind.TurnsSixty);

        // Assert
        deadline.DueOn.ShouldBe(new DateOnly(2026, 2, 19));
        deadline.State.ShouldBe(DeadlineState.Pending);
    }

    [Fact]
    public void For_young_candidate_does_not_list_turns_sixty()
    {
        // Arrange: born in 2000
        var candidate = SampleCandidate.At(Stage.Verification);

        // Act
        var deadlines = Deadlines.For(candidate, new DateOnly(2024, 1, 1), Settings, Calendar);

        // Assert
        deadlines.ShouldNotContain(d => d.Kind == DeadlineKind.TurnsSixty);
    }
}
