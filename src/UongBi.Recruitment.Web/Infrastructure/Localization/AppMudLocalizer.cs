using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using MudBlazor;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Infrastructure.Localization;

/// <summary>MudBlazor's own texts (pager, dialogs, date pickers) in the user's language, from our resources ("Mud_" keys).</summary>
internal sealed partial class AppMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    // MudBlazor hands over counts as numbers or as invariant text ("1,123"): both come out as "1.123" in Vietnamese.
    private static string Format(object? value) => value switch
    {
        int or long => string.Format(CultureInfo.CurrentCulture, "{0:N0}", value),
        string text when long.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
            => number.ToString("N0", CultureInfo.CurrentCulture),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? "",
    };

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex NamedPlaceholder();

    public override LocalizedString this[string key]
    {
        get
        {
            var text = localizer[$"Mud_{key}"];
            return text.ResourceNotFound ? base[key] : new LocalizedString(key, text.Value);
        }
    }

    /// <remarks>
    /// Some MudBlazor texts use named placeholders ("{first_item}") that MudBlazor fills in itself, so the
    /// text is formatted here only when it has positional ones.
    /// </remarks>
    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = localizer[$"Mud_{key}"];
            if (text.ResourceNotFound)
            {
                return base[key, arguments];
            }

            if (arguments.Length > 0 && text.Value.Contains("{0", StringComparison.Ordinal))
            {
                return new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, text.Value, arguments));
            }

            // Named placeholders ("{first_item}–{last_item} of {all_items}") take the arguments in order;
            // numbers are written the user's way ("1.129").
            var index = 0;
            var filled = NamedPlaceholder().Replace(text.Value, match =>
                index < arguments.Length ? Format(arguments[index++]) : match.Value);
            return new LocalizedString(key, filled);
        }
    }
}
