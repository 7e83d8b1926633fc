using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace UongBi.Recruitment.Web.Infrastructure.Excel;

/// <summary>
/// How the product's workbooks look (ARCHITECTURE.md: SpreadCheetah writes, streaming; ClosedXML is not used):
/// dates are real dates shown dd/MM/yyyy, counts are numbers, ratios keep their exact value under a % format
/// (DOMAIN.md), and every text cell passes through <see cref="SpreadsheetSafety.Text"/>.
/// </summary>
/// <remarks>
/// SpreadCheetah 1.28.0 has no page setup (orientation, fit to width, print titles): its
/// <see cref="WorksheetOptions"/> offers frozen rows and columns, column widths, auto filter and gridlines only,
/// so the workbooks print in the reader's default orientation.
/// </remarks>
public static class ExcelWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string DateFormat = "dd/MM/yyyy";

    /// <summary>Every <see cref="DateTime"/> cell gets the dd/MM/yyyy format without a style of its own.</summary>
    public static SpreadCheetahOptions Options() => new()
    {
        DefaultDateTimeFormat = NumberFormat.Custom(DateFormat),
    };

    /// <summary>A sheet whose first <paramref name="frozenRows"/> rows stay in view, with these column widths (characters).</summary>
    public static WorksheetOptions Sheet(int frozenRows, params double[] widths)
    {
        var options = new WorksheetOptions { FrozenRows = frozenRows };
        for (var i = 0; i < widths.Length; i++)
        {
            options.Column(i + 1).Width = widths[i];
        }

        return options;
    }

    /// <summary>Text that no spreadsheet evaluates.</summary>
    public static DataCell Text(string? value) => new(SpreadsheetSafety.Text(value));

    /// <summary>A date cell (a serial number with the default date format), or an empty cell.</summary>
    public static DataCell Date(DateOnly? value) =>
        value is { } day ? new DataCell(day.ToDateTime(TimeOnly.MinValue)) : default;

    public static DataCell Number(int? value) => value is { } n ? new DataCell(n) : default;

    /// <summary>Adds the shared styles to a new workbook.</summary>
    public static WorkbookStyles AddStyles(Spreadsheet spreadsheet) => new(spreadsheet);
}

/// <summary>The styles of one workbook (a style id belongs to the spreadsheet that added it).</summary>
public sealed class WorkbookStyles
{
    internal WorkbookStyles(Spreadsheet spreadsheet)
    {
        Header = spreadsheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Fill = { Color = System.Drawing.Color.FromArgb(0xE8, 0xEE, 0xF7) },
            Alignment = { WrapText = true, Vertical = VerticalAlignment.Center, Horizontal = HorizontalAlignment.Center },
            Border = { Bottom = { BorderStyle = BorderStyle.Thin } },
        });
        Bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        Centered = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Alignment = { Horizontal = HorizontalAlignment.Center } });
        Title = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 }, Alignment = { Horizontal = HorizontalAlignment.Center } });
        Italic = spreadsheet.AddStyle(new Style { Font = { Italic = true }, Alignment = { Horizontal = HorizontalAlignment.Center } });
        Percent = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.Percent) });
        BoldNumber = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Format = NumberFormat.Standard(StandardNumberFormat.NoDecimalPlaces) });
        BoldPercent = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Format = NumberFormat.Standard(StandardNumberFormat.Percent) });
        Date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(ExcelWorkbook.DateFormat) });
    }

    public StyleId Header { get; }

    public StyleId Bold { get; }

    public StyleId Centered { get; }

    public StyleId Title { get; }

    public StyleId Italic { get; }

    public StyleId Percent { get; }

    public StyleId BoldNumber { get; }

    public StyleId BoldPercent { get; }

    public StyleId Date { get; }

    /// <summary>A header row: every heading through <see cref="SpreadsheetSafety.Text"/>, styled, wrapped.</summary>
    public ValueTask HeaderRowAsync(Spreadsheet spreadsheet, IEnumerable<string> headings, CancellationToken cancellationToken) =>
        spreadsheet.AddRowAsync([.. headings.Select(h => new StyledCell(SpreadsheetSafety.Text(h), Header))], cancellationToken);
}
