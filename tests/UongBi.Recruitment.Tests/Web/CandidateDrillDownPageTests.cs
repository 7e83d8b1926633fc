using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Extensions;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;

namespace UongBi.Recruitment.Tests.Web;

/// <summary>The candidates list opened from a dashboard figure: its address, its chips, and bad addresses.</summary>
public sealed class CandidateDrillDownPageTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private static readonly DateOnly NewYear2024 = new(2024, 1, 1);
    private static readonly DateOnly September2 = new(2024, 9, 2);

    private async Task<int> BacSonAsync()
    {
        await using var db = demo.Database.CreateContext();
        return await db.Wards.Where(w => w.Name == "Bắc Sơn").Select(w => w.Id).SingleAsync();
    }

    /// <summary>The list at <paramref name="address"/> for the city committee, once its grid has loaded.</summary>
    private static IRenderedComponent<CandidatesPage> Open(BunitContext context, string address)
    {
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = context.Render<CandidatesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=candidates-grid] tbody").ShouldNotBeNull());
        return page;
    }

    private static string ChipText(IRenderedComponent<CandidatesPage> page, string id) =>
        page.Find($"[data-testid=drill-{id}]").TextContent.Trim();

    private static NavigationHistory LastNavigation(BunitContext context) =>
        ((BunitNavigationManager)context.Services.GetRequiredService<NavigationManager>()).History.First();

    private static IReadOnlyDictionary<string, string> QueryOf(string uri) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(uri).Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [Fact]
    public async Task CandidatesPage_bac_son_admitted_by_2_september_shows_its_chips_in_vietnamese_and_the_15_rows()
    {
        // Arrange
        var bacSon = await BacSonAsync();
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);

        // Act
        var page = Open(context, CandidateLinks.For(ward: bacSon, from: NewYear2024, to: September2, scope: TargetScope.ResidentialAndVillage));

        // Assert
        ChipText(page, "admitted").ShouldBe("Kết nạp từ 01/01/2024 đến 02/09/2024");
        ChipText(page, "scope").ShouldBe("Chi bộ khu dân cư, thôn");
        page.FindAll("[data-testid=drill-filters] .mud-chip").Count.ShouldBe(2);
        page.WaitForAssertion(() => page.FindAll("[data-testid=candidate-link]").Count.ShouldBe(15));
    }

    [Fact]
    public async Task CandidatesPage_stage_range_as_of_a_date_age_and_cell_kind_read_as_plain_words()
    {
        // Arrange
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);

        // Act
        var page = Open(context, CandidateLinks.For(stage: Stage.CellResolution, stageTo: Stage.Decision, asOf: September2, kind: CellKind.Village, ageUnder: 30));

        // Assert
        ChipText(page, "stage").ShouldBe("Bước 5–7 tại ngày 02/09/2024");
        ChipText(page, "kind").ShouldBe("Loại chi bộ: Thôn");
        ChipText(page, "age").ShouldBe("Dưới 30 tuổi khi kết nạp");
        page.Find("[data-testid=drill-clear]").TextContent.Trim().ShouldBe("Bỏ tất cả");

        // A stage range is not a current stage: the select does not claim it.
        page.FindComponent<MudBlazor.MudSelect<Stage?>>().Instance.GetState(x => x.Value).ShouldBeNull();
    }

    public static TheoryData<string, string, string, string> Words => new()
    {
        { "vi-VN", CandidateLinks.For(stageTo: Stage.Dossier), "stage", "Bước hiện tại 1–3" },
        { "vi-VN", CandidateLinks.For(stage: Stage.Decision, asOf: September2), "stage", "Bước 7 (Quyết định kết nạp) tại ngày 02/09/2024" },
        { "vi-VN", CandidateLinks.For(from: NewYear2024), "admitted", "Kết nạp từ 01/01/2024" },
        { "vi-VN", CandidateLinks.For(to: September2), "admitted", "Kết nạp đến 02/09/2024" },
        { "vi-VN", CandidateLinks.For(scope: TargetScope.AllCells), "scope", "Tất cả chi bộ" },
        { "en-GB", CandidateLinks.For(stage: Stage.CellResolution, stageTo: Stage.Decision, asOf: September2), "stage", "Stage 5–7 as of 02/09/2024" },
        { "en-GB", CandidateLinks.For(stage: Stage.CellResolution, stageTo: Stage.Decision), "stage", "Current stage 5–7" },
        { "en-GB", CandidateLinks.For(from: NewYear2024, to: September2), "admitted", "Admitted from 01/01/2024 to 02/09/2024" },
        { "en-GB", CandidateLinks.For(scope: TargetScope.ResidentialAndVillage), "scope", "Residential-area and village cells" },
        { "en-GB", CandidateLinks.For(kind: CellKind.Village), "kind", "Cell kind: Village" },
        { "en-GB", CandidateLinks.For(ageUnder: 30), "age", "Under 30 at admission" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public async Task CandidatesPage_each_drill_down_filter_reads_as_words(string culture, string link, string chip, string text)
    {
        // Arrange
        await using var context = ComponentHost.Create(demo.Database, culture, Roles.CityCommittee);

        // Act
        var page = Open(context, link);

        // Assert
        ChipText(page, chip).ShouldBe(text);
        page.FindAll("[data-testid=drill-filters] .mud-chip").Count.ShouldBe(1);
    }

    [Fact]
    public async Task CandidatesPage_single_stage_as_of_a_date_and_an_open_period_in_english()
    {
        // Arrange
        await using var context = ComponentHost.Create(demo.Database, "en-GB", Roles.CityCommittee);

        // Act
        var page = Open(context, CandidateLinks.For(stage: Stage.Decision, asOf: September2, to: September2));

        // Assert
        ChipText(page, "stage").ShouldBe("Stage 7 (Admission decision) as of 02/09/2024");
        ChipText(page, "admitted").ShouldBe("Admitted up to 02/09/2024");
        page.Find("[data-testid=drill-clear]").TextContent.Trim().ShouldBe("Clear all");
    }

    [Fact]
    public async Task CandidatesPage_removing_a_chip_replaces_the_address_without_its_parameters()
    {
        // Arrange
        var bacSon = await BacSonAsync();
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);
        var page = Open(context, CandidateLinks.For(ward: bacSon, from: NewYear2024, to: September2, scope: TargetScope.ResidentialAndVillage, ageUnder: 30));

        // Act
        page.Find("[data-testid=drill-admitted] .mud-chip-close-button").Click();

        // Assert
        var navigation = LastNavigation(context);
        navigation.Options.ReplaceHistoryEntry.ShouldBeTrue();
        var query = QueryOf(context.Services.GetRequiredService<NavigationManager>().ToAbsoluteUri(navigation.Uri).ToString());
        query.Keys.ShouldNotContain(CandidateLinks.FromKey);
        query.Keys.ShouldNotContain(CandidateLinks.ToKey);
        query[CandidateLinks.WardKey].ShouldBe(bacSon.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query[CandidateLinks.ScopeKey].ShouldBe("2");
        query[CandidateLinks.AgeUnderKey].ShouldBe("30");
        page.WaitForAssertion(() => page.FindAll("[data-testid=drill-admitted]").ShouldBeEmpty());
    }

    [Fact]
    public async Task CandidatesPage_clear_all_removes_every_drill_down_filter_and_keeps_the_ward()
    {
        // Arrange
        var bacSon = await BacSonAsync();
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);
        var page = Open(context, CandidateLinks.For(ward: bacSon, stage: Stage.CellResolution, stageTo: Stage.Decision, asOf: September2,
            from: NewYear2024, to: September2, scope: TargetScope.ResidentialAndVillage, kind: CellKind.ResidentialArea, ageUnder: 30, gender: Gender.Female));

        // Act
        page.Find("[data-testid=drill-clear]").Click();

        // Assert
        var navigation = LastNavigation(context);
        navigation.Options.ReplaceHistoryEntry.ShouldBeTrue();
        var query = QueryOf(context.Services.GetRequiredService<NavigationManager>().ToAbsoluteUri(navigation.Uri).ToString());
        query.Keys.Order().ShouldBe([CandidateLinks.GenderKey, CandidateLinks.WardKey]);
        page.WaitForAssertion(() => page.FindAll("[data-testid=drill-filters]").ShouldBeEmpty());
    }

    [Fact]
    public async Task CandidatesPage_unparseable_values_in_the_address_are_ignored_not_a_crash()
    {
        // Arrange
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);

        // Act: dates in another format or impossible, words for numbers, unknown codes, an absurd age
        var page = Open(context, "candidates?from=2024-13-45&to=02/09/2024&asOf=yesterday&stage=5&stageTo=x&ward=abc&cell=1.5"
            + "&scope=9&kind=&gender=x&category=99&year=20x4&deadline=7&ageUnder=200");

        // Assert: what remains is the one good value, the current stage 5, and the list shows its rows
        page.Instance.Filters.ShouldBe(new CandidateQuery(Stage: Stage.CellResolution));
        page.FindAll("[data-testid=drill-filters]").ShouldBeEmpty();
        page.FindComponent<MudBlazor.MudSelect<Stage?>>().Instance.GetState(x => x.Value).ShouldBe(Stage.CellResolution);
        page.WaitForAssertion(() => page.FindAll("[data-testid=candidate-link]").ShouldNotBeEmpty());
    }

    public static TheoryData<CandidateQuery> Links => new()
    {
        new CandidateQuery(WardId: 1, AdmittedFrom: NewYear2024, AdmittedTo: September2, CellScope: TargetScope.ResidentialAndVillage),
        new CandidateQuery(Stage: Stage.CellResolution, StageTo: Stage.Decision, AsOf: September2),
        new CandidateQuery(StageTo: Stage.Dossier, AsOf: new DateOnly(2026, 2, 28)),
        new CandidateQuery(WardId: 3, AdmittedFrom: new DateOnly(2024, 5, 1), AdmittedTo: new DateOnly(2024, 5, 31), Category: Category.YouthUnionMember,
            Gender: Gender.Female, CellKind: CellKind.Village, CellScope: TargetScope.AllCells, AgeUnder: 30),
        new CandidateQuery(Stage: Stage.Decision),
        new CandidateQuery(),
    };

    [Theory]
    [MemberData(nameof(Links))]
    public async Task CandidateLinks_built_link_read_by_the_page_gives_back_the_same_query(CandidateQuery expected)
    {
        // Arrange
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);
        var link = CandidateLinks.For(expected.WardId, expected.Stage, expected.StageTo, expected.AsOf, expected.AdmittedFrom, expected.AdmittedTo,
            expected.CellScope, expected.CellKind, expected.Category, expected.Gender, expected.AgeUnder);

        // Act
        var page = Open(context, link);

        // Assert
        page.Instance.Filters.ShouldBe(expected);
        link.ShouldStartWith(CandidateLinks.Path);
    }

    [Fact]
    public void CandidateLinks_write_invariant_numbers_and_iso_dates_whatever_the_culture()
    {
        // Arrange
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");

        // Act
        var link = CandidateLinks.For(ward: 1234, stage: Stage.CellResolution, stageTo: Stage.Decision, asOf: September2, from: NewYear2024, to: September2,
            scope: TargetScope.ResidentialAndVillage, kind: CellKind.Village, category: Category.Student, gender: Gender.Male, ageUnder: 30);

        // Assert
        link.ShouldBe("candidates?ward=1234&stage=5&stageTo=7&asOf=2024-09-02&from=2024-01-01&to=2024-09-02&scope=2&kind=2&category=5&gender=1&ageUnder=30");
        CandidateLinks.For().ShouldBe("candidates");
    }
}
