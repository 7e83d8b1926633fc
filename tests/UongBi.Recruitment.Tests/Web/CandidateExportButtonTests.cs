using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;

namespace UongBi.Recruitment.Tests.Web;

/// <summary>The grid's "Xuất Excel" button: a plain link to the export of exactly what the grid shows.</summary>
public sealed class CandidateExportButtonTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private static IReadOnlyDictionary<string, string> QueryOf(string link) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://x/" + link).Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [Fact]
    public async Task Export_button_follows_the_grids_filters_sort_and_hidden_columns()
    {
        // Arrange
        int bacSon;
        await using (var db = demo.Database.CreateContext())
        {
            bacSon = await db.Wards.Where(w => w.Name == "Bắc Sơn").Select(w => w.Id).SingleAsync();
        }

        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(
            CandidateLinks.For(ward: bacSon, from: new DateOnly(2024, 1, 1), to: new DateOnly(2024, 9, 2), scope: TargetScope.ResidentialAndVillage));
        var page = context.Render<CandidatesPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid=candidate-link]").Count.ShouldBe(15));
        string Href() => page.Find("[data-testid=candidates-export]").GetAttribute("href")!;

        // Assert: the address's filters, every column, name order.
        var query = QueryOf(Href());
        Href().ShouldStartWith("export/candidates.xlsx?");
        query["ward"].ShouldBe(bacSon.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query["from"].ShouldBe("2024-01-01");
        query["to"].ShouldBe("2024-09-02");
        query["scope"].ShouldBe(((int)TargetScope.ResidentialAndVillage).ToString(System.Globalization.CultureInfo.InvariantCulture));
        query["cols"].ShouldBe("Name,Ward,Cell,Category,Stage,AdmittedOn");
        query.ShouldNotContainKey("sort");

        // Act: hide two columns with the chooser's own calls, sort by admission date descending.
        var columns = page.FindComponents<PropertyColumn<CandidateRow, string>>();
        await page.InvokeAsync(() => columns.Single(c => c.Instance.Title == "Chi bộ").Instance.HideAsync());
        await page.InvokeAsync(() => page.FindComponent<PropertyColumn<CandidateRow, UongBi.Recruitment.Domain.Candidates.Category>>().Instance.HideAsync());
        var grid = page.FindComponent<MudDataGrid<CandidateRow>>().Instance;
        await page.InvokeAsync(() => grid.SetSortAsync(nameof(CandidateRow.AdmittedOn), MudBlazor.SortDirection.Descending, r => r.AdmittedOn!));

        // Assert
        page.WaitForAssertion(() =>
        {
            var after = QueryOf(Href());
            after["cols"].ShouldBe("Name,Ward,Stage,AdmittedOn");
            after["sort"].ShouldBe("AdmittedOn");
            after["desc"].ShouldBe("true");
        });
    }
}
