using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using UongBi.Recruitment.Web.Infrastructure.Localization;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Infrastructure;

/// <summary>
/// The answer to an unhandled error: a small static page in the user's language with a request code, and
/// never the exception. It touches neither the database nor the sign-in (either may be what failed), so it
/// cannot fail in turn and let a framework error page through.
/// </summary>
public static class ErrorResponse
{
    public static async Task WriteAsync(HttpContext context)
    {
        var english = CookieRequestCultureProvider.ParseCookieValue(
            context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] ?? "")?.UICultures.FirstOrDefault().Value?.StartsWith("en", StringComparison.Ordinal) == true;
        var requestId = WebUtility.HtmlEncode(Activity.Current?.Id ?? context.TraceIdentifier);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(english ? LocalizationSetup.English : LocalizationSetup.Vietnamese);
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        string Text(string key) => WebUtility.HtmlEncode(l[key]);
        var (lang, title, message, code, home) = (english ? "en" : "vi", Text("Error_Title"), Text("Error_Message"), Text("Error_RequestId"), Text("Error_Home"));

        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="{{lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title><link rel="stylesheet" href="/app.css"></head>
            <body><div class="static-shell"><header class="static-bar"><span class="static-title">{{Text("AppTitle")}}</span><span class="static-sub">{{Text("AppSubtitle")}}</span></header>
            <main class="static-main"><h1>{{title}}</h1><p>{{message}}</p><p><strong>{{code}}:</strong> <code>{{requestId}}</code></p><p><a href="/">{{home}}</a></p></main></div></body></html>
            """);
    }
}
