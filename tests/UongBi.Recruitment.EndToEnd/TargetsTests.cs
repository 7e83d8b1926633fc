using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>
/// The city committee sets next year's targets (copied from this year's, one changed, a typing slip refused),
/// and the Bắc Sơn secretary then reads them, her ward highlighted. Next year has no demo targets, so the other
/// journeys (this year's dashboard) are not touched.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class TargetsTests(AppFixture app)
{
    private const string Title = "Chỉ tiêu kết nạp đảng viên";

    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;

    [GeneratedRegex(@"\btargets-own\b")]
    private static partial Regex OwnRow();

    [Fact]
    public async Task Targets_CommitteeCopiesChangesAndSavesNextYear_SecretaryReadsThemWithHerWardHighlighted()
    {
        var nextYear = VietnamDates.Today.Year + 1;
        var year = nextYear.ToString(CultureInfo.InvariantCulture);
        string changed;

        await using (var committee = await app.NewSessionAsync(DemoAccounts.CityCommittee))
        {
            var page = committee.Page;
            await committee.WaitForInteractiveAsync();
            await committee.NavLinks.Filter(new LocatorFilterOptions { HasText = Vi.Targets }).ClickAsync();
            await page.WaitForURLAsync("**/targets");
            await Expect(committee.Heading).ToHaveTextAsync(Title);
            await Expect(page.GetByTestId("count-BS")).ToBeEditableAsync();
            await committee.ShouldShowNoErrorUiAsync();
            await committee.ScreenshotAsync("targets-committee", Vi);

            // Next year: nothing set yet, so copy this year's.
            await page.GetByTestId("year-select").ChooseAsync(year);
            await page.WaitForURLAsync($"**/targets?year={year}");
            var bacSon = page.GetByTestId("count-BS");
            var namKhe = page.GetByTestId("count-NK");
            await Expect(bacSon).ToHaveValueAsync("");
            await page.GetByTestId("targets-copy").ClickAsync();
            await Expect(page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "Đã sao chép" }))
                .ToContainTextAsync($"Đã sao chép chỉ tiêu của 10 đơn vị từ năm {nextYear - 1}.");
            await Expect(bacSon).ToHaveValueAsync(new Regex(@"^\d+$"));
            changed = (int.Parse(await bacSon.InputValueAsync(), CultureInfo.InvariantCulture) + 2).ToString(CultureInfo.InvariantCulture);
            var corrected = (int.Parse(await namKhe.InputValueAsync(), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

            // Bắc Sơn gets two more; a minus sign slips into Nam Khê and is refused, on the field and on saving.
            // Enter moves down the column, as in a spreadsheet, keeping what was typed.
            await bacSon.FillAsync(changed);
            await bacSon.PressAsync("Enter");
            await Expect(namKhe).ToBeFocusedAsync();
            await Expect(bacSon).ToHaveValueAsync(changed);
            await namKhe.EnterAsync("-1");
            var namKheRow = page.Locator("[data-testid=target-row][data-ward=NK]");
            await Expect(namKheRow).ToContainTextAsync("Chỉ tiêu là số nguyên từ 0 trở lên.");
            await page.GetByTestId("targets-save").ClickAsync();
            await Expect(page.GetByTestId("targets-error")).ToHaveTextAsync("Chưa lưu gì: hãy sửa các ô báo lỗi rồi bấm Lưu lần nữa.");
            await Expect(bacSon).ToHaveValueAsync(changed);
            await committee.ShouldShowNoErrorUiAsync();
            await page.CloseSnackbarsAsync();
            await committee.ScreenshotAsync("targets-refused", Vi);

            await namKhe.EnterAsync(corrected);
            await Expect(namKheRow).Not.ToContainTextAsync("Chỉ tiêu là số nguyên");
            await page.GetByTestId("targets-save").ClickAsync();
            await Expect(page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "Đã lưu" }))
                .ToHaveTextAsync($"Đã lưu 2 dòng chỉ tiêu năm {year}.");
            await Expect(page.GetByTestId("targets-error")).ToHaveCountAsync(0);

            // A fresh page shows what was stored.
            await page.ReloadAsync();
            await committee.WaitForInteractiveAsync();
            await Expect(bacSon).ToHaveValueAsync(changed);
            await Expect(namKhe).ToHaveValueAsync(corrected);
            await page.GetByTestId("targets-history").Locator(".mud-expand-panel-header").ClickAsync();
            await Expect(page.GetByTestId("targets-changes")).ToContainTextAsync("Ban Tổ chức Thành ủy");
            await committee.ShouldShowNoErrorUiAsync();
            await committee.ScreenshotAsync("targets-saved", Vi);
            committee.ConsoleErrors.ShouldBeEmpty();
        }

        await using var secretary = await app.NewSessionAsync(DemoAccounts.BacSon);
        await secretary.GotoAsync($"/targets?year={year}");
        await secretary.WaitForInteractiveAsync();
        var own = secretary.Page.Locator("[data-testid=target-row][data-ward=BS]");
        await Expect(secretary.Heading).ToHaveTextAsync(Title);
        await Expect(own).ToHaveClassAsync(OwnRow());
        await Expect(own).ToContainTextAsync("Đơn vị của bạn");
        await Expect(own.Locator("td").First).ToHaveTextAsync(changed);
        await Expect(secretary.Page.Locator("input[data-testid^=count-]")).ToHaveCountAsync(0);
        await Expect(secretary.Page.GetByTestId("targets-save")).ToHaveCountAsync(0);
        await Expect(secretary.Page.GetByTestId("targets-copy")).ToHaveCountAsync(0);
        await secretary.ShouldShowNoErrorUiAsync();
        await secretary.ScreenshotAsync("targets-secretary", Vi);
        secretary.ConsoleErrors.ShouldBeEmpty();
    }
}
