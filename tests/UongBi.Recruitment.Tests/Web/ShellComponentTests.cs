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
}
