using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using ExcelDataReader;

namespace UongBi.Recruitment.Tests.Infrastructure;

/// <summary>A cell as the file stores it: its type attribute, raw value and resolved number format.</summary>
public sealed record XlsxCell(string Reference, string? Type, string? Value, string Format, bool HasFormula);

/// <summary>One sheet: values as ExcelDataReader reads them (numbers as double, dates as DateTime), and the raw XML.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<object?[]> Rows, IReadOnlyDictionary<string, XlsxCell> Cells, int FrozenRows, XDocument Xml)
{
    public object? Value(int row, int column) => row < Rows.Count && column < Rows[row].Length ? Rows[row][column] : null;

    /// <summary>The raw cell at a zero-based row and column.</summary>
    public XlsxCell? Cell(int row, int column) => Cells.GetValueOrDefault(ColumnName(column + 1) + (row + 1).ToString(CultureInfo.InvariantCulture));

    public int FindRow(int column, string text) => Rows.ToList().FindIndex(r => column < r.Length && r[column] as string == text);

    private static string ColumnName(int number)
    {
        var name = "";
        while (number > 0)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
            number = (number - 1) / 26;
        }

        return name;
    }
}

/// <summary>
/// Opens a workbook with readers independent of the writer: ExcelDataReader for values and types, and the
/// package's XML itself (System.IO.Compression) for formats, frozen panes and the absence of formulas.
/// </summary>
public static class XlsxFile
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Built-in formats the writer may refer to by id.</summary>
    private static readonly Dictionary<int, string> BuiltIn = new() { [0] = "General", [1] = "0", [3] = "#,##0", [9] = "0%", [10] = "0.00%", [14] = "mm-dd-yy" };

    public static IReadOnlyList<XlsxSheet> Read(byte[] bytes)
    {
        var values = ReadValues(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XDocument Load(string path)
        {
            using var stream = zip.GetEntry(path)?.Open() ?? throw new InvalidDataException($"{path} missing");
            return XDocument.Load(stream);
        }

        var formats = ReadFormats(zip.GetEntry("xl/styles.xml") is null ? null : Load("xl/styles.xml"));
        var shared = zip.GetEntry("xl/sharedStrings.xml") is null ? [] : Load("xl/sharedStrings.xml").Descendants(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
        var rels = Load("xl/_rels/workbook.xml.rels").Descendants(PackageRel + "Relationship").ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        var sheets = new List<XlsxSheet>();
        var index = 0;
        foreach (var sheet in Load("xl/workbook.xml").Descendants(Main + "sheet"))
        {
            var target = rels[(string)sheet.Attribute(Rel + "id")!].TrimStart('/');
            var xml = Load(target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target);
            var cells = new Dictionary<string, XlsxCell>();
            var rowNumber = 0;
            foreach (var row in xml.Descendants(Main + "row"))
            {
                // The writer may leave out the r attributes (SpreadCheetah does by default): then position counts.
                rowNumber = (int?)row.Attribute("r") ?? rowNumber + 1;
                var columnNumber = 0;
                foreach (var c in row.Elements(Main + "c"))
                {
                    var reference = (string?)c.Attribute("r");
                    columnNumber = reference is null ? columnNumber + 1 : ColumnNumber(reference);
                    reference ??= Column(columnNumber) + rowNumber.ToString(CultureInfo.InvariantCulture);
                    var type = (string?)c.Attribute("t");
                    var raw = type == "inlineStr" ? string.Concat(c.Descendants(Main + "t").Select(t => t.Value)) : (string?)c.Element(Main + "v");
                    if (type == "s" && raw is not null)
                    {
                        raw = shared[int.Parse(raw, CultureInfo.InvariantCulture)];
                    }

                    var style = (int?)c.Attribute("s") ?? 0;
                    cells[reference] = new XlsxCell(reference, type, raw, style < formats.Count ? formats[style] : "General", c.Element(Main + "f") is not null);
                }
            }

            var pane = xml.Descendants(Main + "pane").FirstOrDefault(p => (string?)p.Attribute("state") == "frozen");
            var frozen = pane is null ? 0 : (int)((double?)pane.Attribute("ySplit") ?? 0);
            sheets.Add(new XlsxSheet((string)sheet.Attribute("name")!, values[index++], cells, frozen, xml));
        }

        return sheets;
    }

    private static int ColumnNumber(string reference)
    {
        var number = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
        {
            number = (number * 26) + (ch - 'A' + 1);
        }

        return number;
    }

    private static string Column(int number)
    {
        var name = "";
        while (number > 0)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
            number = (number - 1) / 26;
        }

        return name;
    }

    /// <summary>True when any part of the package holds a formula element.</summary>
    public static bool HasAnyFormula(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Any(e =>
        {
            using var stream = e.Open();
            return XDocument.Load(stream).Descendants(Main + "f").Any();
        });
    }

    private static List<string> ReadFormats(XDocument? styles)
    {
        if (styles is null)
        {
            return [];
        }

        var custom = styles.Descendants(Main + "numFmt").ToDictionary(f => (int)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        return [.. styles.Descendants(Main + "cellXfs").Elements(Main + "xf").Select(xf =>
        {
            var id = (int?)xf.Attribute("numFmtId") ?? 0;
            return custom.GetValueOrDefault(id) ?? BuiltIn.GetValueOrDefault(id) ?? $"#{id}";
        })];
    }

    private static List<List<object?[]>> ReadValues(byte[] bytes)
    {
        // ExcelDataReader asks for code page 1252 even for xlsx; .NET Core ships it only through this provider.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var sheets = new List<List<object?[]>>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetValue(i);
                }

                rows.Add(row);
            }

            sheets.Add(rows);
        }
        while (reader.NextResult());
        return sheets;
    }
}
