using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;
using static UongBi.Recruitment.Web.Infrastructure.Excel.SpreadsheetSafety;

namespace UongBi.Recruitment.Web.Features.Candidates.Import;

/// <summary>
/// The uploaded rows again, as typed, with one more column listing each row's errors and warnings in the user's
/// language: the secretary fixes the rows in Excel and uploads the same workbook again.
/// </summary>
public static class ImportErrorWorkbookWriter
{
    public static async Task WriteAsync(
        Stream output,
        ImportPreview preview,
        string sheetName,
        string errorsHeader,
        Func<ImportIssue, string> describe,
        CancellationToken cancellationToken = default)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var header = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var error = spreadsheet.AddStyle(new Style { Font = { Color = System.Drawing.Color.FromArgb(0xB0, 0x00, 0x20) }, Alignment = { WrapText = true } });
        var options = new WorksheetOptions { FrozenRows = 1 };
        options.Column(preview.Headers.Count + 1).Width = 60;
        await spreadsheet.StartWorksheetAsync(sheetName, options, cancellationToken);
        await spreadsheet.AddHeaderRowAsync([.. preview.Headers, errorsHeader], header, cancellationToken);

        var line = new Cell[preview.Headers.Count + 1];
        foreach (var row in preview.Rows)
        {
            for (var i = 0; i < preview.Headers.Count; i++)
            {
                // Uploaded text goes back as text, formula-looking text quoted: the workbook never evaluates it.
                line[i] = new Cell(Text(i < row.Cells.Count ? row.Cells[i] : ""));
            }

            line[^1] = new Cell(Text(string.Join("; ", row.Issues.Select(describe))), error);
            await spreadsheet.AddRowAsync(line, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }
}
