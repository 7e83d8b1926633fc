using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Resources;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>The grid's export button and the export endpoint speak the same address: what the page writes, the endpoint reads back.</summary>
public sealed class CandidateExportLinkTests
{
    private sealed class Keys : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private static CandidateExport.Parsed Parse(string link) =>
        CandidateExport.Parse(new QueryCollection(QueryHelpers.ParseQuery(new Uri("https://x/" + link).Query)), new Keys());

    [Fact]
    public void Export_link_with_every_filter_sort_and_column_choice_reads_back_the_same_query()
    {
        var query = new CandidateQuery(
            WardId: 7, Search: "Nguyễn & Mai=1", Stage: Stage.CellResolution, CellId: 12, Category: Category.Student, AdmittedYear: 2024,
            Gender: Gender.Female, Sort: CandidateSort.AdmittedOn, Descending: true, Deadline: DeadlineState.Overdue, AsOf: new DateOnly(2024, 9, 2),
            StageTo: Stage.Decision, AdmittedFrom: new DateOnly(2024, 1, 1), AdmittedTo: new DateOnly(2024, 9, 2), CellScope: TargetScope.ResidentialAndVillage,
            CellKind: CellKind.ResidentialArea, AgeUnder: 30);

        var link = CandidateExport.LinkFor(query, [CandidateColumn.Name, CandidateColumn.Stage, CandidateColumn.AdmittedOn]);
        var parsed = Parse(link);

        link.ShouldStartWith("export/candidates.xlsx?");
        parsed.Errors.ShouldBeEmpty();
        parsed.Query.ShouldBe(query);
        parsed.Columns.ShouldBe([CandidateColumn.Name, CandidateColumn.Stage, CandidateColumn.AdmittedOn]);
    }

    [Fact]
    public void Export_link_without_filters_exports_every_column_by_name()
    {
        var parsed = Parse(CandidateExport.LinkFor(new CandidateQuery(), Enum.GetValues<CandidateColumn>()));

        parsed.Errors.ShouldBeEmpty();
        parsed.Query.ShouldBe(new CandidateQuery(Search: ""));
        parsed.Columns.ShouldBe(Enum.GetValues<CandidateColumn>());
    }

    [Fact]
    public void Export_columns_keep_the_grid_order_and_always_the_name()
    {
        var parsed = Parse("export/candidates.xlsx?cols=AdmittedOn,Ward");

        parsed.Columns.ShouldBe([CandidateColumn.Name, CandidateColumn.Ward, CandidateColumn.AdmittedOn]);
    }
}
