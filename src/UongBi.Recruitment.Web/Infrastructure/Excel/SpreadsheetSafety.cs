using System.Globalization;
using System.Text;

namespace UongBi.Recruitment.Web.Infrastructure.Excel;

/// <summary>
/// What every workbook the product writes must respect (QUALITY.md, export; OWASP ASVS 1.2.10 and 5.4.2): text
/// that a spreadsheet would read as a formula is written so it stays text, and file names are the server's own,
/// sent per RFC 6266 so Vietnamese names survive every browser.
/// </summary>
public static class SpreadsheetSafety
{
    /// <summary>
    /// The text to write in a cell: a leading <c>= + - @</c>, tab, CR or NUL gets a quote prefix so no
    /// spreadsheet evaluates it (the apostrophe is what Excel and LibreOffice themselves use to mark text).
    /// </summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' ? "'" + value : value;
    }

    /// <summary>
    /// A <c>Content-Disposition: attachment</c> value for a server-made file name: an ASCII fallback (diacritics
    /// folded, anything else replaced) and the exact name as RFC 5987 <c>filename*</c>.
    /// </summary>
    public static string AttachmentHeader(string fileName)
    {
        var ascii = new StringBuilder(fileName.Length);
        foreach (var ch in Fold(fileName))
        {
            ascii.Append(ch is >= ' ' and < (char)127 and not '"' and not '\\' and not ';' ? ch : '_');
        }

        return string.Create(CultureInfo.InvariantCulture, $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}");
    }

    private static string Fold(string value)
    {
        var decomposed = value.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(ch);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
