using System.Net;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>Every page in the administrator's drawer, in both languages; the not-found page; the health endpoint.</summary>
[Collection(AppCollection.Name)]
public sealed class PageTests(AppFixture app)
{
    public static TheoryData<string, string> PagesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { UiLanguage.Vietnamese, UiLanguage.English })
        {
            foreach (var page in NavPage.All)
            {
                data.Add(page.Path, language.HtmlLang);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndLanguages))]
    public async Task NavPage_InEachLanguage_RendersHeadingWithoutErrors(string path, string lang)
    {
        var language = UiLanguage.FromCode(lang);
        var navPage = NavPage.All.Single(p => p.Path == path);
        await using var session = await app.NewSessionAsync();
        var page = session.Page;

        await session.UseLanguageAsync(language, path);

        new Uri(page.Url).AbsolutePath.ShouldBe(path);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language.HtmlLang);
        await Expect(session.Heading).ToHaveTextAsync(navPage.Heading(language));
        await Expect(session.NavLinks).ToHaveTextAsync(language.AdminNavLabels.ToArray());
        await session.WaitForInteractiveAsync();
        await Expect(session.Heading).ToHaveTextAsync(navPage.Heading(language));
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync(navPage.ScreenshotName, language);
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task UnknownUrl_Visited_ShowsNotFoundPage(string lang)
    {
        var language = UiLanguage.FromCode(lang);
        await using var session = await app.NewSessionAsync();
        if (language != UiLanguage.Vietnamese)
        {
            await session.UseLanguageAsync(language);
        }

        var response = await session.GotoAsync("/khong-co-trang-nay");

        response.ShouldNotBeNull().Status.ShouldBe(404);
        await Expect(session.Heading).ToHaveTextAsync(language.NotFoundTitle);
        await Expect(session.NavLinks).ToHaveTextAsync(language.AdminNavLabels.ToArray());
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("not-found", language);
    }

    [Fact]
    public async Task Health_Requested_Returns200()
    {
        using var http = new HttpClient { BaseAddress = app.BaseUrl };

        using var response = await http.GetAsync(new Uri("health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
