using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;
using UongBi.Recruitment.Web.Features;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Infrastructure;

/// <summary>
/// A bUnit context wired like the app for one signed-in user: MudBlazor, localisation in the given culture,
/// the fixed clock, a real SQLite database and every feature service.
/// </summary>
public static class ComponentHost
{
    public static BunitContext Create(SqliteTestDatabase database, string culture, string role, int? wardId = null, string name = "tester@uongbi.local")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var services = context.Services;
        services.AddMudServices();
        services.AddLocalization();
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton(database.Factory(name));
        services.AddSingleton(TestUsers.Current(role, wardId, name));
        services.AddSingleton<ILogger<SecurityAudit>>(NullLogger<SecurityAudit>.Instance);
        services.AddScoped<SecurityAudit>();
        services.AddFeatureServices();

        // Services that read settings (the import's size limit) get the defaults, as an app without appsettings would.
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(name);
        authorization.SetRoles(role);
        authorization.SetPolicies(role == UongBi.Recruitment.Domain.Access.Roles.Administrator ? [Policies.Administer] : []);
        context.Render<MudPopoverProvider>();
        return context;
    }
}
