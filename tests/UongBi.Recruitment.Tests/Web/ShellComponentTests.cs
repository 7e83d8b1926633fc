using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Components.Layout;
using UongBi.Recruitment.Web.Features.Dashboard;

namespace UongBi.Recruitment.Tests.Web;

/// <summary>The shell and the first dashboard figures, rendered by bUnit against a real demo database.</summary>
public sealed class ShellComponentTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private BunitContext NewContext(string culture, string role = Roles.Viewer) =>
        ComponentHost.Create(demo.Database, culture, role);

    [Theory]
    [InlineData("vi-VN", Roles.Administrator, "Tổng quan", "Quần chúng ưu tú", "Thời hạn", "Đợt kết nạp", "Đơn vị, chi bộ", "Tài khoản", "Quản trị")]
    [InlineData("en-GB", Roles.Administrator, "Dashboard", "Candidates", "Deadlines", "Admission batches", "Units and cells", "Accounts", "Administration")]
    public async Task NavMenu_administrator_sees_every_area_in_the_users_language(string culture, string role, params string[] labels)
    {
        // Arrange
        await using var context = NewContext(culture, role);

        // Act
        var menu = context.Render<NavMenu>();

        // Assert
        var links = menu.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        links.Count.ShouldBe(9);
        foreach (var label in labels)
        {
            links.ShouldContain(label);
        }
    }

    [Theory]
    [InlineData(Roles.WardSecretary, false)]
    [InlineData(Roles.CityCommittee, true)]
    [InlineData(Roles.Viewer, false)]
    public async Task NavMenu_other_roles_do_not_see_administration(string role, bool managesUnits)
    {
        // Arrange
        await using var context = NewContext("vi-VN", role);

        // Act
        var links = context.Render<NavMenu>().FindAll("a").Select(a => a.TextContent.Trim()).ToList();

        // Assert: the city committee also manages wards and cells
        links.Count.ShouldBe(managesUnits ? 7 : 6);
        links.ShouldContain("Thời hạn");
        links.Contains("Đơn vị, chi bộ").ShouldBe(managesUnits);
        links.ShouldNotContain("Quản trị");
        links.ShouldNotContain("Tài khoản");
    }

    [Fact]
    public async Task Dashboard_2024_shows_the_articles_city_figures_in_vietnamese_formats()
    {
        // Arrange
        await using var context = NewContext("vi-VN");
        var navigation = context.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/?year=2024");

        // Act
        var page = context.Render<DashboardPage>();
        page.WaitForElement("[data-testid=admitted]");

        // Assert: 295 admitted in villages and residential areas against a plan of 289: 102 %
        page.Find("[data-testid=admitted]").TextContent.Trim().ShouldBe("295");
        page.Find("[data-testid=plan]").TextContent.Trim().ShouldBe("289");
        page.Find("[data-testid=percent]").TextContent.Trim().ShouldBe("102%");
        page.Find("[data-testid=as-of]").TextContent.ShouldContain("31/12/2024");

        // The pipeline table has the seven stages before admission.
        page.FindAll("[data-testid=pipeline] tbody tr").Count.ShouldBe(7);
    }

    [Fact]
    public async Task Dashboard_current_year_is_as_of_today_in_english()
    {
        // Arrange
        await using var context = NewContext("en-GB");

        // Act
        var page = context.Render<DashboardPage>();
        page.WaitForElement("[data-testid=admitted]");

        // Assert
        page.Find("h1").TextContent.ShouldBe("Dashboard");
        page.Find("[data-testid=as-of]").TextContent.ShouldContain("as of 24/11/2026");
    }

    [Fact]
    public async Task ShellSummary_as_of_2_september_2024_counts_only_admissions_until_then()
    {
        // Arrange
        var service = new ShellSummaryService(demo.Database.Factory(), TestUsers.Current(Roles.WardSecretary, 1));
        await using var db = demo.Database.CreateContext();
        var expected = await db.Candidates.CountAsync(c =>
            c.AdmittedOn >= new DateOnly(2024, 1, 1) && c.AdmittedOn <= new DateOnly(2024, 9, 2)
            && (c.Cell!.Kind == UongBi.Recruitment.Domain.Organisation.CellKind.ResidentialArea || c.Cell.Kind == UongBi.Recruitment.Domain.Organisation.CellKind.Village));

        // Act
        var asOfSeptember = await service.GetAsync(2024, new DateOnly(2024, 9, 2));
        var wholeYear = await service.GetAsync(2024, new DateOnly(2024, 12, 31));

        // Assert
        asOfSeptember.AdmittedResidential.ShouldBe(expected);
        asOfSeptember.AdmittedResidential.ShouldBeLessThan(wholeYear.AdmittedResidential);
        wholeYear.AdmittedResidential.ShouldBe(295);
        wholeYear.PercentOfPlan.ShouldBe(102);
        wholeYear.Units.ShouldBe(10, "Điền Công no longer existed in 2024");
    }
}
