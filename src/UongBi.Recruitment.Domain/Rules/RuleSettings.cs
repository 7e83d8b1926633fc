using System.Globalization;

namespace UongBi.Recruitment.Domain.Rules;

/// <summary>
/// Every statutory number the rules use. The rules were replaced twice in 2025 (Quy định 24 → 232 → 294,
/// Hướng dẫn 01 → 06) and will change again, so each number is a setting row an administrator can edit;
/// these defaults are only the values seeded into an empty database.
/// </summary>
public sealed record RuleSettings
{
    /// <summary>18 years, counted in months at the cell resolution [C].</summary>
    public int MinAgeMonths { get; init; } = 18 * 12;

    /// <summary>60 years; older only with the provincial standing committee's consent [C].</summary>
    public int MaxAgeMonths { get; init; } = 60 * 12;

    /// <summary>Official members assigned to help a sympathiser [C].</summary>
    public int RequiredHelpers { get; init; } = 2;

    /// <summary>Helpers must have lived or worked with the candidate this long [C].</summary>
    public int HelperKnownMonths { get; init; } = 12;

    /// <summary>Awareness-course certificate (CN-NTVĐ) validity at the cell resolution [B].</summary>
    public int CertificateValidityMonths { get; init; } = 60;

    /// <summary>Application, personal history and introductions validity at the cell resolution [B].</summary>
    public int DocumentValidityMonths { get; init; } = 12;

    /// <summary>Admission decision within this many working days of the cell resolution [C].</summary>
    public int DecisionWorkingDays { get; init; } = 60;

    /// <summary>Extension of the decision deadline [C].</summary>
    public int DecisionExtensionWorkingDays { get; init; } = 30;

    /// <summary>Ceremony within this many working days of the decision [C].</summary>
    public int CeremonyWorkingDays { get; init; } = 30;

    /// <summary>Probation length [C].</summary>
    public int ProbationMonths { get; init; } = 12;

    /// <summary>The cell considers recognition within this many working days after probation ends [C].</summary>
    public int RecognitionWorkingDays { get; init; } = 30;

    /// <summary>A former member may be readmitted this long after leaving (a warning, not a block) [C].</summary>
    public int ReadmissionMinMonths { get; init; } = 36;

    /// <summary>Share of official members in favour at the cell and committee votes: 2/3 [B].</summary>
    public int VoteThresholdNumerator { get; init; } = 2;

    /// <inheritdoc cref="VoteThresholdNumerator"/>
    public int VoteThresholdDenominator { get; init; } = 3;

    /// <summary>A deadline is "due soon" this many calendar days before it falls.</summary>
    public int DueSoonDays { get; init; } = 30;

    /// <summary>The setting keys, in display order, with their accessors.</summary>
    /// <remarks>
    /// Each has a smallest sensible value: a zero denominator or a zero-month validity would make every
    /// candidate fail, so such a stored value is ignored in favour of the default.
    /// </remarks>
    public static IReadOnlyList<SettingDescriptor> Descriptors { get; } =
    [
        new("Rules.MinAgeMonths", s => s.MinAgeMonths, (s, v) => s with { MinAgeMonths = v }, 1),
        new("Rules.MaxAgeMonths", s => s.MaxAgeMonths, (s, v) => s with { MaxAgeMonths = v }, 1),
        new("Rules.RequiredHelpers", s => s.RequiredHelpers, (s, v) => s with { RequiredHelpers = v }, 1),
        new("Rules.HelperKnownMonths", s => s.HelperKnownMonths, (s, v) => s with { HelperKnownMonths = v }),
        new("Rules.CertificateValidityMonths", s => s.CertificateValidityMonths, (s, v) => s with { CertificateValidityMonths = v }, 1),
        new("Rules.DocumentValidityMonths", s => s.DocumentValidityMonths, (s, v) => s with { DocumentValidityMonths = v }, 1),
        new("Rules.DecisionWorkingDays", s => s.DecisionWorkingDays, (s, v) => s with { DecisionWorkingDays = v }, 1),
        new("Rules.DecisionExtensionWorkingDays", s => s.DecisionExtensionWorkingDays, (s, v) => s with { DecisionExtensionWorkingDays = v }),
        new("Rules.CeremonyWorkingDays", s => s.CeremonyWorkingDays, (s, v) => s with { CeremonyWorkingDays = v }, 1),
        new("Rules.ProbationMonths", s => s.ProbationMonths, (s, v) => s with { ProbationMonths = v }, 1),
        new("Rules.RecognitionWorkingDays", s => s.RecognitionWorkingDays, (s, v) => s with { RecognitionWorkingDays = v }, 1),
        new("Rules.ReadmissionMinMonths", s => s.ReadmissionMinMonths, (s, v) => s with { ReadmissionMinMonths = v }),
        new("Rules.VoteThresholdNumerator", s => s.VoteThresholdNumerator, (s, v) => s with { VoteThresholdNumerator = v }, 1),
        new("Rules.VoteThresholdDenominator", s => s.VoteThresholdDenominator, (s, v) => s with { VoteThresholdDenominator = v }, 1),
        new("Rules.DueSoonDays", s => s.DueSoonDays, (s, v) => s with { DueSoonDays = v }),
    ];

    /// <summary>
    /// Builds settings from stored rows; unknown keys are ignored and missing or unreadable values keep
    /// their default, so a half-filled table never breaks the rules.
    /// </summary>
    public static RuleSettings FromValues(IReadOnlyDictionary<string, string> values)
    {
        var settings = new RuleSettings();
        foreach (var d in Descriptors)
        {
            if (values.TryGetValue(d.Key, out var text)
                && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value >= d.MinValue)
            {
                settings = d.With(settings, value);
            }
        }

        if (settings.VoteThresholdNumerator > settings.VoteThresholdDenominator)
        {
            settings = settings with { VoteThresholdNumerator = 2, VoteThresholdDenominator = 3 };
        }

        return settings;
    }

    public IReadOnlyDictionary<string, string> ToValues() =>
        Descriptors.ToDictionary(d => d.Key, d => d.Get(this).ToString(CultureInfo.InvariantCulture));
}

public sealed record SettingDescriptor(string Key, Func<RuleSettings, int> Get, Func<RuleSettings, int, RuleSettings> With, int MinValue = 0);
