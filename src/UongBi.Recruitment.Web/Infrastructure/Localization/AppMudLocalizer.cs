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

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = localizer[$"Mud_{key}", arguments];
            return text.ResourceNotFound ? base[key, arguments] : new LocalizedString(key, text.Value);
        }
    }
}
