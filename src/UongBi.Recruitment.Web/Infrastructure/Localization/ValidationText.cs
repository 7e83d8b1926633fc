using System.Globalization;
using Microsoft.Extensions.Localization;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Web.Infrastructure.Localization;

/// <summary>Words for validation codes ("Required", "TooLong:120") and rule violations, in the user's language.</summary>
public static class ValidationText
{
    public static string Validation(this IStringLocalizer<SharedResource> l, string code)
    {
        var parts = code.Split(':', 2);
        var text = l[$"Validation_{parts[0]}"];
        if (text.ResourceNotFound)
        {
            text = l[$"CandidateForm_{parts[0]}"];
        }

        return text.ResourceNotFound ? code : parts.Length > 1 ? string.Format(CultureInfo.CurrentCulture, text.Value, parts[1]) : text.Value;
    }

    public static string Rule(this IStringLocalizer<SharedResource> l, RuleViolation violation)
    {
        var detail = violation.Detail;
        if (DateOnly.TryParseExact(detail, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            detail = date.ToString("d", CultureInfo.CurrentCulture);
        }
        else if (!int.TryParse(detail, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) && Enum.TryParse<Domain.Candidates.Stage>(detail, out var stage))
        {
            detail = l.Of(stage);
        }

        var text = l[$"Rule_{violation.Code}"];
        return text.ResourceNotFound ? violation.Code.ToString() : string.Format(CultureInfo.CurrentCulture, text.Value, detail ?? "");
    }
}
