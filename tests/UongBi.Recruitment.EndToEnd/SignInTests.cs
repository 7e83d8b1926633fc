using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>Signing in and out: the form every anonymous visit lands on, its generic error, its language links.</summary>
[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture app)
{
    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;
    private static readonly UiLanguage En = UiLanguage.English;

    [Fact]
    public async Task Dashboard_AnonymousVisit_ShowsSignInAndRefusesWrongPasswordInBothLanguages()
    {
        await using var session = await app.NewSessionAsync(email: null);
        var page = session.Page;

        var response = await session.GotoAsync("/");

        // "/" answers 302 to the sign-in page, which keeps where the user wanted to go.
        var redirect = response.ShouldNotBeNull().Request.RedirectedFrom.ShouldNotBeNull();
        new Uri(redirect.Url).AbsolutePath.ShouldBe("/");
        (await redirect.ResponseAsync()).ShouldNotBeNull().Status.ShouldBe(302);
        response.Status.ShouldBe(200);
        await ExpectSignInPageAsync(session, Vi);
        page.Url.ShouldEndWith("/Account/Login?returnUrl=%2F");
        await Expect(session.NavLinks).ToHaveCountAsync(0);
        (await session.AuthCookieAsync()).ShouldBeNull();
        await session.ScreenshotAsync("sign-in", Vi);

        // A wrong password and an unknown account get the same words, and nobody is signed in.
        // (One wrong attempt for this account in the whole suite: five lock it.)
        await session.SubmitSignInAsync(DemoAccounts.CityCommittee, "Sai-mat-khau-2024");
        await Expect(session.LoginError).ToHaveTextAsync(Vi.SignInFailed);
        await ExpectSignInPageAsync(session, Vi);
        (await session.AuthCookieAsync()).ShouldBeNull();
        await session.ScreenshotAsync("sign-in-error", Vi);

        await session.SubmitSignInAsync("khong-co-ai@uongbi.local", DemoAccounts.Password);
        await Expect(session.LoginError).ToHaveTextAsync(Vi.SignInFailed);
        (await session.AuthCookieAsync()).ShouldBeNull();

        // The language links of the static page switch the form itself, keeping the return address.
        await session.RunAndWaitForNewDocumentAsync(() => page.GetByTestId("static-lang-en").ClickAsync());
        await ExpectSignInPageAsync(session, En);
        page.Url.ShouldEndWith("/Account/Login?returnUrl=%2F");
        await Expect(session.LoginError).ToHaveCountAsync(0);
        await session.ScreenshotAsync("sign-in", En);

        // Signing in now goes where the user first wanted to go, in the chosen language, with the drawer of the role.
        await session.SignInAsync(DemoAccounts.CityCommittee);
        new Uri(page.Url).AbsolutePath.ShouldBe("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", En.HtmlLang);
        await Expect(session.Heading).ToHaveTextAsync(En.Dashboard);
        await Expect(session.NavLinks).ToHaveTextAsync(En.CommitteeNavLabels.ToArray());
        (await session.AuthCookieAsync()).ShouldNotBeNull();
        await session.ShouldShowNoErrorUiAsync();
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task UserMenu_SignOut_EndsTheSessionEverywhere()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.CityCommittee);
        var page = session.Page;
        await Expect(session.NavLinks).ToHaveTextAsync(Vi.CommitteeNavLabels.ToArray());
        await session.WaitForInteractiveAsync();

        // A second browser holding a copy of the same cookie (another device, a stolen value) is signed in too.
        var cookie = (await session.AuthCookieAsync()).ShouldNotBeNull();
        await using var copy = await app.NewSessionAsync(email: null);
        await copy.Context.AddCookiesAsync(
        [
            new Cookie
            {
                Name = cookie.Name,
                Value = cookie.Value,
                Domain = cookie.Domain,
                Path = cookie.Path,
                Secure = cookie.Secure,
                HttpOnly = cookie.HttpOnly,
                SameSite = cookie.SameSite,
            },
        ]);
        await copy.GotoAsync("/");
        await Expect(copy.Heading).ToHaveTextAsync(Vi.Dashboard);
        await copy.Page.GotoAsync("about:blank"); // no open circuit that could navigate on its own later

        await session.UserMenuButton.ClickAsync();
        await Expect(page.GetByTestId("user-role")).ToHaveTextAsync("Thành ủy");
        await page.GetByTestId("user-logout").ClickAsync();
        await page.WaitForURLAsync("**/Account/Logout");
        await Expect(session.Heading).ToHaveTextAsync("Đăng xuất");
        await session.ScreenshotAsync("sign-out", Vi);
        await page.GetByTestId("logout-submit").ClickAsync();

        await session.WaitForLoginPageAsync();
        await ExpectSignInPageAsync(session, Vi);
        (await session.AuthCookieAsync()).ShouldBeNull();

        await session.GotoAsync("/");
        await ExpectSignInPageAsync(session, Vi);
        page.Url.ShouldEndWith("/Account/Login?returnUrl=%2F");

        // Signing out renewed the security stamp, so the copy of the cookie is dead as well.
        await copy.GotoAsync("/");
        await ExpectSignInPageAsync(copy, Vi);
        session.ConsoleErrors.ShouldBeEmpty();
    }

    private static async Task ExpectSignInPageAsync(BrowserSession session, UiLanguage language)
    {
        var page = session.Page;
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language.HtmlLang);
        session.IsOnLoginPage.ShouldBeTrue($"Expected the sign-in page, but the browser is at {page.Url}.");
        await Expect(page).ToHaveTitleAsync(new Regex("^" + Regex.Escape(language.SignInTitle)));
        await Expect(session.Heading).ToHaveTextAsync(language.SignInTitle);
        await Expect(page.Locator("#login-email")).ToBeVisibleAsync();
        await Expect(page.Locator("#login-password")).ToHaveAttributeAsync("type", "password");
        await Expect(page.GetByTestId("login-submit")).ToHaveTextAsync(language.SignInButton);
    }
}
