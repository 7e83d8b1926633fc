using System.Globalization;
using Microsoft.Extensions.Localization;
using SpreadCheetah;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Features.Dashboard;
using UongBi.Recruitment.Web.Features.Deadlines;
using UongBi.Recruitment.Web.Infrastructure.Excel;
using UongBi.Recruitment.Web.Infrastructure.Localization;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Features.Reports;

/// <summary>
/// The progress report the city committee prints (DOMAIN.md "Reports people print"): sheet 1 the summary per
/// ward under the administrative header, sheet 2 the pipeline by stage, sheet 3 deadlines due and overdue, sheet
/// 4 the candidates admitted in the period. The figures are <see cref="ProgressService"/>'s, as /api/progress
/// gives them; the lists are the user's scope, as the candidates and deadlines pages give them.
/// </summary>
public static class ProgressWorkbook
{
    /// <summary>Header rows above the table on sheet 1 (committee/party, place and date, title, as-of, blank).</summary>
    public const int SummaryHeaderRows = 6;

    private static readonly Stage[] PipelineStages = [.. Enum.GetValues<Stage>().Where(s => s < Stage.Probationary)];

    public static async Task<int> WriteAsync(
        Spreadsheet spreadsheet,
        ProgressReport report,
        DeadlinePage deadlines,
        IAsyncEnumerable<CandidateRow> admitted,
        IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken)
    {
        var styles = ExcelWorkbook.AddStyles(spreadsheet);
        var rows = await SummaryAsync(spreadsheet, styles, report, l, cancellationToken);
        rows += await PipelineAsync(spreadsheet, styles, report, l, cancellationToken);
        rows += await DeadlinesAsync(spreadsheet, styles, deadlines, l, cancellationToken);
        rows += await AdmittedAsync(spreadsheet, styles, admitted, l, cancellationToken);
        return rows;
    }

    private static async Task<int> SummaryAsync(Spreadsheet spreadsheet, WorkbookStyles styles, ProgressReport report, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var categories = Enum.GetValues<Category>();
        List<string> headings =
        [
            l["Export_No"], l["Export_Ward"], l["Export_Target"], l["Export_Scope"], l["Export_Admitted"], l["Export_Percent"],
            l["Export_AdmittedResidential"],
            .. categories.Select(c => (string)l.Of(c)),
            l["Export_AwaitingCeremony"], l["Export_InPipeline"], l["Export_Forecast"],
        ];
        double[] widths = [6, 26, 10, 22, 10, 10, 14, .. categories.Select(_ => 13.0), 12, 12, 12];

        // The header and title rows sit above the table; the table's own header row is the one kept in view.
        await spreadsheet.StartWorksheetAsync(SpreadsheetSafety.Text(l["Export_SummarySheet"]), ExcelWorkbook.Sheet(SummaryHeaderRows + 1, widths), cancellationToken);
        var last = headings.Count;
        var half = last / 2;
        string Col(int n) => ColumnName(n);
        var asOf = report.AsOf;
        await spreadsheet.AddRowAsync([new StyledCell(SpreadsheetSafety.Text(l["Export_Committee"]), styles.Centered), .. Blank(half - 1), new StyledCell(SpreadsheetSafety.Text(l["Export_Party"]), styles.Centered)], cancellationToken);
        await spreadsheet.AddRowAsync([.. Blank(half), new StyledCell(SpreadsheetSafety.Text(l["Export_PlaceDate", asOf.Day.ToString("00", CultureInfo.InvariantCulture), asOf.Month.ToString("00", CultureInfo.InvariantCulture), asOf.Year]), styles.Italic)], cancellationToken);
        await spreadsheet.AddRowAsync([new StyledCell(SpreadsheetSafety.Text(l["Export_ProgressTitle", report.Year]), styles.Title)], cancellationToken);
        await spreadsheet.AddRowAsync([new StyledCell(SpreadsheetSafety.Text(l["Export_AsOf"]), styles.Bold), new StyledCell(ToDate(asOf), styles.Date)], cancellationToken);
        await spreadsheet.AddRowAsync([], cancellationToken);
        await spreadsheet.AddRowAsync([], cancellationToken);
        spreadsheet.MergeCells($"A1:{Col(half)}1");
        spreadsheet.MergeCells($"{Col(half + 1)}1:{Col(last)}1");
        spreadsheet.MergeCells($"{Col(half + 1)}2:{Col(last)}2");
        spreadsheet.MergeCells($"A3:{Col(last)}3");

        await styles.HeaderRowAsync(spreadsheet, headings, cancellationToken);
        var number = 0;
        foreach (var ward in report.Wards)
        {
            number++;
            var byCategory = ward.ByCategory.ToDictionary(c => c.Category, c => c.Count);
            await spreadsheet.AddRowAsync(
            [
                new StyledCell(number, null), new StyledCell(SpreadsheetSafety.Text(ward.WardName), null), Cell(ward.Target),
                new StyledCell(SpreadsheetSafety.Text(ward.Target is null ? "" : l.Of(ward.Scope)), null),
                new StyledCell(ward.Admitted, null), new StyledCell(Ratio(ward.Ratio), styles.Percent), new StyledCell(ward.AdmittedResidential, null),
                .. categories.Select(c => new StyledCell(byCategory.GetValueOrDefault(c), null)),
                new StyledCell(ward.AwaitingCeremony, null), new StyledCell(ward.InPipeline, null), new StyledCell(ward.Forecast, null),
            ], cancellationToken);
        }

        // The wards' sum, then the city's own line against the province's plan (DOMAIN.md: they differ when
        // scopes differ, so both are printed).
        var wards = report.Wards;
        var city = report.City;
        await spreadsheet.AddRowAsync(
        [
            default(StyledCell), new StyledCell(SpreadsheetSafety.Text(l["Export_Total"]), styles.Bold),
            new StyledCell(city.SumOfWardTargets, styles.BoldNumber), default(StyledCell),
            new StyledCell(city.SumOfWardAdmitted, styles.BoldNumber),
            new StyledCell(city.SumOfWardTargets > 0 ? (decimal)city.SumOfWardAdmitted / city.SumOfWardTargets : null, styles.BoldPercent),
            new StyledCell(wards.Sum(w => w.AdmittedResidential), styles.BoldNumber),
            .. categories.Select(c => new StyledCell(wards.Sum(w => w.ByCategory.Where(x => x.Category == c).Sum(x => x.Count)), styles.BoldNumber)),
            new StyledCell(wards.Sum(w => w.AwaitingCeremony), styles.BoldNumber), new StyledCell(wards.Sum(w => w.InPipeline), styles.BoldNumber),
            new StyledCell(wards.Sum(w => w.Forecast), styles.BoldNumber),
        ], cancellationToken);
        await spreadsheet.AddRowAsync(
        [
            default(StyledCell), new StyledCell(SpreadsheetSafety.Text(l["Export_CityPlan"]), styles.Bold),
            new StyledCell(city.Plan, styles.BoldNumber), new StyledCell(SpreadsheetSafety.Text(city.Plan is null ? "" : l.Of(city.Scope)), styles.Bold),
            new StyledCell(city.Admitted, styles.BoldNumber), new StyledCell(Ratio(city.Ratio), styles.BoldPercent),
            new StyledCell(city.AdmittedResidential, styles.BoldNumber), .. categories.Select(_ => default(StyledCell)),
            new StyledCell(city.AwaitingCeremony, styles.BoldNumber), new StyledCell(city.InPipeline, styles.BoldNumber),
            new StyledCell(city.Forecast, styles.BoldNumber),
        ], cancellationToken);
        return wards.Count + 2;
    }

    private static async Task<int> PipelineAsync(Spreadsheet spreadsheet, WorkbookStyles styles, ProgressReport report, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        await spreadsheet.StartWorksheetAsync(
            SpreadsheetSafety.Text(l["Export_PipelineSheet"]), ExcelWorkbook.Sheet(1, [26, .. PipelineStages.Select(_ => 14.0), 12]), cancellationToken);
        await styles.HeaderRowAsync(spreadsheet, [l["Export_Ward"], .. PipelineStages.Select(s => $"{(int)s}. {l.Of(s)}"), l["Export_Total"]], cancellationToken);
        foreach (var ward in report.Wards)
        {
            var byStage = ward.ByStage.ToDictionary(s => s.Stage, s => s.Count);
            await spreadsheet.AddRowAsync(
            [
                ExcelWorkbook.Text(ward.WardName), .. PipelineStages.Select(s => new DataCell(byStage.GetValueOrDefault(s))),
                new DataCell(PipelineStages.Sum(s => byStage.GetValueOrDefault(s))),
            ], cancellationToken);
        }

        var totals = PipelineStages.Select(s => report.Wards.Sum(w => w.ByStage.Where(x => x.Stage == s).Sum(x => x.Count))).ToList();
        await spreadsheet.AddRowAsync(
        [
            new StyledCell(SpreadsheetSafety.Text(l["Export_Total"]), styles.Bold), .. totals.Select(t => new StyledCell(t, styles.BoldNumber)),
            new StyledCell(totals.Sum(), styles.BoldNumber),
        ], cancellationToken);
        return report.Wards.Count + 1;
    }

    private static async Task<int> DeadlinesAsync(Spreadsheet spreadsheet, WorkbookStyles styles, DeadlinePage deadlines, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        await DeadlineExport.WriteSheetAsync(spreadsheet, styles, deadlines.Rows, l, cancellationToken);
        return deadlines.Rows.Count;
    }

    private static async Task<int> AdmittedAsync(Spreadsheet spreadsheet, WorkbookStyles styles, IAsyncEnumerable<CandidateRow> admitted, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        await spreadsheet.StartWorksheetAsync(SpreadsheetSafety.Text(l["Export_AdmittedSheet"]), ExcelWorkbook.Sheet(1, 6, 30, 22, 26, 30, 14), cancellationToken);
        await styles.HeaderRowAsync(spreadsheet, [l["Export_No"], l["Export_Column_Name"], l["Export_Column_Ward"], l["Export_Column_Cell"], l["Export_Column_Category"], l["Export_Column_AdmittedOn"]], cancellationToken);
        var count = 0;
        await foreach (var row in admitted.WithCancellation(cancellationToken))
        {
            count++;
            await spreadsheet.AddRowAsync(
                [new DataCell(count), ExcelWorkbook.Text(row.FullName), ExcelWorkbook.Text(row.Ward), ExcelWorkbook.Text(row.Cell), ExcelWorkbook.Text(l.Of(row.Category)), ExcelWorkbook.Date(row.AdmittedOn)],
                cancellationToken);
        }

        return count;
    }

    /// <summary>The exact ratio (DOMAIN.md: Excel keeps it; the % format rounds only what is shown).</summary>
    private static decimal? Ratio(decimal? ratio) => ratio;

    private static StyledCell Cell(int? value) => new(value, null);

    private static DateTime ToDate(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);

    private static IEnumerable<StyledCell> Blank(int count) => Enumerable.Repeat(default(StyledCell), Math.Max(0, count));

    /// <summary>A column's letters (1 → A, 27 → AA), for merged ranges.</summary>
    internal static string ColumnName(int number)
    {
        var name = "";
        while (number > 0)
        {
            var rest = (number - 1) % 26;
            name = (char)('A' + rest) + name;
            number = (number - 1) / 26;
        }

        return name;
    }
}
