using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Dashboard;

namespace UongBi.Recruitment.Tests.Web;

/// <summary>The dashboard page rendered by bUnit on the demo database.</summary>
public sealed class DashboardPageTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private async Task<int> WardIdAsync(string name)
    {
        await using var db = demo.Database.CreateContext();
        return await db.Wards.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }

    private static IRenderedComponent<DashboardPage> Open(BunitContext context, string address)
    {
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = context.Render<DashboardPage>();
        page.WaitForElement("[data-testid=ward-table]");
        return page;
    }

    [Fact]
    public async Task Dashboard_2024_shows_the_city_295_of_289_in_vietnamese_formats()
    {
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.Viewer);

        var page = Open(context, "/?year=2024");

        page.Find("[data-testid=admitted]").TextContent.Trim().ShouldBe("295");
        page.Find("[data-testid=plan]").TextContent.Trim().ShouldBe("289");
        page.Find("[data-testid=percent]").TextContent.Trim().ShouldBe("102%");
        page.Find("[data-testid=as-of]").TextContent.ShouldContain("31/12/2024");
        page.FindAll("[data-testid=ward-row]").Count.ShouldBe(10);
        page.FindAll("[data-testid=funnel] .bar-row").Count.ShouldBe(7);
        page.Find("[data-testid=detail-title]").TextContent.ShouldContain("Toàn thành phố");
    }

    [Fact]
    public async Task Dashboard_ranks_wards_by_percentage_and_marks_Bac_Son_reached_as_of_2_september_2024()
    {
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);

        var page = Open(context, "/?year=2024&asOf=2024-09-02");

        var rows = page.FindAll("[data-testid=ward-row]");
        rows[0].GetAttribute("data-ward").ShouldBe("Bắc Sơn");
        rows[0].QuerySelector("[data-testid=ward-admitted]")!.TextContent.Trim().ShouldBe("15");
        rows[0].QuerySelector("[data-testid=ward-percent]")!.TextContent.Trim().ShouldBe("100%");
        rows[0].QuerySelector("[data-testid=status]")!.TextContent.Trim().ShouldBe("Đã đạt");
        var percents = rows.Select(r => int.Parse(r.QuerySelector("[data-testid=ward-percent]")!.TextContent.Trim().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        percents.ShouldBe(percents.OrderDescending().ToList());
    }

    [Fact]
    public async Task Dashboard_figures_link_to_the_candidates_they_count()
    {
        var bacSon = await WardIdAsync("Bắc Sơn");
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);

        var page = Open(context, "/?year=2024&asOf=2024-09-02");

        var link = page.Find("[data-ward='Bắc Sơn'] [data-testid=ward-admitted] a").GetAttribute("href");
        link.ShouldBe($"candidates?ward={bacSon}&from=2024-01-01&to=2024-09-02&scope=2");
        page.Find("[data-testid=admitted] a").GetAttribute("href").ShouldBe("candidates?from=2024-01-01&to=2024-09-02&scope=2");
        page.Find("[data-testid=month-5]").GetAttribute("href").ShouldBe("candidates?from=2024-05-01&to=2024-05-31&scope=2");
    }

    [Fact]
    public async Task Dashboard_ward_secretary_opens_on_her_ward_and_links_only_her_wards_figures()
    {
        var bacSon = await WardIdAsync("Bắc Sơn");
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.WardSecretary, bacSon);

        var page = Open(context, "/?year=2024");

        page.Find("[data-testid=detail-title]").TextContent.ShouldContain("Bắc Sơn");
        page.Find("[data-ward='Bắc Sơn']").ClassList.ShouldContain("own");
        page.FindAll("[data-ward='Bắc Sơn'] [data-testid=ward-admitted] a").Count.ShouldBe(1);
        page.FindAll("[data-ward='Quang Trung'] [data-testid=ward-admitted] a").Count.ShouldBe(0);
        page.FindAll("[data-testid=admitted] a").Count.ShouldBe(0, "the city figure counts other wards' candidates");
        page.Find("[data-testid=youngest]").TextContent.ShouldContain("Nguyễn Thị Thanh Mai");
    }

    [Fact]
    public async Task Dashboard_in_english_names_statuses_and_the_forecast_rule()
    {
        await using var context = ComponentHost.Create(demo.Database, "en-GB", Roles.Viewer);

        var page = Open(context, "/?year=2024&asOf=2024-09-02");

        page.Find("h1").TextContent.ShouldBe("Dashboard");
        page.Find("[data-ward='Bắc Sơn'] [data-testid=status]").TextContent.Trim().ShouldBe("Reached");
        page.Find("[data-testid=forecast-rule]").TextContent.ShouldContain("the larger of");
        page.Find("[data-testid=as-of]").TextContent.ShouldContain("as of 02/09/2024");
    }

    [Theory]
    [InlineData(Roles.CityCommittee, null, "2024-09-02", null)]
    [InlineData(Roles.CityCommittee, null, "2025-06-30", "Bắc Sơn")]
    [InlineData(Roles.WardSecretary, "Bắc Sơn", "2025-06-30", null)]
    public async Task Dashboard_every_link_opens_a_list_of_exactly_the_number_it_shows(string role, string? ownWard, string asOf, string? detail)
    {
        // Arrange: the dashboard as the user sees it, and the candidates page that reads each link's address.
        var own = ownWard is null ? (int?)null : await WardIdAsync(ownWard);
        var wardParameter = detail is null ? "" : $"&ward={await WardIdAsync(detail)}";
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", role, own);
        var date = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = Open(context, $"/?year={date.Year}&asOf={asOf}{wardParameter}");
        var links = page.FindAll("a[href^='candidates?']")
            .Select(a => (Href: a.GetAttribute("href")!, Text: a.TextContent.Trim(), Title: a.QuerySelector("title")?.TextContent))
            .ToList();
        links.Count.ShouldBeGreaterThan(ownWard is null ? 20 : 5);

        foreach (var (href, text, title) in links)
        {
            await using var listContext = ComponentHost.Create(demo.Database, "vi-VN", role, own);
            listContext.Services.GetRequiredService<NavigationManager>().NavigateTo(href);
            var list = listContext.Render<UongBi.Recruitment.Web.Features.Candidates.CandidatesPage>();
            var query = list.Instance.Filters with { PageSize = 1 };
            var total = (await listContext.Services.GetRequiredService<UongBi.Recruitment.Web.Features.Candidates.CandidatesService>().ListAsync(query)).Total;

            // A month bar's number is in its tooltip ("Tháng 5: 42 người; …"); every other link shows its number.
            var shown = title is null ? text : title.Split(':')[1].Trim().Split(' ')[0];
            total.ShouldBe(int.Parse(shown, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN")), href);
        }
    }

    [Theory]
    [InlineData("/?year=abc")]
    [InlineData("/?year=2024&asOf=not-a-date")]
    [InlineData("/?year=2024&asOf=2023-05-01")]
    [InlineData("/?year=1800")]
    [InlineData("/?ward=999999")]
    public async Task Dashboard_bad_addresses_fall_back_to_sensible_defaults(string address)
    {
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.Viewer);

        var page = Open(context, address);

        page.FindAll("[data-testid=ward-row]").Count.ShouldBeGreaterThan(0);
        page.Find("[data-testid=detail-title]").TextContent.ShouldContain("Toàn thành phố");
    }
}

public sealed class DashboardAsOfFieldTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public async Task Dashboard_as_of_date_outside_the_year_is_refused_under_the_field_and_the_figures_stay()
    {
        await using var context = ComponentHost.Create(demo.Database, "vi-VN", Roles.CityCommittee);
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("/?year=2024&asOf=2024-09-02");
        var page = context.Render<DashboardPage>();
        page.WaitForElement("[data-testid=ward-table]");

        page.Find("input[data-testid=as-of-input]").Change("01/01/2025");

        page.WaitForAssertion(() => page.Markup.ShouldContain("Chọn một ngày trong năm 2024."));
        page.Find("[data-testid=as-of]").TextContent.ShouldContain("02/09/2024");
        context.Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith("asOf=2024-09-02");
    }
}
