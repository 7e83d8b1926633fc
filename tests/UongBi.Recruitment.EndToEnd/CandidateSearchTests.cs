using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>The list's search ignores marks and case: what users type on a keyboard without Vietnamese input finds the name.</summary>
[Collection(AppCollection.Name)]
public sealed class CandidateSearchTests(AppFixture app)
{
    private const string ArticleCandidate = "Nguyễn Thị Thanh Mai";
    private const string BacSon = "Bắc Sơn";

    [Fact]
    public async Task CandidatesSearch_WithoutMarksOrInCapitals_FindsTheArticleCandidateAsTheFirstRow()
    {
        // The city committee searches every ward.
        await using var session = await app.NewSessionAsync(DemoAccounts.CityCommittee);
        var page = session.Page;
        await session.GotoAsync("/candidates");
        await session.WaitForInteractiveAsync();
        var list = new CandidatesList(page);
        await list.ExpectPageStartingAtAsync(1);
        var everyone = await list.TotalAsync();

        // Her full name, typed without marks, in small letters or capitals: only she matches, in the whole city.
        foreach (var search in new[] { "nguyen thi thanh mai", "NGUYEN THI THANH MAI" })
        {
            await list.Search.FillAsync(search);
            await Expect(list.NameLinks).ToHaveTextAsync([ArticleCandidate]);
            await Expect(list.WardCells).ToHaveTextAsync([BacSon]);
            (await list.TotalAsync()).ShouldBe(1);
        }

        // Part of the name finds her among the city's other "Thanh Mai"s, and first in her ward.
        await list.Search.FillAsync("thanh mai");
        await Expect(list.NameLinks.Filter(new() { HasText = ArticleCandidate })).ToHaveCountAsync(1);
        (await list.TotalAsync()).ShouldBeLessThan(everyone);
        await list.FilterByWardAsync(BacSon);
        await Expect(list.Search).ToHaveValueAsync("thanh mai");
        await Expect(list.NameLinks.First).ToHaveTextAsync(ArticleCandidate);

        await session.ShouldShowNoErrorUiAsync();
        session.ConsoleErrors.ShouldBeEmpty();
    }
}
