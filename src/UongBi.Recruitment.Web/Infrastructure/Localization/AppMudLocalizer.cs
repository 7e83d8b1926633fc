using Microsoft.Extensions.Localization;
using MudBlazor;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Infrastructure.Localization;

/// <summary>MudBlazor's own texts (pager, dialogs, date pickers) in the user's language, from our resources ("Mud_" keys).</summary>
internal sealed class AppMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
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

            return arguments.Length > 0 && text.Value.Contains("{0", StringComparison.Ordinal)
                ? new LocalizedString(key, string.Format(System.Globalization.CultureInfo.CurrentCulture, text.Value, arguments))
                : new LocalizedString(key, text.Value);
        }
    }
}
