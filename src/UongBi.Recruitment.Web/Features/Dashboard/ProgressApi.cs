using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Features.Dashboard;

/// <summary>
/// <c>GET /api/progress?year=YYYY&amp;asOf=YYYY-MM-DD[&amp;ward=id]</c>: the dashboard's figures as JSON, from the same
/// service as the page, for the signed-in user (cookie). Parameters are read as text so that a bad value gets
/// a message naming it, in the user's language, rather than a bare 400.
/// </summary>
public static class ProgressApi
{
    public const int FirstYear = 2000;

    public static void MapProgressApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/progress", GetAsync)
            .WithName("GetProgress")
            .WithSummary("Progress toward the admission targets of a year, as of a date")
            .WithDescription(
                "Figures for every unit that existed in the year (aggregates: every role sees every unit), the city's plan, " +
                "and one unit in detail (ward=id, else the user's own ward for a ward secretary, else the city). " +
                "asOf defaults to today for the current year and 31 December for past years; a later date is read as 31 December.")
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden);

    internal static async Task<Results<Ok<ProgressReport>, ValidationProblem, ForbidHttpResult>> GetAsync(
        string? year,
        string? asOf,
        string? ward,
        ProgressService progress,
        CurrentUser user,
        TimeProvider clock,
        IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var errors = new Dictionary<string, string[]>();
        var (chosenYear, chosenAsOf) = ParsePeriod(year, asOf, today, l, errors);

        int? detailWard = user.Scope.WardId;
        if (!string.IsNullOrEmpty(ward))
        {
            if (int.TryParse(ward, NumberStyles.None, CultureInfo.InvariantCulture, out var wardId) && wardId > 0)
            {
                detailWard = wardId;
            }
            else
            {
                errors["ward"] = [l["Api_BadWard"]];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: l["Api_BadRequest"]);
        }

        try
        {
            return TypedResults.Ok(await progress.GetAsync(
                chosenYear, chosenAsOf ?? ProgressRules.DefaultAsOf(chosenYear, today), detailWard, cancellationToken));
        }
        catch (AccessDeniedException)
        {
            return TypedResults.Forbid();
        }
    }

    /// <summary>
    /// The year and as-of date of a progress request (this API and the Excel report read them alike): errors are
    /// added under the parameter's name, in the user's language; an as-of date before the year is an error.
    /// </summary>
    internal static (int Year, DateOnly? AsOf) ParsePeriod(
        string? year, string? asOf, DateOnly today, IStringLocalizer<SharedResource> l, Dictionary<string, string[]> errors)
    {
        var chosenYear = today.Year;
        if (!string.IsNullOrEmpty(year)
            && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out chosenYear) || chosenYear < FirstYear || chosenYear > today.Year + 1))
        {
            errors["year"] = [string.Format(CultureInfo.CurrentCulture, l["Api_BadYear"], FirstYear, today.Year + 1)];
        }

        DateOnly? chosenAsOf = null;
        if (!string.IsNullOrEmpty(asOf))
        {
            if (DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                chosenAsOf = parsed;
            }
            else
            {
                errors["asOf"] = [l["Api_BadAsOf"]];
            }
        }

        if (!errors.ContainsKey("year") && !errors.ContainsKey("asOf") && chosenAsOf < new DateOnly(chosenYear, 1, 1))
        {
            errors["asOf"] = [string.Format(CultureInfo.CurrentCulture, l["Api_AsOfBeforeYear"], chosenYear)];
        }

        return (chosenYear, chosenAsOf);
    }
}
