using Microsoft.AspNetCore.DataProtection;
using MudBlazor;
using MudBlazor.Services;

namespace UongBi.Recruitment.Web.Infrastructure.Ui;

public static class UiSetup
{
    public static void AddRecruitmentUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        builder.Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<MudLocalizer, Localization.AppMudLocalizer>();

        // Keys that protect cookies and antiforgery tokens must outlive a container restart: put them on
        // the data volume when a folder is configured (the Docker image sets DataProtection:KeysFolder).
        if (builder.Configuration["DataProtection:KeysFolder"] is { Length: > 0 } keys)
        {
            builder.Services.AddDataProtection()
                .SetApplicationName("UongBi.Recruitment")
                .PersistKeysToFileSystem(new DirectoryInfo(keys));
        }
    }
}
