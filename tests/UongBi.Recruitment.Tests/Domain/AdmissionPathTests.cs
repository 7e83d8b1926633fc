using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Tests.Domain;

public class AdmissionPathTests
{
    private static readonly RuleSettings Settings = new();
    private static readonly WorkingCalendar Calendar = VietnamHolidays.Calendar;

    /// <summary>Ward secretary recording on Monday 2 June 2025, 09:30 Vietnam time.</summary>
    private static readonly Recorder Clerk = new("bithu.bacson", new DateTimeOffset(2025, 6, 2, 9, 30, 0, TimeSpan.FromHours(7)));

    private static readonly DateOnly Today = new(2025, 6, 2);

    // ---- Next / RequiresDocument / Recorder -------------------------------------------------

    [Theory]
    [InlineData(Stage.Source, Stage.Sympathiser)]
    [InlineData(Stage.Sympathiser, Stage.Dossier)]
    [InlineData(Stage.Dossier, Stage.Verification)]
    [InlineData(Stage.Verification, Stage.CellResolution)]
    [InlineData(Stage.CellResolution, Stage.CommitteeReview)]
    [InlineData(Stage.CommitteeReview, Stage.Decision)]
    [InlineData(Stage.Decision, Stage.Probationary)]
    [InlineData(Stage.Probationary, Stage.Official)]
    public void Next_stage_on_the_path_returns_the_following_stage(Stage stage, Stage expected)
    {
        // Act
        var next = AdmissionPath.Next(stage);

        // Assert
        next.ShouldBe(expected);
    }

    [Fact]
    public void Next_official_returns_null()
    {
        // Act
        var next = AdmissionPath.Next(Stage.Official);

        // Assert
        next.ShouldBeNull();
    }

    [Theory]
    [InlineData(Stage.Source, false)]
    [InlineData(Stage.Sympathiser, true)]
    [InlineData(Stage.Dossier, false)]
    [InlineData(Stage.Verification, true)]
    [InlineData(Stage.CellResolution, true)]
    [InlineData(Stage.CommitteeReview, true)]
    [InlineData(Stage.Decision, true)]
    [InlineData(Stage.Probationary, false)]
    [InlineData(Stage.Official, true)]
    public void RequiresDocument_each_stage_returns_whether_a_reference_is_needed(Stage stage, bool expected)
    {
        // Act
        var required = AdmissionPath.RequiresDocument(stage);

        // Assert
        required.ShouldBe(expected);
    }

    [Fact]
    public void Recorder_today_is_the_date_on_the_recorders_own_clock()
    {
        // Arrange: 23:30 in Vietnam is still 2 June there, although it is 16:30 UTC.
        var recorder = new Recorder("x", new DateTimeOffset(2025, 6, 2, 23, 30, 0, TimeSpan.FromHours(7)));

        // Act
        var today = recorder.Today;

        // Assert
        today.ShouldBe(new DateOnly(2025, 6, 2));
    }

    // ---- Allowed transitions ----------------------------------------------------------------

    [Theory]
    [InlineData(Stage.Sympathiser)]
    [InlineData(Stage.Dossier)]
    [InlineData(Stage.Verification)]
    [InlineData(Stage.CellResolution)]
    [InlineData(Stage.CommitteeReview)]
    [InlineData(Stage.Decision)]
    [InlineData(Stage.Probationary)]
    [InlineData(Stage.Official)]
    public void Advance_requirements_met_moves_to_next_stage_and_appends_history(Stage to)
    {
        // Arrange
        var from = to - 1;
        var candidate = SampleCandidate.At(from);
        var request = SampleCandidate.StepTo(to) with { Note = "ghi chú" };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
        candidate.Stage.ShouldBe(to);
        candidate.DateOf(to).ShouldBe(SampleCandidate.DateOf(to));
        candidate.DateOf(from).ShouldBe(SampleCandidate.DateOf(from));
        if (to != Stage.Dossier && to != Stage.Probationary)
        {
            candidate.DocumentOf(to).ShouldBe(SampleCandidate.DocumentFor(to));
        }

        var row = candidate.StageChanges.ShouldHaveSingleItem();
        row.Kind.ShouldBe(StageChangeKind.Advanced);
        row.FromStage.ShouldBe(from);
        row.ToStage.ShouldBe(to);
        row.On.ShouldBe(SampleCandidate.DateOf(to));
        row.DocumentRef.ShouldBe(SampleCandidate.DocumentFor(to));
        row.Note.ShouldBe("ghi chú");
        row.RecordedBy.ShouldBe("bithu.bacson");
        row.RecordedAt.ShouldBe(Clerk.Now);
    }

    [Fact]
    public void Advance_whole_path_from_source_reaches_official_with_eight_history_rows()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);

        // Act
        var results = new List<PathCheck>();
        for (var to = Stage.Sympathiser; to <= Stage.Official; to++)
        {
            results.Add(AdmissionPath.Advance(candidate, SampleCandidate.StepTo(to), Settings, Calendar, Clerk));
        }

        // Assert
        results.ShouldAllBe(r => r.Allowed && r.Violations.Count == 0);
        candidate.Stage.ShouldBe(Stage.Official);
        candidate.IsDropped.ShouldBeFalse();
        candidate.StageChanges.Count.ShouldBe(8);
        candidate.StageChanges.Select(c => c.FromStage).ShouldBe(
        [
            Stage.Source, Stage.Sympathiser, Stage.Dossier, Stage.Verification,
            Stage.CellResolution, Stage.CommitteeReview, Stage.Decision, Stage.Probationary,
        ]);
        candidate.StageChanges.Select(c => c.ToStage).ShouldBe(
        [
            Stage.Sympathiser, Stage.Dossier, Stage.Verification, Stage.CellResolution,
            Stage.CommitteeReview, Stage.Decision, Stage.Probationary, Stage.Official,
        ]);
        candidate.StageChanges.Select(c => c.On).ShouldBe(
            Enumerable.Range(2, 8).Select(s => SampleCandidate.DateOf((Stage)s)));
        candidate.AdmittedOn.ShouldBe(new DateOnly(2024, 3, 15));
        candidate.OfficialOn.ShouldBe(new DateOnly(2025, 3, 17));
    }

    [Fact]
    public void Advance_to_cell_resolution_stores_the_cell_votes()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);

        // Act
        AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution) with { VotesFor = 8, VotesEligible = 12 }, Settings, Calendar, Clerk);

        // Assert
        candidate.CellVotesFor.ShouldBe(8);
        candidate.CellVotesEligible.ShouldBe(12);
        candidate.CommitteeVotesFor.ShouldBeNull();
    }

    [Fact]
    public void Advance_to_committee_review_stores_the_committee_votes()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CellResolution);

        // Act
        AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CommitteeReview) with { VotesFor = 7, VotesEligible = 9 }, Settings, Calendar, Clerk);

        // Assert
        candidate.CommitteeVotesFor.ShouldBe(7);
        candidate.CommitteeVotesEligible.ShouldBe(9);
        candidate.CellVotesFor.ShouldBe(9);
        candidate.CellVotesEligible.ShouldBe(12);
    }

    [Fact]
    public void Advance_document_ref_with_spaces_is_stored_trimmed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CommitteeReview);
        var request = SampleCandidate.StepTo(Stage.Decision) with { DocumentRef = "  245-QĐ/TU  " };

        // Act
        AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        candidate.DecisionNumber.ShouldBe("245-QĐ/TU");
        candidate.StageChanges.Single().DocumentRef.ShouldBe("245-QĐ/TU");
    }

    // ---- Refusals: order of the path --------------------------------------------------------

    [Theory]
    [InlineData(Stage.Source, Stage.Dossier, Stage.Sympathiser)]
    [InlineData(Stage.Source, Stage.Official, Stage.Sympathiser)]
    [InlineData(Stage.Sympathiser, Stage.Verification, Stage.Dossier)]
    [InlineData(Stage.Verification, Stage.CommitteeReview, Stage.CellResolution)]
    [InlineData(Stage.CellResolution, Stage.Decision, Stage.CommitteeReview)]
    [InlineData(Stage.Decision, Stage.Official, Stage.Probationary)]
    public void Advance_skipping_a_stage_is_refused(Stage from, Stage to, Stage expectedNext)
    {
        // Arrange
        var candidate = SampleCandidate.At(from);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(to), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.StageSkipped);
        error.Detail.ShouldBe(expectedNext.ToString());
        candidate.Stage.ShouldBe(from);
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Stage.Dossier, Stage.Sympathiser)]
    [InlineData(Stage.Dossier, Stage.Source)]
    [InlineData(Stage.Decision, Stage.CellResolution)]
    [InlineData(Stage.Probationary, Stage.Decision)]
    [InlineData(Stage.Verification, Stage.Verification)]
    public void Advance_going_back_or_staying_is_refused(Stage from, Stage to)
    {
        // Arrange
        var candidate = SampleCandidate.At(from);
        var request = new AdvanceRequest(to, SampleCandidate.DateOf(from).AddDays(1), "X-1");

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Has(RuleCode.StageSkipped).ShouldBeTrue();
        candidate.Stage.ShouldBe(from);
        candidate.DateOf(to).ShouldBe(SampleCandidate.DateOf(to));
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_dropped_candidate_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.DroppedOn = new DateOnly(2023, 12, 1);
        candidate.DropReason = DropReason.MovedAway;

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.CandidateDropped);
        candidate.Stage.ShouldBe(Stage.Verification);
        candidate.CellResolutionOn.ShouldBeNull();
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_official_member_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Official);

        // Act
        var result = AdmissionPath.Advance(candidate, new AdvanceRequest(Stage.Official, new DateOnly(2025, 4, 1), "X"), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.AlreadyOfficial);
        candidate.OfficialOn.ShouldBe(new DateOnly(2025, 3, 17));
        candidate.StageChanges.ShouldBeEmpty();
    }

    // ---- Refusals: dates and documents ------------------------------------------------------

    [Fact]
    public void Advance_date_before_previous_stage_date_is_refused()
    {
        // Arrange: dossier completed 20/09/2023
        var candidate = SampleCandidate.At(Stage.Dossier);
        var request = new AdvanceRequest(Stage.Verification, new DateOnly(2023, 9, 19), "15-KL/ĐU");

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.DateBeforePreviousStage);
        error.Detail.ShouldBe("2023-09-20");
        candidate.VerificationOn.ShouldBeNull();
    }

    [Fact]
    public void Advance_date_equal_to_previous_stage_date_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Dossier);
        var request = new AdvanceRequest(Stage.Verification, new DateOnly(2023, 9, 20), "15-KL/ĐU");

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.VerificationOn.ShouldBe(new DateOnly(2023, 9, 20));
    }

    [Fact]
    public void Advance_date_after_recorders_today_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Dossier);
        var request = new AdvanceRequest(Stage.Verification, Today.AddDays(1), "15-KL/ĐU");

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.DateInFuture);
        candidate.Stage.ShouldBe(Stage.Dossier);
    }

    [Fact]
    public void Advance_date_equal_to_today_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Dossier);
        var request = new AdvanceRequest(Stage.Verification, Today, "15-KL/ĐU");

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.VerificationOn.ShouldBe(Today);
    }

    [Fact]
    public void CheckAdvance_date_after_given_today_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Dossier);
        var request = new AdvanceRequest(Stage.Verification, new DateOnly(2023, 11, 15), "15-KL/ĐU");

        // Act
        var refused = AdmissionPath.CheckAdvance(candidate, request, Settings, Calendar, new DateOnly(2023, 11, 14));
        var allowed = AdmissionPath.CheckAdvance(candidate, request, Settings, Calendar, new DateOnly(2023, 11, 15));

        // Assert
        refused.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.DateInFuture);
        allowed.Allowed.ShouldBeTrue();
        candidate.Stage.ShouldBe(Stage.Dossier);
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Stage.Sympathiser, null)]
    [InlineData(Stage.Verification, "")]
    [InlineData(Stage.CellResolution, "   ")]
    [InlineData(Stage.CommitteeReview, null)]
    [InlineData(Stage.Decision, "")]
    [InlineData(Stage.Official, " ")]
    public void Advance_missing_document_ref_where_required_is_refused(Stage to, string? documentRef)
    {
        // Arrange
        var candidate = SampleCandidate.At(to - 1);
        var request = SampleCandidate.StepTo(to) with { DocumentRef = documentRef };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.DocumentRequired);
        candidate.Stage.ShouldBe(to - 1);
    }

    [Theory]
    [InlineData(Stage.Dossier)]
    [InlineData(Stage.Probationary)]
    public void Advance_without_document_ref_where_not_required_is_allowed(Stage to)
    {
        // Arrange
        var candidate = SampleCandidate.At(to - 1);
        var request = SampleCandidate.StepTo(to) with { DocumentRef = null };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.Stage.ShouldBe(to);
    }

    // ---- Sympathiser: helpers ---------------------------------------------------------------

    [Fact]
    public void Advance_to_sympathiser_with_one_helper_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);
        candidate.Helpers.RemoveAt(1);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Sympathiser), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.NotEnoughHelpers);
        error.Detail.ShouldBe("2");
        candidate.Stage.ShouldBe(Stage.Source);
    }

    [Fact]
    public void Advance_to_sympathiser_with_no_helpers_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);
        candidate.Helpers.Clear();

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Sympathiser), Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.NotEnoughHelpers);
    }

    [Fact]
    public void Advance_to_sympathiser_with_a_replaced_helper_not_counted_is_refused()
    {
        // Arrange: the second helper moved away and was not replaced
        var candidate = SampleCandidate.At(Stage.Source);
        candidate.Helpers[1].EndedOn = new DateOnly(2023, 2, 20);
        candidate.Helpers[1].EndReason = "Chuyển đi nơi khác";

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Sympathiser), Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.NotEnoughHelpers);
    }

    [Fact]
    public void Advance_to_sympathiser_with_helper_assigned_after_the_date_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);
        candidate.Helpers[1].AssignedOn = SampleCandidate.DateOf(Stage.Sympathiser).AddDays(1);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Sympathiser), Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.NotEnoughHelpers);
    }

    [Fact]
    public void Advance_to_sympathiser_with_helpers_assigned_on_the_date_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);
        candidate.Helpers.ForEach(h => h.AssignedOn = SampleCandidate.DateOf(Stage.Sympathiser));

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Sympathiser), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.Stage.ShouldBe(Stage.Sympathiser);
    }

    [Fact]
    public void Advance_to_sympathiser_required_helpers_setting_is_used()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);
        var settings = Settings with { RequiredHelpers = 3 };

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Sympathiser), settings, Calendar, Clerk);

        // Assert
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.NotEnoughHelpers);
        error.Detail.ShouldBe("3");
    }

    // ---- Dossier: documents present ---------------------------------------------------------

    [Theory]
    [InlineData("CertificateNumber", RuleCode.CertificateMissing)]
    [InlineData("CertificateOn", RuleCode.CertificateMissing)]
    [InlineData("ApplicationOn", RuleCode.ApplicationMissing)]
    [InlineData("PersonalHistoryOn", RuleCode.PersonalHistoryMissing)]
    [InlineData("IntroductionOn", RuleCode.IntroductionMissing)]
    public void Advance_to_dossier_with_a_missing_document_is_refused(string missing, RuleCode expected)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Sympathiser);
        Remove(candidate, missing);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Dossier), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(expected);
        candidate.Stage.ShouldBe(Stage.Sympathiser);
        candidate.DossierOn.ShouldBeNull();
    }

    [Fact]
    public void Advance_to_dossier_with_blank_certificate_number_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Sympathiser);
        candidate.CertificateNumber = "  ";

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Dossier), Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.CertificateMissing);
    }

    [Fact]
    public void Advance_to_dossier_with_document_dated_after_the_stage_date_is_refused()
    {
        // Arrange: application signed the day after the dossier date
        var candidate = SampleCandidate.At(Stage.Sympathiser);
        candidate.ApplicationOn = SampleCandidate.DateOf(Stage.Dossier).AddDays(1);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Dossier), Settings, Calendar, Clerk);

        // Assert
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.DocumentAfterStageDate);
        error.Detail.ShouldBe(nameof(RuleCode.ApplicationMissing));
    }

    [Fact]
    public void Advance_to_dossier_with_no_documents_reports_each_missing_one()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Sympathiser);
        foreach (var field in new[] { "CertificateNumber", "CertificateOn", "ApplicationOn", "PersonalHistoryOn", "IntroductionOn" })
        {
            Remove(candidate, field);
        }

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Dossier), Settings, Calendar, Clerk);

        // Assert
        result.Errors.Select(e => e.Code).ShouldBe(
            [RuleCode.CertificateMissing, RuleCode.ApplicationMissing, RuleCode.PersonalHistoryMissing, RuleCode.IntroductionMissing],
            ignoreOrder: true);
    }

    // ---- Cell resolution: document validity -------------------------------------------------

    [Fact]
    public void Advance_to_cell_resolution_with_certificate_older_than_60_months_is_refused()
    {
        // Arrange: cell resolution on 10/01/2024; certificate issued 09/01/2019 lapsed on 09/01/2024
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.CertificateOn = new DateOnly(2019, 1, 9);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.CertificateExpired);
        error.Detail.ShouldBe("2024-01-09");
        candidate.Stage.ShouldBe(Stage.Verification);
    }

    [Fact]
    public void Advance_to_cell_resolution_with_certificate_exactly_60_months_old_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.CertificateOn = new DateOnly(2019, 1, 10);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_to_cell_resolution_with_certificate_missing_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.CertificateOn = null;

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.CertificateMissing);
    }

    [Theory]
    [InlineData("ApplicationOn", RuleCode.ApplicationExpired)]
    [InlineData("PersonalHistoryOn", RuleCode.PersonalHistoryExpired)]
    [InlineData("IntroductionOn", RuleCode.IntroductionExpired)]
    public void Advance_to_cell_resolution_with_document_older_than_12_months_is_refused(string document, RuleCode expected)
    {
        // Arrange: dated 09/01/2023, valid until 09/01/2024, cell resolution 10/01/2024
        var candidate = SampleCandidate.At(Stage.Verification);
        SetDocumentDate(candidate, document, new DateOnly(2023, 1, 9));

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(expected);
        error.Detail.ShouldBe("2024-01-09");
    }

    [Theory]
    [InlineData("ApplicationOn")]
    [InlineData("PersonalHistoryOn")]
    [InlineData("IntroductionOn")]
    public void Advance_to_cell_resolution_with_document_exactly_12_months_old_is_allowed(string document)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        SetDocumentDate(candidate, document, new DateOnly(2023, 1, 10));

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ApplicationOn", RuleCode.ApplicationMissing)]
    [InlineData("PersonalHistoryOn", RuleCode.PersonalHistoryMissing)]
    [InlineData("IntroductionOn", RuleCode.IntroductionMissing)]
    public void Advance_to_cell_resolution_with_document_missing_is_refused(string document, RuleCode expected)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        Remove(candidate, document);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(expected);
    }

    [Fact]
    public void Advance_to_cell_resolution_validity_settings_are_used()
    {
        // Arrange: a 3-month validity makes the September 2023 documents lapse in December 2023
        var candidate = SampleCandidate.At(Stage.Verification);
        var settings = Settings with { DocumentValidityMonths = 3 };

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), settings, Calendar, Clerk);

        // Assert
        result.Errors.Select(e => e.Code).ShouldBe(
            [RuleCode.ApplicationExpired, RuleCode.PersonalHistoryExpired, RuleCode.IntroductionExpired], ignoreOrder: true);
    }

    // ---- Cell resolution: age and education -------------------------------------------------

    [Fact]
    public void Advance_to_cell_resolution_the_day_before_18th_birthday_is_refused()
    {
        // Arrange: turns 18 on 11/01/2024, the resolution is on 10/01/2024
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(2006, 1, 11);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.TooYoung);
        error.Detail.ShouldBe("2024-01-11");
        candidate.Stage.ShouldBe(Stage.Verification);
    }

    [Fact]
    public void Advance_to_cell_resolution_on_18th_birthday_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(2006, 1, 10);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_to_cell_resolution_at_exactly_60_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(1964, 1, 10);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_to_cell_resolution_over_60_without_consent_is_refused()
    {
        // Arrange: 60 years and 1 month on 10/01/2024
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(1963, 12, 10);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.TooOld);
        error.Detail.ShouldBe("721");
        candidate.Stage.ShouldBe(Stage.Verification);
    }

    [Fact]
    public void Advance_to_cell_resolution_over_60_with_consent_is_allowed_with_a_warning()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(1963, 12, 10);
        candidate.OverAgeConsentRef = "1234-CV/TU";

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(RuleCode.OverAgeWithConsent);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Detail.ShouldBe("1234-CV/TU");
        candidate.Stage.ShouldBe(Stage.CellResolution);
        candidate.StageChanges.ShouldHaveSingleItem().ToStage.ShouldBe(Stage.CellResolution);
    }

    [Fact]
    public void Advance_to_cell_resolution_over_60_with_blank_consent_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(1963, 12, 10);
        candidate.OverAgeConsentRef = "  ";

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.TooOld);
    }

    [Theory]
    [InlineData(GeneralEducation.None)]
    [InlineData(GeneralEducation.Primary)]
    public void Advance_to_cell_resolution_without_thcs_and_no_exception_note_is_refused(GeneralEducation education)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.GeneralEducation = education;

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.NoLowerSecondary);
    }

    [Fact]
    public void Advance_to_cell_resolution_without_thcs_and_blank_note_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.GeneralEducation = GeneralEducation.Primary;
        candidate.EducationExceptionNote = " ";

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.NoLowerSecondary);
    }

    [Fact]
    public void Advance_to_cell_resolution_without_thcs_with_exception_note_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.GeneralEducation = GeneralEducation.Primary;
        candidate.EducationExceptionNote = "Vùng dân tộc thiểu số, theo hướng dẫn";

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_to_cell_resolution_with_thcs_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.GeneralEducation = GeneralEducation.LowerSecondary;

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Advance_to_cell_resolution_former_member_within_36_months_is_allowed_with_a_warning()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.FormerMemberLeftOn = new DateOnly(2022, 1, 11);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        var warning = result.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(RuleCode.ReadmissionTooSoon);
        warning.Detail.ShouldBe("2025-01-11");
    }

    // ---- Votes ------------------------------------------------------------------------------

    [Theory]
    [InlineData(2, 3)]
    [InlineData(6, 9)]
    [InlineData(3, 3)]
    [InlineData(9, 12)]
    public void Advance_to_cell_resolution_with_two_thirds_in_favour_is_allowed(int votesFor, int eligible)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        var request = SampleCandidate.StepTo(Stage.CellResolution) with { VotesFor = votesFor, VotesEligible = eligible };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
        candidate.CellVotesFor.ShouldBe(votesFor);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(5, 8)]
    [InlineData(7, 11)]
    [InlineData(0, 5)]
    public void Advance_to_cell_resolution_with_votes_below_two_thirds_is_refused(int votesFor, int eligible)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        var request = SampleCandidate.StepTo(Stage.CellResolution) with { VotesFor = votesFor, VotesEligible = eligible };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.VotesBelowThreshold);
        candidate.CellVotesFor.ShouldBeNull();
        candidate.Stage.ShouldBe(Stage.Verification);
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(-1, 3)]
    [InlineData(0, 0)]
    [InlineData(2, -3)]
    [InlineData(2, null)]
    [InlineData(null, 3)]
    public void Advance_to_cell_resolution_with_invalid_votes_is_refused(int? votesFor, int? eligible)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        var request = SampleCandidate.StepTo(Stage.CellResolution) with { VotesFor = votesFor, VotesEligible = eligible };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.VotesInvalid);
    }

    [Fact]
    public void Advance_to_committee_review_with_votes_below_two_thirds_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CellResolution);
        var request = SampleCandidate.StepTo(Stage.CommitteeReview) with { VotesFor = 1, VotesEligible = 2 };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.VotesBelowThreshold);
        candidate.CommitteeVotesFor.ShouldBeNull();
        candidate.Stage.ShouldBe(Stage.CellResolution);
    }

    [Fact]
    public void Advance_to_committee_review_with_invalid_votes_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CellResolution);
        var request = SampleCandidate.StepTo(Stage.CommitteeReview) with { VotesFor = 10, VotesEligible = 9 };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.VotesInvalid);
    }

    [Fact]
    public void Advance_vote_threshold_setting_is_used()
    {
        // Arrange: a 3/4 threshold makes 2 of 3 fail
        var candidate = SampleCandidate.At(Stage.Verification);
        var settings = Settings with { VoteThresholdNumerator = 3, VoteThresholdDenominator = 4 };
        var request = SampleCandidate.StepTo(Stage.CellResolution) with { VotesFor = 2, VotesEligible = 3 };

        // Act
        var result = AdmissionPath.Advance(candidate, request, settings, Calendar, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.VotesBelowThreshold);
    }

    // ---- Decision, ceremony, recognition ----------------------------------------------------

    [Fact]
    public void Advance_decision_on_the_60th_working_day_has_no_warning()
    {
        // Arrange: resolution 10/01/2024 + 60 working days (Tết 8–14/02 skipped) = 10/04/2024
        var candidate = SampleCandidate.At(Stage.CommitteeReview);
        var request = SampleCandidate.StepTo(Stage.Decision) with { On = new DateOnly(2024, 4, 10) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_decision_after_60_working_days_is_allowed_with_a_warning()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CommitteeReview);
        var request = SampleCandidate.StepTo(Stage.Decision) with { On = new DateOnly(2024, 4, 11) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        var warning = result.Violations.ShouldHaveSingleItem();
        warning.Code.ShouldBe(RuleCode.DecisionLate);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Detail.ShouldBe("2024-04-10");
        candidate.Stage.ShouldBe(Stage.Decision);
        candidate.DecisionOn.ShouldBe(new DateOnly(2024, 4, 11));
        candidate.StageChanges.ShouldHaveSingleItem().ToStage.ShouldBe(Stage.Decision);
    }

    [Fact]
    public void Advance_decision_extended_within_90_working_days_has_no_warning()
    {
        // Arrange: 10/01/2024 + 90 working days (Tết, Hùng Kings, 29/4–1/5 skipped) = 28/05/2024
        var candidate = SampleCandidate.At(Stage.CommitteeReview);
        candidate.DecisionExtended = true;
        var request = SampleCandidate.StepTo(Stage.Decision) with { On = new DateOnly(2024, 5, 28) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_decision_extended_after_90_working_days_is_allowed_with_a_warning()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.CommitteeReview);
        candidate.DecisionExtended = true;
        var request = SampleCandidate.StepTo(Stage.Decision) with { On = new DateOnly(2024, 5, 29) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        var warning = result.Violations.ShouldHaveSingleItem();
        warning.Code.ShouldBe(RuleCode.DecisionLate);
        warning.Detail.ShouldBe("2024-05-28");
    }

    [Fact]
    public void Advance_ceremony_on_the_30th_working_day_has_no_warning()
    {
        // Arrange: decision 01/03/2024 + 30 working days = 12/04/2024
        var candidate = SampleCandidate.At(Stage.Decision);
        var request = SampleCandidate.StepTo(Stage.Probationary) with { On = new DateOnly(2024, 4, 12) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
        candidate.AdmittedOn.ShouldBe(new DateOnly(2024, 4, 12));
    }

    [Fact]
    public void Advance_ceremony_after_30_working_days_is_allowed_with_a_warning()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Decision);
        var request = SampleCandidate.StepTo(Stage.Probationary) with { On = new DateOnly(2024, 4, 15) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        var warning = result.Violations.ShouldHaveSingleItem();
        warning.Code.ShouldBe(RuleCode.CeremonyLate);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Detail.ShouldBe("2024-04-12");
        candidate.Stage.ShouldBe(Stage.Probationary);
        candidate.AdmittedOn.ShouldBe(new DateOnly(2024, 4, 15));
    }

    [Fact]
    public void Advance_official_before_12_months_of_probation_is_refused()
    {
        // Arrange: admitted 15/03/2024, probation ends 15/03/2025
        var candidate = SampleCandidate.At(Stage.Probationary);
        var request = SampleCandidate.StepTo(Stage.Official) with { On = new DateOnly(2025, 3, 14) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.ProbationNotOver);
        error.Detail.ShouldBe("2025-03-15");
        candidate.Stage.ShouldBe(Stage.Probationary);
        candidate.OfficialOn.ShouldBeNull();
    }

    [Fact]
    public void Advance_official_on_the_day_probation_ends_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Probationary);
        var request = SampleCandidate.StepTo(Stage.Official) with { On = new DateOnly(2025, 3, 15) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        result.Violations.ShouldBeEmpty();
        candidate.Stage.ShouldBe(Stage.Official);
    }

    [Fact]
    public void Advance_official_more_than_30_working_days_after_probation_is_allowed_with_a_warning()
    {
        // Arrange: probation ends 15/03/2025 + 30 working days (Hùng Kings 07/04 skipped) = 28/04/2025
        var candidate = SampleCandidate.At(Stage.Probationary);
        var onTime = AdmissionPath.CheckAdvance(
            candidate, SampleCandidate.StepTo(Stage.Official) with { On = new DateOnly(2025, 4, 28) }, Settings, Calendar, Today);
        var request = SampleCandidate.StepTo(Stage.Official) with { On = new DateOnly(2025, 4, 29) };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        onTime.Violations.ShouldBeEmpty();
        result.Allowed.ShouldBeTrue();
        var warning = result.Violations.ShouldHaveSingleItem();
        warning.Code.ShouldBe(RuleCode.RecognitionLate);
        warning.Detail.ShouldBe("2025-04-28");
        candidate.Stage.ShouldBe(Stage.Official);
    }

    // ---- A refused step changes nothing -----------------------------------------------------

    [Fact]
    public void Advance_refused_changes_nothing_on_the_candidate()
    {
        // Arrange: future date (05/06/2025), no reference, too young then, documents lapsed, votes too few
        var candidate = SampleCandidate.At(Stage.Verification);
        candidate.BirthDate = new DateOnly(2007, 6, 10);
        var before = Snapshot(candidate);
        var request = new AdvanceRequest(Stage.CellResolution, Today.AddDays(3), DocumentRef: null, Note: "x", VotesFor: 1, VotesEligible: 2);

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.Select(e => e.Code).ShouldBe(
            [
                RuleCode.DateInFuture, RuleCode.DocumentRequired, RuleCode.TooYoung, RuleCode.ApplicationExpired,
                RuleCode.PersonalHistoryExpired, RuleCode.IntroductionExpired, RuleCode.VotesBelowThreshold,
            ],
            ignoreOrder: true);
        Snapshot(candidate).ShouldBe(before);
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Fact]
    public void Advance_refused_after_earlier_steps_keeps_existing_history()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Source);
        AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Sympathiser), Settings, Calendar, Clerk);
        candidate.CertificateOn = null;
        var before = Snapshot(candidate);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.Dossier), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        Snapshot(candidate).ShouldBe(before);
        candidate.StageChanges.ShouldHaveSingleItem().ToStage.ShouldBe(Stage.Sympathiser);
    }

    // ---- Drop -------------------------------------------------------------------------------

    [Fact]
    public void Drop_with_reason_keeps_the_stage_and_appends_history()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Dossier);
        var on = new DateOnly(2023, 10, 2);

        // Act
        var result = AdmissionPath.Drop(candidate, on, DropReason.MovedAway, "Chuyển vào TP. Hồ Chí Minh", Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.IsDropped.ShouldBeTrue();
        candidate.DroppedOn.ShouldBe(on);
        candidate.DropReason.ShouldBe(DropReason.MovedAway);
        candidate.DropNote.ShouldBe("Chuyển vào TP. Hồ Chí Minh");
        candidate.Stage.ShouldBe(Stage.Dossier);
        var row = candidate.StageChanges.ShouldHaveSingleItem();
        row.Kind.ShouldBe(StageChangeKind.Dropped);
        row.FromStage.ShouldBe(Stage.Dossier);
        row.ToStage.ShouldBe(Stage.Dossier);
        row.On.ShouldBe(on);
        row.DropReason.ShouldBe(DropReason.MovedAway);
        row.Note.ShouldBe("Chuyển vào TP. Hồ Chí Minh");
        row.RecordedBy.ShouldBe("bithu.bacson");
        row.RecordedAt.ShouldBe(Clerk.Now);
    }

    [Theory]
    [InlineData(DropReason.Withdrew)]
    [InlineData(DropReason.CellVoteFailed)]
    [InlineData(DropReason.Deceased)]
    public void Drop_reason_other_than_other_without_note_is_allowed(DropReason reason)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Sympathiser);

        // Act
        var result = AdmissionPath.Drop(candidate, new DateOnly(2023, 3, 2), reason, null, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.DropReason.ShouldBe(reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Drop_reason_other_without_note_is_refused(string? note)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Sympathiser);

        // Act
        var result = AdmissionPath.Drop(candidate, new DateOnly(2023, 3, 2), DropReason.Other, note, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.NoteRequired);
        candidate.IsDropped.ShouldBeFalse();
        candidate.DropReason.ShouldBeNull();
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Fact]
    public void Drop_reason_other_with_note_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Sympathiser);

        // Act
        var result = AdmissionPath.Drop(candidate, new DateOnly(2023, 3, 2), DropReason.Other, "Đi xuất khẩu lao động", Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.DropReason.ShouldBe(DropReason.Other);
        candidate.DropNote.ShouldBe("Đi xuất khẩu lao động");
    }

    [Fact]
    public void Drop_official_member_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Official);

        // Act
        var result = AdmissionPath.Drop(candidate, new DateOnly(2025, 4, 1), DropReason.Withdrew, null, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.CannotDropOfficial);
        candidate.IsDropped.ShouldBeFalse();
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Fact]
    public void Drop_probationary_member_not_recognised_is_allowed()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Probationary);

        // Act
        var result = AdmissionPath.Drop(candidate, new DateOnly(2025, 5, 5), DropReason.NotRecognisedAfterProbation, null, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.IsDropped.ShouldBeTrue();
        candidate.Stage.ShouldBe(Stage.Probationary);
    }

    [Fact]
    public void Drop_already_dropped_candidate_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Sympathiser);
        AdmissionPath.Drop(candidate, new DateOnly(2023, 4, 1), DropReason.Withdrew, null, Clerk);

        // Act
        var result = AdmissionPath.Drop(candidate, new DateOnly(2023, 5, 1), DropReason.MovedAway, null, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.CandidateDropped);
        candidate.DroppedOn.ShouldBe(new DateOnly(2023, 4, 1));
        candidate.DropReason.ShouldBe(DropReason.Withdrew);
        candidate.StageChanges.Count.ShouldBe(1);
    }

    [Fact]
    public void Drop_date_before_current_stage_date_is_refused()
    {
        // Arrange: dossier on 20/09/2023
        var candidate = SampleCandidate.At(Stage.Dossier);

        // Act
        var result = AdmissionPath.Drop(candidate, new DateOnly(2023, 9, 19), DropReason.Withdrew, null, Clerk);

        // Assert
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.DateBeforePreviousStage);
        error.Detail.ShouldBe("2023-09-20");
        candidate.IsDropped.ShouldBeFalse();
    }

    [Fact]
    public void Drop_date_in_the_future_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Dossier);

        // Act
        var result = AdmissionPath.Drop(candidate, Today.AddDays(1), DropReason.Withdrew, null, Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.DateInFuture);
        candidate.IsDropped.ShouldBeFalse();
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Fact]
    public void CheckDrop_valid_drop_changes_nothing()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Dossier);

        // Act
        var result = AdmissionPath.CheckDrop(candidate, new DateOnly(2023, 9, 20), DropReason.Withdrew, null, Today);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.IsDropped.ShouldBeFalse();
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Stage.CellResolution)]
    [InlineData(Stage.CommitteeReview)]
    public void Advance_vote_stage_without_votes_is_refused_and_changes_nothing(Stage stage)
    {
        // Arrange
        var candidate = SampleCandidate.At(stage - 1);
        var request = SampleCandidate.StepTo(stage) with { VotesFor = null, VotesEligible = null };

        // Act
        var result = AdmissionPath.Advance(candidate, request, Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Has(RuleCode.VotesRequired).ShouldBeTrue();
        candidate.Stage.ShouldBe(stage - 1);
    }

    // ---- Reinstate --------------------------------------------------------------------------

    [Fact]
    public void Reinstate_dropped_candidate_returns_to_stage_reached_and_appends_history()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        AdmissionPath.Drop(candidate, new DateOnly(2023, 12, 1), DropReason.MovedAway, null, Clerk);

        // Act
        var result = AdmissionPath.Reinstate(candidate, new DateOnly(2023, 12, 20), "Đã chuyển về lại phường", Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.IsDropped.ShouldBeFalse();
        candidate.DroppedOn.ShouldBeNull();
        candidate.DropReason.ShouldBeNull();
        candidate.DropNote.ShouldBeNull();
        candidate.Stage.ShouldBe(Stage.Verification);
        candidate.VerificationOn.ShouldBe(SampleCandidate.DateOf(Stage.Verification));
        candidate.StageChanges.Count.ShouldBe(2);
        var row = candidate.StageChanges[1];
        row.Kind.ShouldBe(StageChangeKind.Reinstated);
        row.FromStage.ShouldBe(Stage.Verification);
        row.ToStage.ShouldBe(Stage.Verification);
        row.On.ShouldBe(new DateOnly(2023, 12, 20));
        row.Note.ShouldBe("Đã chuyển về lại phường");
        row.RecordedBy.ShouldBe("bithu.bacson");
    }

    [Fact]
    public void Reinstate_then_advance_continues_the_path()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        AdmissionPath.Drop(candidate, new DateOnly(2023, 12, 1), DropReason.MovedAway, null, Clerk);
        AdmissionPath.Reinstate(candidate, new DateOnly(2023, 12, 20), "Đã chuyển về", Clerk);

        // Act
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Allowed.ShouldBeTrue();
        candidate.Stage.ShouldBe(Stage.CellResolution);
        candidate.StageChanges.Select(c => c.Kind).ShouldBe(
            [StageChangeKind.Dropped, StageChangeKind.Reinstated, StageChangeKind.Advanced]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Reinstate_without_note_is_refused(string? note)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        AdmissionPath.Drop(candidate, new DateOnly(2023, 12, 1), DropReason.MovedAway, null, Clerk);

        // Act
        var result = AdmissionPath.Reinstate(candidate, new DateOnly(2023, 12, 20), note, Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.NoteRequired);
        candidate.IsDropped.ShouldBeTrue();
        candidate.DropReason.ShouldBe(DropReason.MovedAway);
        candidate.StageChanges.Count.ShouldBe(1);
    }

    [Fact]
    public void Reinstate_candidate_not_dropped_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);

        // Act
        var result = AdmissionPath.Reinstate(candidate, new DateOnly(2023, 12, 20), "Ghi chú", Clerk);

        // Assert
        result.Allowed.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.CandidateNotDropped);
        candidate.StageChanges.ShouldBeEmpty();
    }

    [Fact]
    public void Reinstate_date_before_drop_date_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        AdmissionPath.Drop(candidate, new DateOnly(2023, 12, 1), DropReason.MovedAway, null, Clerk);

        // Act
        var result = AdmissionPath.Reinstate(candidate, new DateOnly(2023, 11, 30), "Ghi chú", Clerk);

        // Assert
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCode.DateBeforePreviousStage);
        error.Detail.ShouldBe("2023-12-01");
        candidate.IsDropped.ShouldBeTrue();
    }

    [Fact]
    public void Reinstate_date_in_the_future_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        AdmissionPath.Drop(candidate, new DateOnly(2023, 12, 1), DropReason.MovedAway, null, Clerk);

        // Act
        var result = AdmissionPath.Reinstate(candidate, Today.AddDays(1), "Ghi chú", Clerk);

        // Assert
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(RuleCode.DateInFuture);
        candidate.IsDropped.ShouldBeTrue();
    }

    // ---- StageOn ----------------------------------------------------------------------------

    [Theory]
    [InlineData(2023, 1, 9, null)]
    [InlineData(2023, 1, 10, Stage.Source)]
    [InlineData(2023, 2, 28, Stage.Source)]
    [InlineData(2023, 3, 1, Stage.Sympathiser)]
    [InlineData(2023, 9, 19, Stage.Sympathiser)]
    [InlineData(2023, 10, 1, Stage.Dossier)]
    [InlineData(2023, 12, 31, Stage.Verification)]
    [InlineData(2024, 1, 24, Stage.CellResolution)]
    [InlineData(2024, 2, 29, Stage.CommitteeReview)]
    [InlineData(2024, 3, 14, Stage.Decision)]
    [InlineData(2024, 3, 15, Stage.Probationary)]
    [InlineData(2025, 3, 16, Stage.Probationary)]
    [InlineData(2025, 3, 17, Stage.Official)]
    [InlineData(2026, 1, 1, Stage.Official)]
    public void StageOn_as_of_date_returns_stage_reached_by_then(int year, int month, int day, Stage? expected)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Official);

        // Act
        var stage = AdmissionPath.StageOn(candidate, new DateOnly(year, month, day));

        // Assert
        stage.ShouldBe(expected);
    }

    [Theory]
    [InlineData(2023, 9, 30, Stage.Dossier)]
    [InlineData(2023, 10, 1, null)]
    [InlineData(2024, 6, 1, null)]
    public void StageOn_dropped_candidate_returns_null_from_the_drop_date(int year, int month, int day, Stage? expected)
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Dossier);
        candidate.DroppedOn = new DateOnly(2023, 10, 1);
        candidate.DropReason = DropReason.Withdrew;

        // Act
        var stage = AdmissionPath.StageOn(candidate, new DateOnly(year, month, day));

        // Assert
        stage.ShouldBe(expected);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static void Remove(Candidate candidate, string field)
    {
        switch (field)
        {
            case "CertificateNumber": candidate.CertificateNumber = null; break;
            case "CertificateOn": candidate.CertificateOn = null; break;
            case "ApplicationOn": candidate.ApplicationOn = null; break;
            case "PersonalHistoryOn": candidate.PersonalHistoryOn = null; break;
            case "IntroductionOn": candidate.IntroductionOn = null; break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }
    }

    private static void SetDocumentDate(Candidate candidate, string field, DateOnly on)
    {
        switch (field)
        {
            case "ApplicationOn": candidate.ApplicationOn = on; break;
            case "PersonalHistoryOn": candidate.PersonalHistoryOn = on; break;
            case "IntroductionOn": candidate.IntroductionOn = on; break;
            default: throw new ArgumentOutOfRangeException(nameof(field));
        }
    }

    private static string Snapshot(Candidate c) => string.Join(
        "|",
        c.Stage,
        c.SourceOn,
        c.SympathiserOn,
        c.DossierOn,
        c.VerificationOn,
        c.CellResolutionOn,
        c.CellResolutionRef,
        c.CellVotesFor,
        c.CellVotesEligible,
        c.CommitteeReviewOn,
        c.CommitteeVotesFor,
        c.DecisionOn,
        c.DecisionNumber,
        c.AdmittedOn,
        c.OfficialOn,
        c.DroppedOn,
        c.DropReason,
        c.StageChanges.Count);

    [Fact]
    public void StageOn_during_a_drop_that_was_later_undone_is_null()
    {
        // Arrange: dropped on 1 Dec 2023, reinstated on 20 Dec 2023
        var candidate = SampleCandidate.At(Stage.Verification);
        AdmissionPath.Drop(candidate, new DateOnly(2023, 12, 1), DropReason.MovedAway, null, Clerk);
        AdmissionPath.Reinstate(candidate, new DateOnly(2023, 12, 20), "Đã chuyển về", Clerk);

        // Act / Assert: a report printed while they were off the path did not count them
        AdmissionPath.StageOn(candidate, new DateOnly(2023, 11, 30)).ShouldBe(Stage.Verification);
        AdmissionPath.StageOn(candidate, new DateOnly(2023, 12, 1)).ShouldBeNull();
        AdmissionPath.StageOn(candidate, new DateOnly(2023, 12, 19)).ShouldBeNull();
        AdmissionPath.StageOn(candidate, new DateOnly(2023, 12, 20)).ShouldBe(Stage.Verification);
    }

    [Fact]
    public void Advance_dated_before_the_reinstatement_is_refused()
    {
        // Arrange
        var candidate = SampleCandidate.At(Stage.Verification);
        AdmissionPath.Drop(candidate, new DateOnly(2023, 12, 1), DropReason.MovedAway, null, Clerk);
        AdmissionPath.Reinstate(candidate, new DateOnly(2024, 1, 20), "Đã chuyển về", Clerk);

        // Act: the cell resolution date (10 Jan 2024) falls before the reinstatement
        var result = AdmissionPath.Advance(candidate, SampleCandidate.StepTo(Stage.CellResolution), Settings, Calendar, Clerk);

        // Assert
        result.Has(RuleCode.DateBeforePreviousStage).ShouldBeTrue();
        candidate.Stage.ShouldBe(Stage.Verification);
    }
}
