using System.Globalization;
using Microsoft.Extensions.Localization;
using SpreadCheetah;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Web.Features.Deadlines;
using UongBi.Recruitment.Web.Infrastructure.Excel;
using UongBi.Recruitment.Web.Infrastructure.Localization;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Features.Reports;

/// <summary>
/// <c>GET /export/deadlines.xlsx?ward=&amp;kind=&amp;state=&amp;sort=&amp;desc=</c>: the deadlines list as the page
/// shows it (its filters and sort), every row, in the user's scope; also sheet 3 of the progress report.
/// </summary>
public static class DeadlineExport
{
    public const string Path = "export/deadlines.xlsx";

    public static string LinkFor(int? ward, DeadlineKind? kind, DeadlineState? state, DeadlineSort sort, bool descending)
    {
        List<string> parts = [];
        if (ward is { } w)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"ward={w}"));
        }

        if (kind is { } k)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"kind={(int)k}"));
        }

        if (state is { } s)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"state={(int)s}"));
        }

        if (sort != DeadlineSort.DueOn)
        {
            parts.Add($"sort={sort}");
        }

        if (descending)
        {
            parts.Add("desc=true");
        }

        return parts.Count == 0 ? Path : $"{Path}?{string.Join('&', parts)}";
    }

    internal static async Task<IResult> GetAsync(HttpContext http, DeadlinesService deadlines, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        var query = http.Request.Query;
        var errors = new Dictionary<string, string[]>();
        int? Number(string key)
        {
            var text = query[key].ToString();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            errors[key] = [l["Export_BadNumber", key]];
            return null;
        }

        var ward = Number("ward");
        var kindNumber = Number("kind");
        var stateNumber = Number("state");
        DeadlineKind? kind = kindNumber is { } k ? (DeadlineKind)k : null;
        if (kind is { } kk && !Enum.IsDefined(kk))
        {
            errors["kind"] = [l["Export_BadCode", "kind"]];
        }

        DeadlineState? state = stateNumber is { } s ? (DeadlineState)s : null;
        if (state is { } ss && ss is not (DeadlineState.DueSoon or DeadlineState.Overdue))
        {
            errors["state"] = [l["Export_BadCode", "state"]];
        }

        var sort = DeadlineSort.DueOn;
        var sortText = query["sort"].ToString();
        if (!string.IsNullOrEmpty(sortText) && (!Enum.TryParse(sortText, ignoreCase: true, out sort) || !Enum.IsDefined(sort) || int.TryParse(sortText, out _)))
        {
            errors["sort"] = [l["Export_BadSort", string.Join(", ", Enum.GetNames<DeadlineSort>())]];
        }

        var descending = false;
        var descText = query["desc"].ToString();
        if (!string.IsNullOrEmpty(descText) && !bool.TryParse(descText, out descending))
        {
            errors["desc"] = [l["Export_BadDescending"]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: l["Api_BadRequest"]);
        }

        var today = VietnamTime.Today(clock);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"thoi-han-{today:yyyy-MM-dd}.xlsx");
        return new XlsxDownload(fileName, "deadlines", AuditParameters(query), async (spreadsheet, cancellationToken) =>
        {
            var page = await deadlines.AllAsync(new DeadlineQuery(ward, kind, state, sort, descending), cancellationToken);
            await WriteSheetAsync(spreadsheet, ExcelWorkbook.AddStyles(spreadsheet), page.Rows, l, cancellationToken);
            return page.Rows.Count;
        });
    }

    /// <summary>One sheet of deadlines: who, where, which deadline, due date (a date), days and working days left (numbers).</summary>
    internal static async Task WriteSheetAsync(Spreadsheet spreadsheet, WorkbookStyles styles, IReadOnlyList<DeadlineRow> rows, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        await spreadsheet.StartWorksheetAsync(SpreadsheetSafety.Text(l["Export_DeadlinesSheet"]), ExcelWorkbook.Sheet(1, 30, 22, 26, 28, 34, 14, 12, 14, 14), cancellationToken);
        await styles.HeaderRowAsync(
            spreadsheet,
            [l["Export_Column_Name"], l["Export_Column_Ward"], l["Export_Column_Cell"], l["Export_Column_Stage"], l["Export_DeadlineKind"],
                l["Export_DueOn"], l["Export_DeadlineState"], l["Export_DaysLeft"], l["Export_WorkingDaysLeft"]],
            cancellationToken);
        foreach (var row in rows)
        {
            await spreadsheet.AddRowAsync(
            [
                ExcelWorkbook.Text(row.FullName), ExcelWorkbook.Text(row.Ward), ExcelWorkbook.Text(row.Cell),
                ExcelWorkbook.Text($"{(int)row.Stage}. {l.Of(row.Stage)}"), ExcelWorkbook.Text(l.Of(row.Kind)),
                ExcelWorkbook.Date(row.DueOn), ExcelWorkbook.Text(l.Of(row.State)), new DataCell(row.DaysLeft), new DataCell(row.WorkingDaysLeft),
            ], cancellationToken);
        }
    }

    private static readonly string[] AuditedKeys = ["ward", "kind", "state", "sort", "desc"];

    /// <summary>The filters for the audit row: only the list's own keys, never whatever else the address carried.</summary>
    private static string AuditParameters(IQueryCollection query) =>
        string.Join('&', query.Where(p => AuditedKeys.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).Select(p => $"{p.Key}={p.Value}"));
}
