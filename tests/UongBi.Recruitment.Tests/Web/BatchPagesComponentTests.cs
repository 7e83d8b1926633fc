using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Batches;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Web;

/// <summary>The batch list and a batch's page, rendered by bUnit against the demo database (read only).</summary>
public sealed class BatchPagesComponentTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private BunitContext NewContext(string role, int? ward = null, string culture = "vi-VN") =>
        ComponentHost.Create(demo.Database, culture, role, ward);

    [Theory]
    [InlineData(Roles.CityCommittee, true)]
    [InlineData(Roles.Viewer, false)]
    [InlineData(Roles.Administrator, false)]
    public async Task BatchesPage_offers_create_only_to_batch_managers_and_links_each_batch(string role, bool canCreate)
    {
        // Arrange
        await using var context = NewContext(role);

        // Act
        var page = context.Render<BatchesPage>();
        page.WaitForElement("[data-testid=batch-link]");

        // Assert: the five demo batches of 2026, each linking to its page
        page.FindAll("[data-testid=batch-create]").Count.ShouldBe(canCreate ? 1 : 0);
        var links = page.FindAll("[data-testid=batch-link]");
        links.Count.ShouldBe(5);
        links.ShouldAllBe(a => a.GetAttribute("href")!.StartsWith("batches/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BatchPage_viewer_sees_planned_candidates_with_verdicts_read_only()
    {
        // Arrange
        var id = await UpcomingBatchAsync();
        await using var context = NewContext(Roles.Viewer, culture: "en-GB");

        // Act
        var page = context.Render<BatchPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=batch-planned]");

        // Assert
        page.Find("[data-testid=batch-read-only]").TextContent.ShouldContain("You can view this batch");
        page.FindAll("[data-testid=batch-record]").ShouldBeEmpty();
        page.FindAll("[data-testid=batch-unplan]").ShouldBeEmpty();
        page.FindAll("[data-testid=batch-edit]").ShouldBeEmpty();
        page.FindAll("[data-testid=batch-planned-row]").ShouldNotBeEmpty();
        page.FindAll("[data-testid=verdict]").ShouldAllBe(v => v.TextContent.Trim().Length > 0);
    }

    [Fact]
    public async Task BatchPage_secretary_plans_her_wards_candidates_of_a_future_batch_but_cannot_record_yet()
    {
        // Arrange
        var id = await UpcomingBatchAsync();
        await using var db = demo.Database.CreateContext();
        var bacSon = await db.Wards.Where(w => w.Code == "BS").Select(w => w.Id).SingleAsync();
        await using var context = NewContext(Roles.WardSecretary, bacSon);

        // Act
        var page = context.Render<BatchPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=batch-planned]");

        // Assert: her ward's rows only, each with an unplan button; recording waits for 22/12/2026
        var rows = page.FindAll("[data-testid=batch-planned-row]");
        rows.ShouldNotBeEmpty();
        page.FindAll("[data-testid=batch-unplan]").Count.ShouldBe(rows.Count);
        page.FindAll("[data-testid=batch-edit]").ShouldBeEmpty();
        page.Find("button[data-testid=batch-record]").HasAttribute("disabled").ShouldBeTrue();
        page.Markup.ShouldContain("22/12/2026");
    }

    [Fact]
    public async Task BatchPage_unknown_id_says_not_found()
    {
        // Arrange
        await using var context = NewContext(Roles.CityCommittee);

        // Act
        var page = context.Render<BatchPage>(p => p.Add(x => x.Id, 999_999));
        page.WaitForElement("[data-testid=batch-not-found]");

        // Assert
        page.Find("h1").TextContent.ShouldBe("Không tìm thấy đợt kết nạp");
    }

    private async Task<int> UpcomingBatchAsync()
    {
        await using var db = demo.Database.CreateContext();
        return await db.Batches.Where(b => b.Date == new DateOnly(2026, 12, 22)).Select(b => b.Id).FirstAsync();
    }
}
