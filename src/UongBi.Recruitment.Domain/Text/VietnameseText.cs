using System.Globalization;
using System.Text;

namespace UongBi.Recruitment.Domain.Text;

/// <summary>Text normalisation for Vietnamese names and the diacritic-insensitive search key.</summary>
public static class VietnameseText
{
    /// <summary>NFC, trimmed, inner runs of white space collapsed to one space.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var nfc = value.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var ch in nfc)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The search key: lower case, diacritics removed, đ/Đ folded to d (Unicode decomposition leaves
    /// đ alone because it is a letter of its own, not d plus a mark), white space collapsed.
    /// "Nguyễn Thị Thanh Mai" → "nguyen thi thanh mai"; "Đặng" → "dang".
    /// </summary>
    public static string SearchKey(string? value)
    {
        var normalized = Normalize(value);
        if (normalized.Length == 0)
        {
            return "";
        }

        var decomposed = normalized.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(ch))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            builder.Append(ch is 'đ' or 'Đ' ? 'd' : ch);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower-case NFC form that keeps diacritics: exact-diacritic matches rank first.</summary>
    public static string ExactKey(string? value) => Normalize(value).ToLowerInvariant();
}
