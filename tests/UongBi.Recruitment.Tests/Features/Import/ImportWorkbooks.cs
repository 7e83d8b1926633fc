using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using UongBi.Recruitment.Web.Features.Candidates.Import;

namespace UongBi.Recruitment.Tests.Features.Import;

/// <summary>Workbooks built in the test with SpreadCheetah, as a secretary's Excel would save them.</summary>
public static class ImportWorkbooks
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public static string[] Headers(CultureInfo? language = null) =>
        [.. ImportVocabulary.Columns.Select(c => ImportVocabulary.HeaderText(c, language ?? Vietnamese))];

    /// <summary>A row in template order; strings, DateTime (a date cell), double or bool per cell.</summary>
    public static object?[] Row(
        string citizenId, string ward, string cell, string name = "Trần Thị Hoa", DateTime? born = null, string? notes = null, string gender = "Nữ") =>
    [
        name, born ?? new DateTime(2001, 3, 8), gender, "Kinh", "Không", citizenId, "0912 345 678", "Tổ 3, Khu 5", "Khu 5",
        "Trung học phổ thông", "Kế toán", "Nhân viên", "Công ty Than Uông Bí", "Có", "Bí thư chi đoàn",
        ward, cell, "Đoàn viên thanh niên", new DateTime(2025, 1, 10), notes,
    ];

    public static async Task<MemoryStream> BuildAsync(IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream))
        {
            var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
            await spreadsheet.StartWorksheetAsync("Quần chúng");
            await spreadsheet.AddRowAsync([.. headers.Select(h => new Cell(h))]);
            foreach (var row in rows)
            {
                await spreadsheet.AddRowAsync([.. row.Select(v => v switch
                {
                    DateTime d => new Cell(d, date),
                    double n => new Cell(n),
                    bool b => new Cell(b),
                    _ => new Cell(v as string),
                })]);
            }

            await spreadsheet.FinishAsync();
        }

        stream.Position = 0;
        return stream;
    }
}
