using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>The shell, signed in as the administrator: default language, the language menu and the cookie that keeps the choice.</summary>
[Collection(AppCollection.Name)]
public sealed class ShellTests(AppFixture app)
{
    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;
    private static readonly UiLanguage En = UiLanguage.English;

    [Fact]
    public async Task Dashboard_FirstVisit_RendersVietnameseShellAndAnswersClicks()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;

        var response = await session.GotoAsync("/");

        response.ShouldNotBeNull().Status.ShouldBe(200);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(session.Heading).ToHaveTextAsync(Vi.Dashboard);
        await Expect(session.NavLinks).ToHaveTextAsync(Vi.AdminNavLabels.ToArray());
        await Expect(session.CurrentLanguage).ToHaveTextAsync(Vi.Name);
        await Expect(page).ToHaveTitleAsync(new Regex("^Tổng quan"));
        await session.ShouldShowNoErrorUiAsync();

        // Interactive behaviour needs the circuit: the year select only opens once it is attached.
        await session.WaitForInteractiveAsync();
        var currentYear = int.Parse(await page.GetByTestId("year-select").InnerTextAsync(), CultureInfo.InvariantCulture);
        currentYear.ShouldBeGreaterThanOrEqualTo(2024);
        if (currentYear > 2024)
        {
            await page.GetByTestId("year-select").ClickAsync();
            await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "2024", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("as-of")).ToContainTextAsync("năm 2024 tính đến hết ngày 31/12/2024");
        }

        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("dashboard-2024", Vi);
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task LanguageMenu_ChooseEnglish_ShowsEnglishShell()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/");
        await Expect(session.CurrentLanguage).ToHaveTextAsync(Vi.Name);

        await session.SwitchLanguageAsync(En);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(session.Heading).ToHaveTextAsync(En.Dashboard);
        await Expect(session.NavLinks).ToHaveTextAsync(En.AdminNavLabels.ToArray());
        await Expect(session.CurrentLanguage).ToHaveTextAsync(En.Name);
        await Expect(page).ToHaveTitleAsync(new Regex("^Dashboard"));
        new Uri(page.Url).AbsolutePath.ShouldBe("/");
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("language-menu-switched", En);
    }

    [Fact]
    public async Task LanguageChoice_ReloadAndNavigate_IsKeptAndCanBeSwitchedBack()
    {
        await using var session = await app.NewSessionAsync();
        var page = session.Page;
        await session.GotoAsync("/");
        await session.SwitchLanguageAsync(En);

        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(session.Heading).ToHaveTextAsync(En.Dashboard);

        // In-app navigation through the drawer (the circuit keeps the culture it started with).
        await session.WaitForInteractiveAsync();
        await session.NavLinks.Filter(new LocatorFilterOptions { HasText = En.Targets }).ClickAsync();
        await page.WaitForURLAsync("**/targets");
        await Expect(session.Heading).ToHaveTextAsync("Admission targets");

        // A fresh load of another address reads the cookie again.
        await session.GotoAsync("/targets");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(session.Heading).ToHaveTextAsync("Admission targets");
        await Expect(session.NavLinks).ToHaveTextAsync(En.AdminNavLabels.ToArray());

        await session.SwitchLanguageAsync(Vi);

        new Uri(page.Url).AbsolutePath.ShouldBe("/targets");
        await Expect(session.Heading).ToHaveTextAsync("Chỉ tiêu kết nạp đảng viên");
        await Expect(session.NavLinks).ToHaveTextAsync(Vi.AdminNavLabels.ToArray());
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await session.ShouldShowNoErrorUiAsync();
    }

    [Fact]
    public async Task Dashboard_PhoneWidth_FitsWithoutSidewaysScrolling()
    {
        await using var session = await app.NewSessionAsync(viewport: AppFixture.Phone);
        var page = session.Page;
        await session.GotoAsync("/");
        await session.WaitForInteractiveAsync();
        await Expect(session.Heading).ToHaveTextAsync(Vi.Dashboard);

        await session.ScreenshotAsync("dashboard-phone", Vi);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(AppFixture.Phone.Width);
        await session.ShouldShowNoErrorUiAsync();
    }
}
