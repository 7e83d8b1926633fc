using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>The candidates list (/candidates): its grid, filters and pager, read the way a user sees them.</summary>
public sealed partial class CandidatesList(IPage page)
{
    public ILocator Grid => page.GetByTestId("candidates-grid");

    /// <summary>The name links, one per row of the current page.</summary>
    public ILocator NameLinks => Grid.GetByTestId("candidate-link");

    /// <summary>The ward column (second) of every row of the current page.</summary>
    public ILocator WardCells => Grid.Locator("tbody tr.mud-table-row > td:nth-child(2)");

    public ILocator WardFilter => page.GetByTestId("ward-filter");

    public ILocator Search => page.GetByTestId("candidate-search");

    /// <summary>The pager's "first–last of total" caption (the other caption is "rows per page").</summary>
    public ILocator PagerInfo => Grid.Locator(".mud-table-pagination-caption").Last;

    /// <summary>First, previous, next, last: the third pager button.</summary>
    public ILocator NextPageButton => Grid.Locator(".mud-table-pagination-actions button").Nth(2);

    /// <summary>The total the pager reports (its last number; thousands separators ignored).</summary>
    public async Task<int> TotalAsync()
    {
        await Expect(PagerInfo).ToHaveTextAsync(PagerCaption());
        var caption = await PagerInfo.InnerTextAsync();
        var digits = PagerCaption().Match(caption).Groups["total"].Value.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the pager shows the page starting at row <paramref name="firstRow"/> (1-based).</summary>
    public async Task ExpectPageStartingAtAsync(int firstRow) =>
        await Expect(PagerInfo).ToHaveTextAsync(new Regex($"^{firstRow.ToString(CultureInfo.InvariantCulture)}\\s*[-–]"));

    /// <summary>Chooses a ward in the filter and waits until every row on the page is in that ward.</summary>
    public async Task FilterByWardAsync(string ward)
    {
        await WardFilter.ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = ward, Exact = true }).ClickAsync();
        await Expect(WardFilter).ToHaveTextAsync(ward);
        await Expect(WardCells.First).ToHaveTextAsync(ward);
        await Expect(WardCells.Filter(new LocatorFilterOptions { HasNotText = ward })).ToHaveCountAsync(0);
    }

    /// <summary>The id in the address of the first name link on the page (candidates/{id}).</summary>
    public async Task<int> FirstCandidateIdAsync()
    {
        var href = await NameLinks.First.GetAttributeAsync("href") ?? "";
        var match = CandidateHref().Match(href);
        match.Success.ShouldBeTrue($"Unexpected candidate link '{href}'.");
        return int.Parse(match.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<total>\d[\d.,]*)\s*$")]
    private static partial Regex PagerCaption();

    [GeneratedRegex(@"candidates/(?<id>\d+)$")]
    private static partial Regex CandidateHref();
}
