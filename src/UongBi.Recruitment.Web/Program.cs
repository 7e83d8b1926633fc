using Serilog;
using UongBi.Recruitment.Web.Components;
using UongBi.Recruitment.Web.Features;
using UongBi.Recruitment.Web.Infrastructure;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Database;
using UongBi.Recruitment.Web.Infrastructure.Health;
using UongBi.Recruitment.Web.Infrastructure.Localization;
using UongBi.Recruitment.Web.Infrastructure.Logging;
using UongBi.Recruitment.Web.Infrastructure.Ui;

if (args is [HealthProbe.Command, ..])
{
    return await HealthProbe.RunAsync(args);
}

// A plain console logger for failures before the host's own logger exists. Not a "reloadable" bootstrap
// logger: that is process-wide and can be frozen only once, which breaks hosts started side by side in tests.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    var (command, email, hostArgs) = CommandLine.Split(args);
    var builder = WebApplication.CreateBuilder(hostArgs);
    builder.AddRecruitmentLogging();
    builder.AddRecruitmentDatabase();
    builder.AddRecruitmentLocalization();
    builder.AddRecruitmentUi();
    builder.AddRecruitmentAuth();
    builder.AddRecruitmentHealth();
    builder.AddRecruitmentFeatures();

    var app = builder.Build();
    if (command is not null)
    {
        return await CommandLine.RunAsync(app, command, email, Console.Out);
    }

    await app.PrepareDatabaseAsync();

    // Clients never see exception details, in any environment: the error page shows a request code only.
    app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorResponse.WriteAsync });
    if (!app.Environment.IsDevelopment())
    {
        app.UseHsts();
    }

    app.UseMiddleware<SecurityHeaders>();
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UseRecruitmentRequestLogging();
    app.UseRequestLocalization();
    app.UseRecruitmentAuth();
    app.UseAntiforgery();

    // Everything needs a signed-in user (fallback policy) except the sign-in page, static files, the
    // language switch and the health probe.
    app.MapStaticAssets().AllowAnonymous();
    app.MapRecruitmentHealth();
    app.MapCultureSwitch();
    app.MapRecruitmentFeatures();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The application stopped because of an unhandled error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
