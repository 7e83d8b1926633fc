using UongBi.Recruitment.Web.Features.Accounts;
using UongBi.Recruitment.Web.Features.Administration;
using UongBi.Recruitment.Web.Features.Batches;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Features.Dashboard;
using UongBi.Recruitment.Web.Features.Deadlines;
using UongBi.Recruitment.Web.Features.Targets;
using UongBi.Recruitment.Web.Features.Units;

namespace UongBi.Recruitment.Web.Features;

public static class FeaturesSetup
{
    /// <summary>Each feature's services; they open one database context per call.</summary>
    public static void AddRecruitmentFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccountSeeder>();
        builder.Services.AddScoped<UserAdminService>();
        builder.Services.AddScoped<ShellSummaryService>();
        builder.Services.AddScoped<CandidatesService>();
        builder.Services.AddScoped<CandidateEditService>();
        builder.Services.AddScoped<DeadlinesService>();
        builder.Services.AddScoped<TargetsService>();
        builder.Services.AddScoped<BatchesService>();
        builder.Services.AddScoped<BatchPlanningService>();
        builder.Services.AddScoped<ReferenceDataService>();
        builder.Services.AddScoped<UnitsService>();
    }
}
