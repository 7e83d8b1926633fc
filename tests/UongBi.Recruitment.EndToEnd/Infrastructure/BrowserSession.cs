using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>One browser context and page, with the console errors it collected and the shell's helpers.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string LoginPath = "/Account/Login";

    /// <summary>The session cookie the app issues at sign-in.</summary>
    public const string AuthCookieName = "__Host-UongBi.Auth";

    private static readonly TimeSpan InteractiveTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext _context;
    private readonly string _screenshotFolder;
    private readonly List<string> _consoleErrors = [];
    private readonly Lock _gate = new();

    internal BrowserSession(IBrowserContext context, IPage page, string screenshotFolder)
    {
        _context = context;
        _screenshotFolder = screenshotFolder;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console.error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"page error: {error}");
    }

    public IPage Page { get; }

    public IBrowserContext Context => _context;

    /// <summary>console.error messages and uncaught page errors seen so far.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_gate)
            {
                return [.. _consoleErrors];
            }
        }
    }

    public ILocator Heading => Page.Locator("h1");

    public ILocator LanguageMenu => Page.GetByTestId("language-menu");

    public ILocator LanguageMenuButton => LanguageMenu.Locator("button");

    public ILocator CurrentLanguage => Page.GetByTestId("current-language");

    public ILocator NavLinks => Page.Locator(".mud-navmenu a.mud-nav-link");

    /// <summary>The sign-in form's generic error (wrong password, unknown or disabled account alike).</summary>
    public ILocator LoginError => Page.GetByTestId("login-error");

    /// <summary>The signed-in user's name in the app bar; it opens the user menu.</summary>
    public ILocator UserMenuButton => Page.GetByTestId("user-menu").Locator("button").First;

    /// <summary>True when the page shows the sign-in form (the address is /Account/Login).</summary>
    public bool IsOnLoginPage => new Uri(Page.Url).AbsolutePath.Equals(LoginPath, StringComparison.OrdinalIgnoreCase);

    public async Task<IResponse?> GotoAsync(string path) =>
        await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 30_000 });

    /// <summary>
    /// Opens the sign-in page (unless the page already shows it), fills in the form and submits it; returns once
    /// the browser has left the sign-in page. Fails with the form's error text when the sign-in is refused.
    /// </summary>
    public async Task SignInAsync(string email, string password = DemoAccounts.Password)
    {
        await SubmitSignInAsync(email, password);
        if (IsOnLoginPage)
        {
            var error = await LoginError.AllInnerTextsAsync();
            throw new InvalidOperationException(
                $"Signing in as {email} did not leave the sign-in page: {(error.Count > 0 ? error[0] : "no error shown")}");
        }
    }

    /// <summary>Fills in and submits the sign-in form; returns with the page the server answered, whatever it is.</summary>
    public async Task SubmitSignInAsync(string email, string password)
    {
        if (!IsOnLoginPage)
        {
            await GotoAsync(LoginPath);
        }

        await Page.Locator("#login-email").FillAsync(email);
        await Page.Locator("#login-password").FillAsync(password);

        // A plain form post: wait for the answer's page (the form again, or where the redirect leads).
        await RunAndWaitForNewDocumentAsync(() => Page.GetByTestId("login-submit").ClickAsync());
    }

    /// <summary>
    /// Runs an action that makes the browser load a new document (a form post, a plain link on a static page) and
    /// waits until that document has loaded, even when its address is the same as before.
    /// </summary>
    public async Task RunAndWaitForNewDocumentAsync(Func<Task> action)
    {
        await Page.EvaluateAsync("() => document.documentElement.dataset.e2eOld = '1'");
        await action();
        await Expect(Page.Locator("html:not([data-e2e-old])")).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });

        // The new document is there. Its load state is only a courtesy wait: on a loaded machine Playwright has been
        // seen waiting on a navigation that never commits (the page itself was fine), and every later step
        // auto-waits for what it needs anyway.
        try
        {
            await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new PageWaitForLoadStateOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // Carry on: the document checked above is the one the next step works with.
        }
    }

    /// <summary>Waits (at most <paramref name="timeout"/>, else the context's default) until the page shows the sign-in form.</summary>
    public async Task WaitForLoginPageAsync(TimeSpan? timeout = null) =>
        await Page.WaitForURLAsync(
            url => new Uri(url).AbsolutePath.Equals(LoginPath, StringComparison.OrdinalIgnoreCase),
            new PageWaitForURLOptions { Timeout = timeout is { } t ? (float)t.TotalMilliseconds : null });

    /// <summary>The session cookie of this context, or null when it has none.</summary>
    public async Task<BrowserContextCookiesResult?> AuthCookieAsync() =>
        (await _context.CookiesAsync()).FirstOrDefault(c => c.Name == AuthCookieName);

    /// <summary>
    /// Waits until the server circuit has attached to the prerendered page: before that, clicks do nothing.
    /// Opens the language menu (polling: a click on the prerendered button is lost), closes it again, and waits
    /// for the page's own loading bars to go.
    /// </summary>
    public async Task WaitForInteractiveAsync()
    {
        var item = Page.GetByTestId("lang-vi");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await LanguageMenuButton.ClickAsync();
            try
            {
                await item.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 1_500 });
                break;
            }
            catch (TimeoutException) when (clock.Elapsed < InteractiveTimeout)
            {
                // Still prerendered HTML: click again.
            }
        }

        // The menu is modeless (Escape does not close it): its button toggles it shut again.
        await Expect(LanguageMenuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await LanguageMenuButton.ClickAsync();
        await Expect(LanguageMenuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(item).ToBeHiddenAsync();
        await Expect(Page.Locator(".mud-progress-linear-indeterminate")).ToHaveCountAsync(0);
    }

    /// <summary>Chooses a language from the app bar menu and waits for the reloaded page in that language.</summary>
    public async Task SwitchLanguageAsync(UiLanguage language)
    {
        await WaitForInteractiveAsync();
        await LanguageMenuButton.ClickAsync();
        await Page.GetByTestId(language.TestId).ClickAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language.HtmlLang);
        await Expect(CurrentLanguage).ToHaveTextAsync(language.Name);
    }

    /// <summary>Sets the language through the cookie endpoint (what the menu does) without using the menu.</summary>
    public async Task UseLanguageAsync(UiLanguage language, string returnUrl = "/")
    {
        await GotoAsync($"/culture?name={Uri.EscapeDataString(language.Culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language.HtmlLang);
    }

    /// <summary>A full-page PNG in artifacts/screenshots, named &lt;name&gt;-&lt;lang&gt;.png.</summary>
    public async Task<string> ScreenshotAsync(string name, UiLanguage language)
    {
        var file = Path.Combine(_screenshotFolder, string.Create(CultureInfo.InvariantCulture, $"{name}-{language.HtmlLang}.png"));
        Directory.CreateDirectory(_screenshotFolder);

        // No focus ring, hover shade or click ripple left over from the test's own clicks (MudBlazor removes a
        // ripple's element when it has faded; a screenshot taken before shows a grey disc on the clicked button).
        await Page.EvaluateAsync("() => document.activeElement?.blur()");

        // From the top: a page scrolled by a click lower down would show the fixed app bar across its middle.
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Page.Mouse.MoveAsync(Page.ViewportSize!.Width - 1, Page.ViewportSize.Height - 1);
        try
        {
            await Page.WaitForFunctionAsync(
                "() => !document.querySelector('.mud-ripple-effect')", null, new PageWaitForFunctionOptions { Timeout = 3_000 });
        }
        catch (TimeoutException)
        {
            // A ripple that never goes is cosmetic: take the screenshot anyway.
        }
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return file;
    }

    /// <summary>No Blazor error bar, no unhandled-error text and no reconnect dialog on the page.</summary>
    public async Task ShouldShowNoErrorUiAsync()
    {
        await Expect(Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await Expect(Page.GetByText("An unhandled error")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void Record(string message)
    {
        lock (_gate)
        {
            _consoleErrors.Add(message);
        }
    }
}
