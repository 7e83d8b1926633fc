using Serilog;

namespace UongBi.Recruitment.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog with levels and sinks from configuration ("Serilog" section); code adds nothing that
    /// could carry personal data. Request logging writes method, path, status and time — never the
    /// query string or form values.
    /// </summary>
    public static void AddRecruitmentLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
    }

    public static void UseRecruitmentRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        });
    }
}
