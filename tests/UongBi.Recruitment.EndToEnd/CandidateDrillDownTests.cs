using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>
/// A dashboard figure opens the candidates list with the rows it counts: the address carries the filters, the
/// list shows them as chips in words, and a chip removed widens the list again.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class CandidateDrillDownTests(AppFixture app)
{
    private const string BacSon = "Bắc Sơn";

    [Fact]
    public async Task CandidatesDrillDown_BacSonAdmittedBy2September2024_ShowsTheArticles15WithChipsThatCanBeRemoved()
    {
        // The city committee finds Bắc Sơn's id the way a user would: by choosing it in the list's filter.
        await using var session = await app.NewSessionAsync(DemoAccounts.CityCommittee);
        var page = session.Page;
        await session.GotoAsync("/candidates");
        await session.WaitForInteractiveAsync();
        var list = new CandidatesList(page);
        await list.FilterByWardAsync(BacSon);
        var ward = WardParameter().Match(page.Url).Groups["id"].Value;
        ward.ShouldNotBeEmpty();

        // The address a dashboard figure links to (CandidateLinks.For): admitted from 1 Jan to 2 Sept 2024, in
        // residential-area and village cells, with every other drill-down filter to see how the chips wrap.
        await session.GotoAsync($"/candidates?ward={ward}&stage=8&stageTo=9&asOf=2024-09-02&from=2024-01-01&to=2024-09-02&scope=2&kind=1&ageUnder=60");
        await session.WaitForInteractiveAsync();
        var chips = page.GetByTestId("drill-filters");
        await Expect(chips.Locator(".mud-chip")).ToHaveTextAsync(
        [
            "Bước 8–9 tại ngày 02/09/2024",
            "Kết nạp từ 01/01/2024 đến 02/09/2024",
            "Chi bộ khu dân cư, thôn",
            "Loại chi bộ: Khu dân cư",
            "Dưới 60 tuổi khi kết nạp",
        ]);
        await session.ScreenshotAsync("candidates-drill-down-all-chips", UiLanguage.Vietnamese);

        // Only the figure's own filters: the article's 15.
        await session.GotoAsync($"/candidates?ward={ward}&from=2024-01-01&to=2024-09-02&scope=2");
        await session.WaitForInteractiveAsync();
        await Expect(chips.Locator(".mud-chip")).ToHaveTextAsync(["Kết nạp từ 01/01/2024 đến 02/09/2024", "Chi bộ khu dân cư, thôn"]);
        (await list.TotalAsync()).ShouldBe(15);
        await Expect(list.WardCells.Filter(new LocatorFilterOptions { HasNotText = BacSon })).ToHaveCountAsync(0);
        await session.ScreenshotAsync("candidates-drill-down", UiLanguage.Vietnamese);

        // Removing the period chip keeps the ward and the scope, and lists Bắc Sơn's residential candidates at any stage.
        await page.GetByTestId("drill-admitted").Locator(".mud-chip-close-button").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("from="));
        await Expect(chips.Locator(".mud-chip")).ToHaveTextAsync(["Chi bộ khu dân cư, thôn"]);
        page.Url.ShouldContain($"ward={ward}");
        await list.ExpectPageStartingAtAsync(1);
        (await list.TotalAsync()).ShouldBeGreaterThan(15);

        await session.ShouldShowNoErrorUiAsync();
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task CandidatesDrillDown_OnAPhone_ChipsWrapInsideTheScreen()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.CityCommittee, AppFixture.Phone);
        var page = session.Page;
        await session.GotoAsync("/candidates?stage=5&stageTo=7&asOf=2024-10-25&from=2024-01-01&to=2024-09-02&scope=2&kind=2&ageUnder=30");
        await session.WaitForInteractiveAsync();

        var chips = page.GetByTestId("drill-filters").Locator(".mud-chip");
        await Expect(chips).ToHaveCountAsync(5);
        foreach (var chip in await chips.AllAsync())
        {
            var box = await chip.BoundingBoxAsync();
            box.ShouldNotBeNull();
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(AppFixture.Phone.Width, await chip.InnerTextAsync());
        }

        await session.ScreenshotAsync("candidates-drill-down-phone", UiLanguage.Vietnamese);
        await session.ShouldShowNoErrorUiAsync();
    }

    [GeneratedRegex(@"[?&]ward=(?<id>\d+)")]
    private static partial Regex WardParameter();
}
