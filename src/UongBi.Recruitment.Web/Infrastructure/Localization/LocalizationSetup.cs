using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace UongBi.Recruitment.Web.Infrastructure.Localization;

/// <summary>
/// Vietnamese first, English second. The choice is kept per browser in the standard culture cookie; the
/// browser's Accept-Language is deliberately ignored so every user starts in Vietnamese.
/// </summary>
public static class LocalizationSetup
{
    public const string Vietnamese = "vi-VN";

    /// <summary>British English: dates stay dd/MM/yyyy, as users read them in Vietnamese.</summary>
    public const string English = "en-GB";

    public static readonly string[] Supported = [Vietnamese, English];

    public static void AddRecruitmentLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    /// <summary>
    /// <c>GET /culture?name=en-GB&amp;returnUrl=/targets</c>: stores the choice for a year and goes back. Only
    /// supported cultures and local return addresses are accepted (no open redirect).
    /// </summary>
    public static void MapCultureSwitch(this WebApplication app)
    {
        app.MapGet("/culture", (string? name, string? returnUrl, HttpContext context) =>
        {
            var culture = Supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) ?? Vietnamese;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
            var target = IsLocal(returnUrl) ? returnUrl! : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
    }

    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal);
}
