using System.Globalization;
using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>A holiday batch records the admission ceremony of everyone planned into it at once.</summary>
[Collection(AppCollection.Name)]
public sealed class BatchCeremonyTests(AppFixture app)
{
    private const string BacSon = "Bắc Sơn";
    private const int Candidates = 3;

    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;

    [Fact]
    public async Task PresidentBirthdayBatch_CeremonyRecorded_MakesThreeCandidatesProbationaryMembersOnThatDay()
    {
        // The last 19 May that has passed, and decisions two weeks before it: well within the 30 working days
        // a ceremony may follow a decision, so no one is late.
        var today = VietnamDates.Today;
        var year = new DateOnly(today.Year, 5, 19) <= today ? today.Year : today.Year - 1;
        var batchDate = new DateOnly(year, 5, 19);
        var dates = PathDates.DecidedOn(batchDate.AddDays(-14));
        var people = Enumerable.Range(0, Candidates).Select(_ => TestPerson.NewWoman()).ToList();

        // The Bắc Sơn secretary brings three new candidates to the admission decision (stage 7).
        await using (var secretary = await app.NewSessionAsync(DemoAccounts.BacSon))
        {
            foreach (var person in people)
            {
                await secretary.GotoAsync("/candidates/new");
                await secretary.WaitForInteractiveAsync();
                var form = new CandidateFormPage(secretary.Page);
                await form.FillNewCandidateAsync(person, dates);
                await form.FillDossierAsync(dates, "CN-NTVĐ 45/2025");
                await form.SaveAndOpenRecordAsync();
                var record = new CandidateRecordPage(secretary.Page);
                await record.AdvanceToDecisionAsync(dates);
                await ExpectOnlyDeadlineAsync(record, "Tổ chức lễ kết nạp");
            }
        }

        // The city committee creates the batch from the 19/5 preset, for Bắc Sơn.
        await using var committee = await app.NewSessionAsync(DemoAccounts.CityCommittee);
        var page = committee.Page;
        await committee.GotoAsync("/batches");
        await committee.WaitForInteractiveAsync();
        await page.GetByTestId("batch-create").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Tạo đợt");
        await page.GetByTestId("batch-preset").ChooseAsync("19/5 – Ngày sinh Chủ tịch Hồ Chí Minh");
        if (year != today.Year)
        {
            await page.GetByTestId("batch-year").EnterAsync(year.ToString(CultureInfo.InvariantCulture));
        }

        var name = $"Đợt kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5/{year}";
        await Expect(page.GetByTestId("batch-name")).ToHaveValueAsync(name);
        await Expect(page.GetByTestId("batch-date")).ToHaveValueAsync(VietnamDates.Text(batchDate));
        var wards = page.GetByTestId("batch-wards");
        await wards.ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = BacSon, Exact = true }).ClickAsync();
        await Expect(wards).ToHaveValueAsync(BacSon);

        // A multiple choice stays open for more: the select itself closes it again.
        await wards.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = BacSon, Exact = true })).ToBeHiddenAsync();
        await page.GetByTestId("batch-save").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/batches/\d+$"));
        await Expect(page.GetByTestId("batch-name")).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("batch-wards")).ToHaveTextAsync($"Đơn vị: {BacSon}");

        // The three are planned into it through the search box; each can make its date.
        var add = page.GetByTestId("batch-add");
        foreach (var person in people)
        {
            await add.FillAsync(person.FullName);
            await page.GetByRole(AriaRole.Option).Filter(new LocatorFilterOptions { HasText = person.FullName }).ClickAsync();
            await Expect(PlannedRow(page, person)).ToBeVisibleAsync();
        }

        var planned = page.GetByTestId("batch-planned-row");
        await Expect(planned).ToHaveCountAsync(Candidates);
        foreach (var person in people)
        {
            await Expect(PlannedRow(page, person)).ToContainTextAsync(PathStage.Decision.Label);
            await Expect(PlannedRow(page, person).GetByTestId("verdict")).ToHaveTextAsync("Kịp");
        }

        await page.CloseSnackbarsAsync();
        await committee.ScreenshotAsync("batch-planned", Vi);

        // One button records the ceremony for all three, after a confirmation that says what will happen.
        await page.GetByTestId("batch-record").ClickAsync();
        await Expect(page.GetByTestId("batch-record-confirm")).ToContainTextAsync(
            $"{Candidates} quần chúng sẽ được ghi nhận là đảng viên dự bị (bước 8) với ngày kết nạp {VietnamDates.Text(batchDate)}.");
        await page.GetByTestId("batch-record-go").ClickAsync();
        var outcome = page.GetByTestId("batch-outcome");
        await Expect(outcome).ToContainTextAsync($"Đã ghi nhận lễ kết nạp cho {Candidates} quần chúng.");
        await Expect(outcome.GetByTestId("batch-outcome-row")).ToHaveCountAsync(Candidates);
        await Expect(outcome.GetByTestId("batch-outcome-row").Filter(new LocatorFilterOptions { HasText = "Đã ghi nhận" })).ToHaveCountAsync(Candidates);
        foreach (var person in people)
        {
            await Expect(PlannedRow(page, person)).ToContainTextAsync(PathStage.Probationary.Label);
        }

        // Nothing left to record: the page says the batch is done instead of offering a greyed button.
        await Expect(page.GetByTestId("batch-record")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("batch-done")).ToHaveTextAsync("Đã ghi nhận lễ kết nạp cho tất cả quần chúng của đợt");
        await committee.ShouldShowNoErrorUiAsync();
        await committee.ScreenshotAsync("batch-recorded", Vi);

        // In the list, each is now a probationary member admitted on the batch date.
        await committee.GotoAsync("/candidates");
        await committee.WaitForInteractiveAsync();
        var list = new CandidatesList(page);
        foreach (var person in people)
        {
            await list.Search.FillAsync(person.FullName);
            await Expect(list.NameLinks).ToHaveTextAsync([person.FullName]);
            var row = list.Grid.Locator("tbody tr.mud-table-row");
            await Expect(row).ToContainTextAsync(PathStage.Probationary.Label);
            await Expect(row.Locator("td").Last).ToHaveTextAsync(VietnamDates.Text(batchDate));
        }

        committee.ConsoleErrors.ShouldBeEmpty();
    }

    private static ILocator PlannedRow(IPage page, TestPerson person) =>
        page.GetByTestId("batch-planned-row").Filter(new LocatorFilterOptions { HasText = person.FullName });

    private static async Task ExpectOnlyDeadlineAsync(CandidateRecordPage record, string kind)
    {
        await Expect(record.DeadlineLines).ToHaveCountAsync(1);
        await Expect(record.DeadlineLines).ToContainTextAsync($"{kind}:");
    }
}
