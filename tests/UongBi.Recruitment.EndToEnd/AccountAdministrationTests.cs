using System.Diagnostics;
using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>An administrator disabling an account: the user's open page and new requests are shut out.</summary>
[Collection(AppCollection.Name)]
public sealed class AccountAdministrationTests(AppFixture app)
{
    /// <summary>The app runs with Auth:RevalidationSeconds = 5 (AppFixture); the rest is slack for a slow machine.</summary>
    private static readonly TimeSpan SignedOutWithin = TimeSpan.FromSeconds(15);

    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;

    [Fact]
    public async Task DisableAccount_UserSignedIn_IsSignedOutAndCannotSignInUntilEnabled()
    {
        await using var viewer = await app.NewSessionAsync(DemoAccounts.Viewer);
        await viewer.GotoAsync("/candidates");
        await viewer.WaitForInteractiveAsync();
        await Expect(viewer.NavLinks).ToHaveTextAsync(Vi.NavLabels.ToArray());

        await using var admin = await app.NewSessionAsync(DemoAccounts.Admin);
        await admin.GotoAsync("/admin/users");
        await admin.WaitForInteractiveAsync();
        var row = AccountRow(admin, DemoAccounts.Viewer);
        await Expect(row).ToContainTextAsync("Đang hoạt động");

        var enabledAgain = false;
        try
        {
            // Disable through the row's menu and the confirmation box.
            await row.GetByTestId("account-actions").Locator("button").ClickAsync();
            await admin.Page.GetByTestId("account-disable").ClickAsync();
            var confirm = admin.Page.Locator(".mud-dialog");
            await Expect(confirm).ToContainTextAsync(DemoAccounts.Viewer);
            await confirm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Khóa tài khoản", Exact = true }).ClickAsync();
            var clock = Stopwatch.StartNew();
            await Expect(confirm).ToHaveCountAsync(0);
            await Expect(row).ToContainTextAsync("Đã khóa");
            await admin.ScreenshotAsync("accounts-viewer-disabled", Vi);

            // A new request with the viewer's cookie is refused at once (the security stamp was renewed)...
            var tab = await viewer.Context.NewPageAsync();
            await tab.GotoAsync("/candidates");
            new Uri(tab.Url).AbsolutePath.ShouldBe(BrowserSession.LoginPath);
            await tab.CloseAsync();

            // ...and the page she still has open is sent to the sign-in form at the next revalidation.
            await viewer.WaitForLoginPageAsync(TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, (SignedOutWithin - clock.Elapsed).Ticks)));
            clock.Elapsed.ShouldBeLessThan(SignedOutWithin);
            viewer.Page.Url.ShouldEndWith("/Account/Login?returnUrl=%2Fcandidates");
            await Expect(viewer.Heading).ToHaveTextAsync(Vi.SignInTitle);

            // The right password no longer lets her in, and the message does not say why.
            await viewer.SubmitSignInAsync(DemoAccounts.Viewer, DemoAccounts.Password);
            await Expect(viewer.LoginError).ToHaveTextAsync(Vi.SignInFailed);
            viewer.IsOnLoginPage.ShouldBeTrue();
            await viewer.GotoAsync("/");
            viewer.IsOnLoginPage.ShouldBeTrue();

            // Enabled again, she can sign in: the demo account is left as it was found.
            await EnableAsync(admin, row);
            enabledAgain = true;
            await viewer.SignInAsync(DemoAccounts.Viewer);
            new Uri(viewer.Page.Url).AbsolutePath.ShouldBe("/");
            await Expect(viewer.Heading).ToHaveTextAsync(Vi.Dashboard);
            await admin.ShouldShowNoErrorUiAsync();
        }
        finally
        {
            if (!enabledAgain)
            {
                await TryEnableAsync(admin, row);
            }
        }
    }

    private static ILocator AccountRow(BrowserSession admin, string email) =>
        admin.Page.Locator($"[data-testid=account-row][data-email='{email}']");

    private static async Task EnableAsync(BrowserSession admin, ILocator row)
    {
        await row.GetByTestId("account-actions").Locator("button").ClickAsync();
        await admin.Page.GetByTestId("account-enable").ClickAsync();
        await Expect(row).ToContainTextAsync("Đang hoạt động");
    }

    /// <summary>Clean-up after a failure half-way: re-enable the shared demo account if it is still disabled.</summary>
    private static async Task TryEnableAsync(BrowserSession admin, ILocator row)
    {
        try
        {
            await admin.GotoAsync("/admin/users");
            await admin.WaitForInteractiveAsync();
            if (await row.GetByText("Đã khóa").CountAsync() > 0)
            {
                await EnableAsync(admin, row);
            }
        }
        catch (PlaywrightException)
        {
            // The test has already failed; its own exception is the one to report.
        }
        catch (TimeoutException)
        {
            // As above.
        }
    }
}
