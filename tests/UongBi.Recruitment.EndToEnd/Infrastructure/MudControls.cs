using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>
/// Typing into MudBlazor 9 fields the way a user does. A data-testid set on a MudTextField (and the app's DateField)
/// lands on its input; on a MudSelect, on the combobox, whose options open in a popover.
/// </summary>
public static class MudControls
{
    /// <summary>
    /// Fills a text field and leaves it with Tab: the fields bind on change, and the date fields parse dd/MM/yyyy
    /// only then.
    /// </summary>
    public static async Task EnterAsync(this ILocator input, string text)
    {
        await input.FillAsync(text);
        await input.PressAsync("Tab");
        await Expect(input).ToHaveValueAsync(text);
    }

    public static Task EnterDateAsync(this ILocator input, DateOnly date) => input.EnterAsync(VietnamDates.Text(date));

    /// <summary>Opens a MudSelect and picks the option with exactly this text.</summary>
    public static async Task ChooseAsync(this ILocator select, string option)
    {
        var page = select.Page;
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option, Exact = true }).ClickAsync();
        await Expect(select).ToHaveTextAsync(option);
    }

    /// <summary>Closes every snackbar still showing, so that a screenshot shows the page and not the last few messages.</summary>
    public static async Task CloseSnackbarsAsync(this IPage page)
    {
        var close = page.Locator(".mud-snackbar button");
        while (await close.CountAsync() > 0)
        {
            try
            {
                await close.First.ClickAsync(new LocatorClickOptions { Timeout = 2_000 });
            }
            catch (TimeoutException)
            {
                // It went on its own while we reached for it.
            }
            catch (PlaywrightException)
            {
                // As above: detached between the count and the click.
            }
        }

        await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
    }
}
