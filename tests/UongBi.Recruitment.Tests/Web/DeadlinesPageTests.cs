using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Deadlines;

namespace UongBi.Recruitment.Tests.Web;

/// <summary>The Deadlines page rendered by bUnit against the demo database, in both languages.</summary>
public sealed class DeadlinesPageTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private BunitContext NewContext(string culture, string role, int? wardId = null) =>
        ComponentHost.Create(demo.Database, culture, role, wardId);

    [Theory]
    [InlineData("vi-VN", "Thời hạn", "Quá hạn", "Sắp đến hạn", "ngày làm việc", "24/11/2026")]
    [InlineData("en-GB", "Deadlines", "Overdue", "Due soon", "working day", "24/11/2026")]
    public async Task DeadlinesPage_lists_due_and_overdue_items_in_the_users_language(
        string culture, string heading, string overdue, string dueSoon, string workingDays, string asOf)
    {
        // Arrange
        await using var context = NewContext(culture, Roles.CityCommittee);

        // Act
        var page = context.Render<DeadlinesPage>();
        page.WaitForElement("[data-testid=candidate-link]");

        // Assert
        page.Find("h1").TextContent.ShouldBe(heading);
        page.Find("[data-testid=deadlines-intro]").TextContent.ShouldContain(asOf);
        var states = page.FindAll("[data-testid=deadline-state]").Select(s => s.TextContent.Trim()).ToList();
        states.Count.ShouldBe(25);
        states.ShouldAllBe(s => s == overdue || s == dueSoon, "state is always spelled out, never colour alone");
        states.ShouldContain(overdue, "the first page, sorted by due date, starts with what is overdue");
        page.FindAll("[data-testid=deadline-left]").ShouldAllBe(l => l.TextContent.Contains(workingDays, StringComparison.Ordinal));
        page.FindAll("[data-testid=candidate-link]").ShouldAllBe(a => a.GetAttribute("href")!.StartsWith("candidates/", StringComparison.Ordinal));
        page.FindAll("[data-testid=ward-filter]").ShouldNotBeEmpty("the city committee reads every ward");
        page.Markup.ShouldNotContain("DeadlineKind_");
        page.Markup.ShouldNotContain("Deadlines_");
    }

    [Fact]
    public async Task DeadlinesPage_ward_secretary_sees_her_wards_items_without_a_ward_filter()
    {
        // Arrange
        await using var db = demo.Database.CreateContext();
        var bacSon = await db.Wards.Where(w => w.Code == "BS").Select(w => w.Id).SingleAsync();
        var ownIds = await db.Candidates.Where(c => c.WardId == bacSon).Select(c => c.Id).ToListAsync();
        await using var context = NewContext("vi-VN", Roles.WardSecretary, bacSon);

        // Act
        var page = context.Render<DeadlinesPage>();
        page.WaitForElement("[data-testid=candidate-link]");

        // Assert
        page.FindAll("[data-testid=ward-filter]").ShouldBeEmpty();
        var linked = page.FindAll("[data-testid=candidate-link]")
            .Select(a => int.Parse(a.GetAttribute("href")!["candidates/".Length..], CultureInfo.InvariantCulture)).ToList();
        linked.ShouldNotBeEmpty();
        linked.ShouldAllBe(id => ownIds.Contains(id));
    }
}
