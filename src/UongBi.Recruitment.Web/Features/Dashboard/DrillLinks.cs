using System.Globalization;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Web.Features.Dashboard;

/// <summary>Addresses of the candidates list that select exactly the rows a dashboard figure counts.</summary>
public static class DrillLinks
{
    public static string Candidates(
        int? ward = null, Stage? stage = null, Stage? stageTo = null, DateOnly? asOf = null, DateOnly? admittedFrom = null,
        DateOnly? admittedTo = null, TargetScope? scope = null, CellKind? kind = null, Category? category = null, Gender? gender = null,
        int? ageUnder = null)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!)}");
            }
        }

        static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Add("ward", ward);
        Add("stage", (int?)stage);
        Add("stageTo", (int?)stageTo);
        Add("asOf", Iso(asOf));
        Add("from", Iso(admittedFrom));
        Add("to", Iso(admittedTo));
        Add("scope", scope == TargetScope.ResidentialAndVillage ? (int)scope : null);
        Add("kind", (int?)kind);
        Add("category", (int?)category);
        Add("gender", (int?)gender);
        Add("ageUnder", ageUnder);
        return parts.Count == 0 ? "/candidates" : "/candidates?" + string.Join('&', parts);
    }
}
