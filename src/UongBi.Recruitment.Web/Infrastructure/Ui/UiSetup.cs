using MudBlazor;
using MudBlazor.Services;

namespace UongBi.Recruitment.Web.Infrastructure.Ui;

public static class UiSetup
{
    public static void AddRecruitmentUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        builder.Services.AddHttpContextAccessor();
    }
}
