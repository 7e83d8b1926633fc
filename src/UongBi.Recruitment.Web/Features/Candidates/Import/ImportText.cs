using System.Globalization;
using Microsoft.Extensions.Localization;
using UongBi.Recruitment.Web.Infrastructure.Localization;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Features.Candidates.Import;

/// <summary>Import messages in the user's language, for the page and the error workbook alike.</summary>
public static class ImportText
{
    public static string Column(this IStringLocalizer<SharedResource> l, ImportColumn? column) =>
        column is { } c ? l[ImportVocabulary.HeaderKey(c)] : "";

    /// <summary>The words for an issue code: import codes ("Import_DuplicateInFile:7") or the form's validation codes.</summary>
    public static string Message(this IStringLocalizer<SharedResource> l, ImportIssue issue)
    {
        if (!issue.Code.StartsWith("Import_", StringComparison.Ordinal))
        {
            return l.Validation(issue.Code);
        }

        var parts = issue.Code.Split(':', 2);
        var text = l[parts[0]];
        return text.ResourceNotFound ? issue.Code : string.Format(CultureInfo.CurrentCulture, text.Value, parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>"Column: message" (with "Warning:" in front of a warning), as the error workbook's cell lists it.</summary>
    public static string Describe(this IStringLocalizer<SharedResource> l, ImportIssue issue) =>
        (issue.IsWarning ? l["Import_Warning"] + ": " : "") + (issue.Column is null ? "" : l.Column(issue.Column) + ": ") + l.Message(issue);

    /// <summary>The sentence for a file-level problem, naming the columns when columns are wrong.</summary>
    public static string Problem(this IStringLocalizer<SharedResource> l, ImportPreview preview)
    {
        var text = l[$"Import_Problem_{preview.Problem}"].Value;
        switch (preview.Problem)
        {
            case ImportProblem.TooLarge when long.TryParse(preview.ProblemDetail, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes):
                return string.Format(CultureInfo.CurrentCulture, text, Megabytes(bytes));
            case ImportProblem.MissingColumns:
                var parts = (preview.ProblemDetail ?? "").Split('|', 2);
                var names = string.Join(", ", parts[0].Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(key => l[key].Value));
                var sentence = string.Format(CultureInfo.CurrentCulture, text, names);
                return parts.Length > 1 ? sentence + " " + string.Format(CultureInfo.CurrentCulture, l["Import_UnrecognisedHeaders"], parts[1]) : sentence;
            default:
                return string.Format(CultureInfo.CurrentCulture, text, preview.ProblemDetail ?? "");
        }
    }

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);
}
