using System.Globalization;
using System.Resources;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Text;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Features.Candidates.Import;

/// <summary>The columns of the import workbook, in template order: one per candidate-form field a secretary fills.</summary>
public enum ImportColumn
{
    FullName,
    BirthDate,
    Gender,
    Ethnicity,
    Religion,
    CitizenId,
    Phone,
    Address,
    ResidentialZone,
    GeneralEducation,
    ProfessionalEducation,
    Occupation,
    Workplace,
    YouthUnion,
    YouthUnionPosition,
    Ward,
    Cell,
    Category,
    SourceOn,
    Notes,
}

/// <summary>
/// Headers and allowed words of the import workbook in both languages. A secretary may fill the template in either
/// language (or get a colleague's), so matching accepts the Vietnamese and the English text alike, NFC-normalised,
/// white space collapsed, case-insensitive.
/// </summary>
public static class ImportVocabulary
{
    public static readonly IReadOnlyList<ImportColumn> Columns = Enum.GetValues<ImportColumn>();

    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);
    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("vi"), CultureInfo.GetCultureInfo("en")];

    private static readonly Dictionary<string, ImportColumn> HeaderLookup = Lookup(Columns, HeaderKey);
    private static readonly Dictionary<string, Gender> GenderLookup = Lookup(Enum.GetValues<Gender>(), g => $"Gender_{g}");
    private static readonly Dictionary<string, GeneralEducation> EducationLookup = Lookup(Enum.GetValues<GeneralEducation>(), e => $"Education_{e}");
    private static readonly Dictionary<string, Category> CategoryLookup = Lookup(Enum.GetValues<Category>(), c => $"Category_{c}");
    private static readonly Dictionary<string, bool> ErrorsHeaderLookup = Lookup([true], _ => "Import_ErrorsColumn");
    private static readonly Dictionary<string, bool> YesNoLookup = Lookup([true, false], b => b ? "Import_Yes" : "Import_No");

    public static string HeaderKey(ImportColumn column) => $"Import_Col_{column}";

    /// <summary>A column's header in a given language ("vi" or "en").</summary>
    public static string HeaderText(ImportColumn column, CultureInfo language) => Resources.GetString(HeaderKey(column), language) ?? column.ToString();

    /// <summary>Key for comparing what a user typed with a known word.</summary>
    public static string Key(string? text) => VietnameseText.Normalize(text).ToUpperInvariant();

    public static ImportColumn? Header(string? text) => HeaderLookup.TryGetValue(Key(text), out var c) ? c : null;

    /// <summary>The error workbook's extra column: ignored on upload, so a corrected error workbook imports as it is.</summary>
    public static bool IsErrorsHeader(string? text) => ErrorsHeaderLookup.ContainsKey(Key(text));

    public static Gender? Gender(string text) => GenderLookup.TryGetValue(Key(text), out var v) ? v : null;

    public static GeneralEducation? Education(string text) => EducationLookup.TryGetValue(Key(text), out var v) ? v : null;

    public static Category? Category(string text) => CategoryLookup.TryGetValue(Key(text), out var v) ? v : null;

    /// <summary>"Có"/"Yes"/"x"/"1" and "Không"/"No"/"0"; null when the text is neither.</summary>
    public static bool? YesNo(string text) => Key(text) switch
    {
        "X" or "1" or "TRUE" => true,
        "0" or "FALSE" => false,
        var key => YesNoLookup.TryGetValue(key, out var v) ? v : null,
    };

    private static Dictionary<string, T> Lookup<T>(IEnumerable<T> values, Func<T, string> resourceKey)
    {
        var lookup = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            foreach (var language in Languages)
            {
                if (Resources.GetString(resourceKey(value), language) is { Length: > 0 } text)
                {
                    lookup.TryAdd(Key(text), value);
                }
            }
        }

        return lookup;
    }
}
