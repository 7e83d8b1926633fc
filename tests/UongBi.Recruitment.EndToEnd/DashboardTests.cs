using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>The progress dashboard on a 1366×768 laptop, as the city committee and as the Bắc Sơn secretary.</summary>
[Collection(AppCollection.Name)]
public sealed class DashboardTests(AppFixture app)
{
    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;
    private static readonly UiLanguage En = UiLanguage.English;

    private static ILocator WardRow(IPage page, string ward) => page.Locator($"[data-testid=ward-row][data-ward='{ward}']");

    [Fact]
    public async Task Dashboard_CityCommittee_SeesTheArticlesFiguresAsOfTheDateChosen()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.CityCommittee, AppFixture.Laptop);
        var page = session.Page;

        // As of 2 September 2024: Bắc Sơn 15 of 15.
        await session.GotoAsync("/?year=2024&asOf=2024-09-02");
        await Expect(page.GetByTestId("as-of")).ToContainTextAsync("02/09/2024");
        var bacSon = WardRow(page, "Bắc Sơn");
        await Expect(bacSon.GetByTestId("ward-admitted")).ToHaveTextAsync("15");
        await Expect(bacSon.GetByTestId("ward-percent")).ToHaveTextAsync("100%");
        await Expect(bacSon.GetByTestId("status")).ToHaveTextAsync("Đã đạt");
        await Expect(page.GetByTestId("forecast-rule")).ToContainTextAsync("bước 5–7");
        await Expect(page.GetByTestId("detail-title")).ToContainTextAsync("Toàn thành phố");
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("dashboard-city-2024-09-02", Vi);

        // The whole of 2024: the city 295 of its plan 289 = 102 %.
        await session.GotoAsync("/?year=2024");
        await Expect(page.GetByTestId("as-of")).ToContainTextAsync("31/12/2024");
        await Expect(page.GetByTestId("admitted")).ToHaveTextAsync("295");
        await Expect(page.GetByTestId("plan")).ToHaveTextAsync("289");
        await Expect(page.GetByTestId("percent")).ToHaveTextAsync("102%");
        await Expect(page.GetByTestId("ward-row")).ToHaveCountAsync(10);

        // Changing the as-of date in the form recomputes every figure.
        await session.WaitForInteractiveAsync();
        var asOf = page.GetByTestId("as-of-input");
        await asOf.FillAsync("02/09/2024");
        await asOf.PressAsync("Tab");
        await Expect(page.GetByTestId("as-of")).ToContainTextAsync("02/09/2024");
        await Expect(WardRow(page, "Bắc Sơn").GetByTestId("ward-percent")).ToHaveTextAsync("100%");

        // A date outside the year is refused in words; the figures stay.
        await asOf.FillAsync("01/01/2025");
        await asOf.PressAsync("Tab");
        await Expect(page.GetByText("Chọn một ngày trong năm 2024.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("as-of")).ToContainTextAsync("02/09/2024");
        await session.ShouldShowNoErrorUiAsync();

        // Every number drills down: Bắc Sơn's 15 open as the 15 candidates they count.
        await WardRow(page, "Bắc Sơn").GetByTestId("ward-admitted").Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/candidates?**");
        await session.WaitForInteractiveAsync();
        (await new CandidatesList(page).TotalAsync()).ShouldBe(15);
        await Expect(page.GetByTestId("drill-filters")).ToContainTextAsync("Kết nạp từ 01/01/2024 đến 02/09/2024");
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Dashboard_BacSonSecretary_SeesHerWardInDetailAndTheCityTable()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.BacSon, AppFixture.Laptop);
        var page = session.Page;

        await session.GotoAsync("/?year=2024&asOf=2024-09-02");

        await Expect(page.GetByTestId("detail-title")).ToContainTextAsync("Bắc Sơn");
        await Expect(page.GetByTestId("ward-row")).ToHaveCountAsync(10);
        var own = WardRow(page, "Bắc Sơn");
        await Expect(own).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("own"));
        await Expect(own.GetByTestId("ward-admitted")).ToHaveTextAsync("15");
        await Expect(own.GetByTestId("ward-percent")).ToHaveTextAsync("100%");
        await Expect(page.GetByTestId("youngest")).ToContainTextAsync("Nguyễn Thị Thanh Mai");

        // Another ward's figures are aggregates: shown, but not links to its candidates.
        await Expect(WardRow(page, "Quang Trung").GetByTestId("ward-admitted").Locator("a")).ToHaveCountAsync(0);
        await Expect(own.GetByTestId("ward-admitted").Locator("a")).ToHaveCountAsync(1);
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("dashboard-bac-son-2024-09-02", Vi);
    }

    [Fact]
    public async Task Dashboard_InEnglish_SpeaksEnglishWithTheSameFigures()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.CityCommittee, AppFixture.Laptop);
        var page = session.Page;
        await session.GotoAsync("/");
        await session.SwitchLanguageAsync(En);

        await session.GotoAsync("/?year=2024&asOf=2024-09-02");

        await Expect(session.Heading).ToHaveTextAsync(En.Dashboard);
        await Expect(WardRow(page, "Bắc Sơn").GetByTestId("status")).ToHaveTextAsync("Reached");
        await Expect(WardRow(page, "Bắc Sơn").GetByTestId("ward-percent")).ToHaveTextAsync("100%");
        await Expect(page.GetByTestId("forecast-rule")).ToContainTextAsync("stages 5–7");
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("dashboard-city-2024-09-02", En);
    }
}
