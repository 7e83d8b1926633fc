using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>
/// The whole admission path in the browser, as the Bắc Sơn secretary: a new candidate from the source stage to
/// official member, each step with its date in the past, the deadline the record shows at each point, and one
/// refusal in words.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CandidatePathTests(AppFixture app)
{
    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;

    [Fact]
    public async Task NewCandidate_AdvancedStageByStage_BecomesOfficialMemberWithTheDeadlinesOfEachStage()
    {
        // Admitted at a ceremony 13 months ago and recognised a day after the 12 months of probation.
        var today = VietnamDates.Today;
        var ceremony = today.AddMonths(-13);
        var dates = PathDates.DecidedOn(ceremony.AddDays(-PathDates.SafeCeremonyDays));
        var official = ceremony.AddMonths(12).AddDays(1);
        var person = TestPerson.NewWoman();

        await using var session = await app.NewSessionAsync(DemoAccounts.BacSon);
        var page = session.Page;
        await session.GotoAsync("/candidates/new");
        await session.WaitForInteractiveAsync();
        var form = new CandidateFormPage(page);
        await form.FillNewCandidateAsync(person, dates);
        var id = await form.SaveAndOpenRecordAsync();

        var record = new CandidateRecordPage(page);
        await Expect(record.Name).ToHaveTextAsync(person.FullName);
        await record.ExpectStageAsync(PathStage.Source);
        await Expect(page.GetByText("Bắc Sơn · Chi bộ Khu 5 · Đoàn viên thanh niên", new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(record.Fact("Số CCCD")).ToHaveTextAsync(person.CitizenId);
        await Expect(record.Fact("Ngày sinh")).ToHaveTextAsync(VietnamDates.Text(dates.BirthDate));
        await Expect(record.TimelineRow(PathStage.Source)).ToContainTextAsync(VietnamDates.Text(dates.SourceOn));

        // Stage 2 needs the two helpers (assigned before it); then the assign button goes.
        await record.AssignHelperAsync("Trần Văn Hùng", dates.HelpersOn);
        await record.AssignHelperAsync("Nguyễn Thị Hoa", dates.HelpersOn);
        await Expect(page.GetByTestId("helper-assign")).ToHaveCountAsync(0);
        await record.AdvanceAsync(PathStage.Sympathiser, dates.SympathiserOn, "12-NQ/CB");

        // Stage 3 needs the dossier's documents, entered through "Sửa hồ sơ"; until the cell resolution the
        // record warns when they lapse (12 months for the application).
        await record.EditLink.ClickAsync();
        await page.WaitForURLAsync($"**/candidates/{id}/edit");
        await Expect(session.Heading).ToHaveTextAsync("Sửa hồ sơ quần chúng");
        await form.FillDossierAsync(dates, "CN-NTVĐ 123/2024");
        (await form.SaveAndOpenRecordAsync()).ShouldBe(id);
        await Expect(record.Deadlines).ToContainTextAsync("Đơn xin vào Đảng hết hạn");
        await record.AdvanceAsync(PathStage.Dossier, dates.DossierOn);
        await record.AdvanceAsync(PathStage.Verification, dates.VerificationOn, "15-KL/CB");

        // The cell resolution is a vote: without the counts the step is refused, in words, and nothing moves.
        await record.OpenAdvanceAsync(PathStage.CellResolution, dates.CellResolutionOn, "21-NQ/CB (6-KNĐ)");
        await record.AdvanceSubmit.ClickAsync();
        await Expect(record.AdvanceErrors).ToContainTextAsync("Chưa chuyển được bước:");
        await Expect(record.AdvanceErrors).ToContainTextAsync("Cần ghi số phiếu tán thành và tổng số đảng viên chính thức.");
        await Expect(record.Dialog).ToBeVisibleAsync();
        await session.ScreenshotAsync("advance-dialog-refused", Vi);
        await record.FillVotesAsync(new Votes(18, 20));
        await record.SubmitAdvanceAsync(PathStage.CellResolution, dates.CellResolutionOn);

        // From the cell resolution on, the open deadline is the admission decision's (60 working days).
        await ExpectOnlyDeadlineAsync(record, "Quyết định kết nạp");
        await record.AdvanceAsync(PathStage.CommitteeReview, dates.CommitteeReviewOn, "35-NQ/ĐU (8-KNĐ)", new Votes(11, 13));
        await ExpectOnlyDeadlineAsync(record, "Quyết định kết nạp");
        await record.AdvanceAsync(PathStage.Decision, dates.DecisionOn, "412-QĐ/TU (9-KNĐ)");

        // With the decision, the ceremony is due within 30 working days: long overdue for a decision of last year,
        // so the deadlines page lists her too.
        await ExpectOnlyDeadlineAsync(record, "Tổ chức lễ kết nạp");
        await Expect(record.DeadlineLines).ToHaveAttributeAsync("data-state", "Overdue");
        await session.GotoAsync("/deadlines");
        await session.WaitForInteractiveAsync();
        await Expect(session.Heading).ToHaveTextAsync("Thời hạn");
        await page.GetByTestId("kind-filter").ChooseAsync("Tổ chức lễ kết nạp");
        var row = page.GetByTestId("deadlines-grid").Locator("tbody tr").Filter(new LocatorFilterOptions { HasText = person.FullName });
        await Expect(row.GetByTestId("deadline-kind")).ToHaveTextAsync("Tổ chức lễ kết nạp");
        await Expect(row.GetByTestId("deadline-state")).ToHaveTextAsync("Quá hạn");
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("deadlines-ceremony-bac-son", Vi);
        await row.GetByTestId("candidate-link").ClickAsync();
        await page.WaitForURLAsync($"**/candidates/{id}");

        // The ceremony makes her a probationary member; recognition is due 30 working days after 12 months.
        await record.OpenAdvanceAsync(PathStage.Probationary, ceremony);
        await Expect(record.Dialog).ToContainTextAsync("Ngày tổ chức lễ kết nạp");
        await record.SubmitAdvanceAsync(PathStage.Probationary, ceremony);
        await ExpectOnlyDeadlineAsync(record, "Xét công nhận đảng viên chính thức");
        await page.CloseSnackbarsAsync();
        await session.ScreenshotAsync("candidate-record-probationary", Vi);

        // Recognised as an official member: the path is over and nothing is due any more.
        await record.OpenAdvanceAsync(PathStage.Official, official, "57-NQ/CB");
        await session.ScreenshotAsync("advance-dialog-official", Vi);
        await record.SubmitAdvanceAsync(PathStage.Official, official);
        await Expect(record.DeadlineLines).ToHaveCountAsync(0);
        await Expect(record.Deadlines).ToContainTextAsync("Không có thời hạn đang mở.");
        await Expect(record.AdvanceButton).ToHaveCountAsync(0);
        await Expect(record.Timeline.Locator("tbody tr")).ToHaveCountAsync(9);
        await session.ShouldShowNoErrorUiAsync();
        session.ConsoleErrors.ShouldBeEmpty();
    }

    private static async Task ExpectOnlyDeadlineAsync(CandidateRecordPage record, string kind)
    {
        await Expect(record.DeadlineLines).ToHaveCountAsync(1);
        await Expect(record.DeadlineLines).ToContainTextAsync($"{kind}:");
    }
}
