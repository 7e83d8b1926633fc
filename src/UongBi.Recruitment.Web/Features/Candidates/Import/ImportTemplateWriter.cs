using System.Globalization;
using Microsoft.Extensions.Localization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Localization;
using UongBi.Recruitment.Web.Resources;
using static UongBi.Recruitment.Web.Infrastructure.Excel.SpreadsheetSafety;

namespace UongBi.Recruitment.Web.Features.Candidates.Import;

/// <summary>
/// The import template: a data sheet with one column per form field (headers in the user's language, frozen;
/// date columns formatted dd/mm/yyyy; ID and phone columns as text so leading zeros survive) and a sheet with the
/// instructions and the allowed values, which also feed the data sheet's drop-down lists.
/// </summary>
public static class ImportTemplateWriter
{
    /// <summary>Rows of the data sheet that get drop-down lists and formats (a ward adds ~100 candidates a year).</summary>
    private const int PreparedRows = 5000;

    public static async Task WriteAsync(
        Stream output,
        IStringLocalizer<SharedResource> l,
        IReadOnlyList<(WardOption Ward, IReadOnlyList<(int Id, string Name)> Cells)> wards,
        CancellationToken cancellationToken = default)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var header = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = System.Drawing.Color.FromArgb(0xE8, 0xEE, 0xF7) } });
        var helpSheet = l["Import_HelpSheet"].Value;

        var options = new WorksheetOptions { FrozenRows = 1 };
        foreach (var column in ImportVocabulary.Columns)
        {
            var settings = options.Column((int)column + 1);
            settings.Width = column switch
            {
                ImportColumn.FullName or ImportColumn.Address or ImportColumn.Notes or ImportColumn.Category or ImportColumn.Workplace => 28,
                ImportColumn.Gender or ImportColumn.YouthUnion => 10,
                _ => 16,
            };
            if (column is ImportColumn.BirthDate or ImportColumn.SourceOn)
            {
                settings.DefaultStyle = new Style { Format = NumberFormat.Custom("dd/mm/yyyy") };
            }
            else if (column is ImportColumn.CitizenId or ImportColumn.Phone)
            {
                settings.DefaultStyle = new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) };
            }
        }

        await spreadsheet.StartWorksheetAsync(l["Import_DataSheet"], options, cancellationToken);
        await spreadsheet.AddHeaderRowAsync([.. ImportVocabulary.Columns.Select(c => l[ImportVocabulary.HeaderKey(c)].Value)], header, cancellationToken);

        var cells = wards.SelectMany(w => w.Cells.Select(c => (Ward: w.Ward.Name, Cell: c.Name))).ToList();
        var lists = new List<(string Title, IReadOnlyList<string> Values, ImportColumn? Target)>
        {
            (l["Import_Col_Ward"], [.. wards.Select(w => w.Ward.Name)], ImportColumn.Ward),
            (l["Import_Col_Cell"], [.. cells.Select(c => c.Cell)], ImportColumn.Cell),
            (l["Import_CellWard"], [.. cells.Select(c => c.Ward)], null),
            (l["Import_Col_Gender"], [.. Enum.GetValues<Gender>().Select(g => l.Of(g))], ImportColumn.Gender),
            (l["Import_Col_GeneralEducation"], [.. Enum.GetValues<GeneralEducation>().Select(e => l.Of(e))], ImportColumn.GeneralEducation),
            (l["Import_Col_Category"], [.. Enum.GetValues<Category>().Select(c => l.Of(c))], ImportColumn.Category),
            (l["Import_Col_YouthUnion"], [l["Import_Yes"].Value, l["Import_No"].Value], ImportColumn.YouthUnion),
        };

        // Lists sit in columns C, D, E … of the help sheet, instructions in column A.
        for (var i = 0; i < lists.Count; i++)
        {
            if (lists[i].Target is { } target && lists[i].Values.Count > 0)
            {
                var letter = Letter(i + 3);
                var source = string.Create(CultureInfo.InvariantCulture, $"{letter}2:{letter}{lists[i].Values.Count + 1}");
                var validation = DataValidation.ListValuesFromCells(helpSheet, source);
                validation.ShowErrorAlert = false;
                var column = Letter((int)target + 1);
                spreadsheet.AddDataValidation(string.Create(CultureInfo.InvariantCulture, $"{column}2:{column}{PreparedRows + 1}"), validation);
            }
        }

        var helpOptions = new WorksheetOptions();
        helpOptions.Column(1).Width = 90;
        for (var i = 0; i < lists.Count; i++)
        {
            helpOptions.Column(i + 3).Width = 26;
        }

        await spreadsheet.StartWorksheetAsync(helpSheet, helpOptions, cancellationToken);
        var instructions = new[]
        {
            l["Import_Help1"].Value, l["Import_Help2"].Value, l["Import_Help3"].Value, l["Import_Help4"].Value,
            l["Import_Help5"].Value, l["Import_Help6"].Value, l["Import_Help7"].Value,
        };
        var height = Math.Max(instructions.Length + 1, lists.Max(x => x.Values.Count) + 1);
        for (var row = 0; row < height; row++)
        {
            var line = new Cell[lists.Count + 2];
            line[0] = row == 0 ? new Cell(Text(l["Import_HelpTitle"]), header) : new Cell(Text(row - 1 < instructions.Length ? instructions[row - 1] : ""));
            line[1] = new Cell("");
            for (var i = 0; i < lists.Count; i++)
            {
                line[i + 2] = row == 0 ? new Cell(Text(lists[i].Title), header)
                    : row - 1 < lists[i].Values.Count ? new Cell(Text(lists[i].Values[row - 1])) : new Cell("");
            }

            await spreadsheet.AddRowAsync(line, cancellationToken);
        }

        await spreadsheet.FinishAsync(cancellationToken);
    }

    /// <summary>Column letter of a 1-based column number (1 → A, 27 → AA).</summary>
    internal static string Letter(int column)
    {
        var letters = "";
        while (column > 0)
        {
            var rest = (column - 1) % 26;
            letters = (char)('A' + rest) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }
}
