using System.Globalization;
using Microsoft.Extensions.Localization;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Features.Dashboard;
using UongBi.Recruitment.Web.Features.Deadlines;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Excel;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Features.Reports;

/// <summary>
/// The Excel downloads. All behind the sign-in fallback policy; each reads through the feature services, so the
/// user's scope applies exactly as on the pages; bad parameters are a 400 naming them, in the user's language.
/// </summary>
public static class ExportEndpoints
{
    public const string ProgressPath = "export/progress.xlsx";

    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/" + ProgressPath, ProgressAsync)
            .WithName("ExportProgress")
            .WithSummary("The progress report workbook of a year as of a date (summary, pipeline, deadlines, admitted)")
            .Produces(StatusCodes.Status200OK, contentType: ExcelWorkbook.ContentType)
            .ProducesValidationProblem();
        app.MapGet("/" + CandidateExport.Path, CandidateExport.GetAsync)
            .WithName("ExportCandidates")
            .WithSummary("The candidate list as the grid shows it: filters, search, sort and columns, every row")
            .Produces(StatusCodes.Status200OK, contentType: ExcelWorkbook.ContentType)
            .ProducesValidationProblem();
        app.MapGet("/" + DeadlineExport.Path, DeadlineExport.GetAsync)
            .WithName("ExportDeadlines")
            .WithSummary("The deadlines list as the page shows it, every row")
            .Produces(StatusCodes.Status200OK, contentType: ExcelWorkbook.ContentType)
            .ProducesValidationProblem();
    }

    /// <summary>The report's address for a year and as-of date (the Reports page's button).</summary>
    public static string ProgressLink(int year, DateOnly? asOf) =>
        asOf is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{ProgressPath}?year={year}&asOf={day:yyyy-MM-dd}")
            : string.Create(CultureInfo.InvariantCulture, $"{ProgressPath}?year={year}");

    internal static async Task<IResult> ProgressAsync(
        string? year,
        string? asOf,
        ProgressService progress,
        CandidatesService candidates,
        DeadlinesService deadlines,
        CurrentUser user,
        TimeProvider clock,
        IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var errors = new Dictionary<string, string[]>();
        var (chosenYear, chosenAsOf) = ProgressApi.ParsePeriod(year, asOf, today, l, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: l["Api_BadRequest"]);
        }

        // The figures are read before the first byte is sent, so a refusal is still a clean 403, not a broken file.
        ProgressReport report;
        try
        {
            report = await progress.GetAsync(chosenYear, chosenAsOf ?? ProgressRules.DefaultAsOf(chosenYear, today), user.Scope.WardId, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return TypedResults.Forbid();
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"bao-cao-tien-do-{report.AsOf:yyyy-MM-dd}.xlsx");
        var parameters = string.Create(CultureInfo.InvariantCulture, $"year={report.Year}&asOf={report.AsOf:yyyy-MM-dd}");
        return new XlsxDownload(fileName, "progress", parameters, async (spreadsheet, token) =>
        {
            var due = await deadlines.AllAsync(new DeadlineQuery(), token);
            var admitted = candidates.AllRowsAsync(
                new CandidateQuery(AdmittedFrom: new DateOnly(report.Year, 1, 1), AdmittedTo: report.AsOf, Sort: CandidateSort.AdmittedOn), token);
            return await ProgressWorkbook.WriteAsync(spreadsheet, report, due, admitted, l, token);
        });
    }
}
