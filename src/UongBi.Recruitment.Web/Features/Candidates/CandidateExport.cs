using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using SpreadCheetah;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Infrastructure.Excel;
using UongBi.Recruitment.Web.Infrastructure.Localization;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Features.Candidates;

/// <summary>The candidate grid's columns, in the grid's order; the name is always shown.</summary>
public enum CandidateColumn
{
    Name,
    Ward,
    Cell,
    Category,
    Stage,
    AdmittedOn,
}

/// <summary>
/// <c>GET /export/candidates.xlsx</c>: exactly what the candidate grid shows — its filters (the page's address
/// parameters, read the same way), its search, sort and visible columns — every row, not one page, streamed.
/// </summary>
public static class CandidateExport
{
    public const string Path = "export/candidates.xlsx";
    public const string SearchKey = "search";
    public const string SortKey = "sort";
    public const string DescendingKey = "desc";
    public const string ColumnsKey = "cols";

    private static readonly double[] Widths = [30, 22, 26, 30, 30, 14];

    /// <summary>The export of the list as the page shows it; the page fills it from its filters, sort and column chooser.</summary>
    public static string LinkFor(CandidateQuery filters, IEnumerable<CandidateColumn> columns)
    {
        var query = new StringBuilder();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Append(query.Length == 0 ? "?" : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        static string? N(int? value) => value?.ToString(CultureInfo.InvariantCulture);
        static string? D(DateOnly? value) => value?.ToString(CandidateLinks.DateFormat, CultureInfo.InvariantCulture);
        Add(CandidateLinks.WardKey, N(filters.WardId));
        Add(CandidateLinks.CellKey, N(filters.CellId));
        Add(CandidateLinks.StageKey, N((int?)filters.Stage));
        Add(CandidateLinks.StageToKey, N((int?)filters.StageTo));
        Add(CandidateLinks.AsOfKey, D(filters.AsOf));
        Add(CandidateLinks.FromKey, D(filters.AdmittedFrom));
        Add(CandidateLinks.ToKey, D(filters.AdmittedTo));
        Add(CandidateLinks.ScopeKey, N((int?)filters.CellScope));
        Add(CandidateLinks.KindKey, N((int?)filters.CellKind));
        Add(CandidateLinks.CategoryKey, N((int?)filters.Category));
        Add(CandidateLinks.YearKey, N(filters.AdmittedYear));
        Add(CandidateLinks.GenderKey, N((int?)filters.Gender));
        Add(CandidateLinks.DeadlineKey, N((int?)filters.Deadline));
        Add(CandidateLinks.AgeUnderKey, N(filters.AgeUnder));
        Add(SearchKey, filters.Search?.Trim());
        Add(SortKey, filters.Sort == CandidateSort.Name ? null : filters.Sort.ToString());
        Add(DescendingKey, filters.Descending ? "true" : null);
        Add(ColumnsKey, string.Join(',', columns.Select(c => c.ToString())));
        return Path + query;
    }

    internal static async Task<IResult> GetAsync(HttpContext http, CandidatesService candidates, TimeProvider clock, IStringLocalizer<SharedResource> l)
    {
        var parsed = Parse(http.Request.Query, l);
        if (parsed.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(parsed.Errors, title: l["Api_BadRequest"]);
        }

        var query = parsed.Query.Checked();
        var today = VietnamTime.Today(clock);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"danh-sach-quan-chung-{today:yyyy-MM-dd}.xlsx");
        return new XlsxDownload(fileName, "candidates", AuditParameters(http.Request.Query), (spreadsheet, cancellationToken) =>
            WriteAsync(spreadsheet, candidates.AllRowsAsync(query, cancellationToken), parsed.Columns, l, cancellationToken));
    }

    /// <summary>One sheet: a frozen header row of the chosen columns, then every row as it arrives.</summary>
    public static async Task<int> WriteAsync(
        Spreadsheet spreadsheet, IAsyncEnumerable<CandidateRow> rows, IReadOnlyList<CandidateColumn> columns, IStringLocalizer<SharedResource> l, CancellationToken cancellationToken)
    {
        var styles = ExcelWorkbook.AddStyles(spreadsheet);
        await spreadsheet.StartWorksheetAsync(
            SpreadsheetSafety.Text(l["Export_CandidatesSheet"]), ExcelWorkbook.Sheet(1, [.. columns.Select(c => Widths[(int)c])]), cancellationToken);
        await styles.HeaderRowAsync(spreadsheet, columns.Select(c => (string)l[$"Export_Column_{c}"]), cancellationToken);

        // Display names are looked up once, not per row: a million rows make the lookups count.
        var stages = Enum.GetValues<Stage>().ToDictionary(s => s, s => $"{(int)s}. {l.Of(s)}");
        var categories = Enum.GetValues<Category>().ToDictionary(c => c, c => l.Of(c));
        var dropped = (string)l["Candidates_DroppedTag"];
        var cells = new DataCell[columns.Count];
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < columns.Count; i++)
            {
                cells[i] = columns[i] switch
                {
                    CandidateColumn.Name => ExcelWorkbook.Text(row.Dropped ? $"{row.FullName} ({dropped})" : row.FullName),
                    CandidateColumn.Ward => ExcelWorkbook.Text(row.Ward),
                    CandidateColumn.Cell => ExcelWorkbook.Text(row.Cell),
                    CandidateColumn.Category => ExcelWorkbook.Text(categories.GetValueOrDefault(row.Category)),
                    CandidateColumn.Stage => ExcelWorkbook.Text(stages.GetValueOrDefault(row.Stage)),
                    _ => ExcelWorkbook.Date(row.AdmittedOn),
                };
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
            count++;
        }

        return count;
    }

    internal sealed record Parsed(CandidateQuery Query, IReadOnlyList<CandidateColumn> Columns, Dictionary<string, string[]> Errors);

    /// <summary>
    /// The page's parameters, read as the page reads them (numbers and codes invariant, dates yyyy-MM-dd; codes
    /// that are well formed but unknown are dropped by <see cref="CandidateQuery.Checked"/> as on the page). A value
    /// the page could never have written — not a number, not a date, an unknown sort or column — is a 400.
    /// </summary>
    internal static Parsed Parse(IQueryCollection query, IStringLocalizer<SharedResource> l)
    {
        var errors = new Dictionary<string, string[]>();
        int? Number(string key)
        {
            var text = query[key].ToString();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (CandidateLinks.ParseNumber(text) is { } n)
            {
                return n;
            }

            errors[key] = [l["Export_BadNumber", key]];
            return null;
        }

        DateOnly? Day(string key)
        {
            var text = query[key].ToString();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (CandidateLinks.ParseDate(text) is { } d)
            {
                return d;
            }

            errors[key] = [l["Export_BadDate", key]];
            return null;
        }

        T? Code<T>(string key)
            where T : struct, Enum => Number(key) is { } n ? (T)Enum.ToObject(typeof(T), n) : null;

        var sort = CandidateSort.Name;
        var sortText = query[SortKey].ToString();
        if (!string.IsNullOrEmpty(sortText) && (!Enum.TryParse(sortText, ignoreCase: true, out sort) || !Enum.IsDefined(sort) || int.TryParse(sortText, out _)))
        {
            errors[SortKey] = [l["Export_BadSort", string.Join(", ", Enum.GetNames<CandidateSort>())]];
        }

        var descending = false;
        var descText = query[DescendingKey].ToString();
        if (!string.IsNullOrEmpty(descText) && !bool.TryParse(descText, out descending))
        {
            errors[DescendingKey] = [l["Export_BadDescending"]];
        }

        List<CandidateColumn> columns = [.. Enum.GetValues<CandidateColumn>()];
        var colsText = query[ColumnsKey].ToString();
        if (!string.IsNullOrEmpty(colsText))
        {
            var chosen = new HashSet<CandidateColumn> { CandidateColumn.Name };
            foreach (var name in colsText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Enum.TryParse<CandidateColumn>(name, ignoreCase: true, out var column) && Enum.IsDefined(column) && !int.TryParse(name, out _))
                {
                    chosen.Add(column);
                }
                else
                {
                    errors[ColumnsKey] = [l["Export_BadColumns", string.Join(", ", Enum.GetNames<CandidateColumn>())]];
                }
            }

            // The grid's order, whatever order the address lists them in; the name cannot be hidden there.
            columns = [.. columns.Where(chosen.Contains)];
        }

        var search = query[SearchKey].ToString();
        var candidateQuery = new CandidateQuery(
            WardId: Number(CandidateLinks.WardKey),
            Search: search.Length > 100 ? search[..100] : search,
            Stage: Code<Stage>(CandidateLinks.StageKey),
            CellId: Number(CandidateLinks.CellKey),
            Category: Code<Category>(CandidateLinks.CategoryKey),
            AdmittedYear: Number(CandidateLinks.YearKey),
            Gender: Code<Gender>(CandidateLinks.GenderKey),
            Sort: sort,
            Descending: descending,
            Deadline: Code<DeadlineState>(CandidateLinks.DeadlineKey),
            AsOf: Day(CandidateLinks.AsOfKey),
            StageTo: Code<Stage>(CandidateLinks.StageToKey),
            AdmittedFrom: Day(CandidateLinks.FromKey),
            AdmittedTo: Day(CandidateLinks.ToKey),
            CellScope: Code<TargetScope>(CandidateLinks.ScopeKey),
            CellKind: Code<CellKind>(CandidateLinks.KindKey),
            AgeUnder: Number(CandidateLinks.AgeUnderKey));
        return new Parsed(candidateQuery, columns, errors);
    }

    /// <summary>The address's parameters for the audit row, without the search text (it may be a person's name).</summary>
    /// <remarks>Query keys match without regard to case (<c>?Search=</c> filters too), so the comparison must as well.</remarks>
    internal static string AuditParameters(IQueryCollection query) =>
        string.Join('&', query.Where(p => !string.Equals(p.Key, SearchKey, StringComparison.OrdinalIgnoreCase)).Select(p => $"{p.Key}={p.Value}"));
}
