using System.Text.Json.Serialization;
using UongBi.Recruitment.Web.Features.Accounts;
using UongBi.Recruitment.Web.Features.Administration;
using UongBi.Recruitment.Web.Features.Batches;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Features.Candidates.Import;
using UongBi.Recruitment.Web.Features.Dashboard;
using UongBi.Recruitment.Web.Features.Deadlines;
using UongBi.Recruitment.Web.Features.Reports;
using UongBi.Recruitment.Web.Features.Targets;
using UongBi.Recruitment.Web.Features.Units;

namespace UongBi.Recruitment.Web.Features;

public static class FeaturesSetup
{
    /// <summary>Each feature's services; they open one database context per call.</summary>
    public static void AddRecruitmentFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddFeatureServices();

        // The API speaks enums by name ("ResidentialAndVillage"), so its JSON reads the same as the page.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
    }

    /// <summary>The features' HTTP endpoints; all behind the sign-in fallback policy.</summary>
    public static void MapRecruitmentFeatures(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapProgressApi();
        app.MapExports();
        app.MapCandidateImport();
    }

    /// <summary>The same registrations for hosts other than the web app (component tests).</summary>
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<AccountSeeder>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<ProgressService>();
        services.AddScoped<CandidatesService>();
        services.AddScoped<CandidateEditService>();
        services.AddScoped<CandidateImportService>();
        services.AddSingleton<ImportDownloads>();
        services.AddScoped<DeadlinesService>();
        services.AddScoped<TargetsService>();
        services.AddScoped<BatchesService>();
        services.AddScoped<BatchPlanningService>();
        services.AddScoped<ReferenceDataService>();
        services.AddScoped<UnitsService>();
        return services;
    }
}
