using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>A ward secretary sees her own ward's candidates and nothing else, in the list and by address.</summary>
[Collection(AppCollection.Name)]
public sealed class WardScopeTests(AppFixture app)
{
    private const string BacSon = "Bắc Sơn";
    private const string QuangTrung = "Quang Trung";
    private const string ArticleCandidate = "Nguyễn Thị Thanh Mai";
    private const int RowsPerPage = 25;

    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;

    [Fact]
    public async Task Candidates_WardSecretary_SeesOnlyHerWardAndNotAnotherWardsRecord()
    {
        // What the administrator sees: how many candidates Bắc Sơn has, and one Quang Trung candidate's id.
        int bacSonTotal;
        int quangTrungId;
        await using (var admin = await app.NewSessionAsync(DemoAccounts.Admin))
        {
            await admin.GotoAsync("/candidates");
            await admin.WaitForInteractiveAsync();
            var all = new CandidatesList(admin.Page);
            await all.FilterByWardAsync(BacSon);
            bacSonTotal = await all.TotalAsync();
            await all.FilterByWardAsync(QuangTrung);
            quangTrungId = await all.FirstCandidateIdAsync();
        }

        bacSonTotal.ShouldBeGreaterThan(RowsPerPage, "the demo data should give Bắc Sơn more than one page");

        await using var session = await app.NewSessionAsync(DemoAccounts.BacSon);
        var page = session.Page;
        await Expect(session.NavLinks).ToHaveTextAsync(Vi.NavLabels.ToArray());
        await session.GotoAsync("/candidates");
        await session.WaitForInteractiveAsync();
        var list = new CandidatesList(page);

        // One ward only: no ward filter, and every row of every page is Bắc Sơn, as many as the administrator counts.
        await Expect(session.Heading).ToHaveTextAsync(Vi.Candidates);
        await Expect(list.WardFilter).ToHaveCountAsync(0);
        await list.ExpectPageStartingAtAsync(1);
        (await list.TotalAsync()).ShouldBe(bacSonTotal);
        await session.ScreenshotAsync("candidates-bac-son", Vi);

        var seen = 0;
        for (var firstRow = 1; ; firstRow += RowsPerPage)
        {
            await list.ExpectPageStartingAtAsync(firstRow);
            var wards = await list.WardCells.AllInnerTextsAsync();
            wards.ShouldNotBeEmpty();
            wards.ShouldAllBe(ward => ward == BacSon);
            (await list.NameLinks.CountAsync()).ShouldBe(wards.Count);
            seen += wards.Count;
            if (seen >= bacSonTotal)
            {
                break;
            }

            await list.NextPageButton.ClickAsync();
        }

        seen.ShouldBe(bacSonTotal);
        await Expect(list.NextPageButton).ToBeDisabledAsync();

        // Search without diacritics finds the article's candidate.
        await session.GotoAsync("/candidates");
        await session.WaitForInteractiveAsync();
        await list.Search.FillAsync("nguyen thi thanh mai");
        await Expect(list.NameLinks).ToHaveTextAsync([ArticleCandidate]);
        await Expect(list.WardCells).ToHaveTextAsync([BacSon]);

        await list.NameLinks.First.ClickAsync();
        await page.WaitForURLAsync("**/candidates/*");
        await Expect(page.GetByTestId("candidate-name")).ToHaveTextAsync(ArticleCandidate);
        await session.WaitForInteractiveAsync();
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("candidate-record", Vi);

        // Another ward's record, typed straight into the address bar, does not exist for her.
        await session.GotoAsync($"/candidates/{quangTrungId}");
        await Expect(page.GetByTestId("candidate-not-found")).ToHaveTextAsync("Không tìm thấy quần chúng");
        await Expect(page.GetByTestId("candidate-name")).ToHaveCountAsync(0);
        await Expect(page.GetByText(QuangTrung)).ToHaveCountAsync(0);
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("candidate-out-of-scope", Vi);
        session.ConsoleErrors.ShouldBeEmpty();
    }
}
