using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>One browser context and page, with the console errors it collected and the shell's helpers.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
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

    public async Task<IResponse?> GotoAsync(string path) =>
        await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

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

        // No focus ring or hover shade left over from the test's own clicks.
        await Page.EvaluateAsync("() => document.activeElement?.blur()");
        await Page.Mouse.MoveAsync(Page.ViewportSize!.Width - 1, Page.ViewportSize.Height - 1);
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
