using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Targets;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>
/// The targets page rendered by bUnit on a real SQLite file: an editable grid for the city committee, the same
/// table read-only for everyone else. "Today" is 24 Nov 2026.
/// </summary>
public sealed class TargetsPageTests : IAsyncLifetime
{
    private const string Committee = "thanhuy@uongbi.local";

    private SqliteTestDatabase _database = null!;
    private IRenderedComponent<MudSnackbarProvider> _snackbars = null!;
    private int _bacSon;
    private int _namKhe;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var db = _database.CreateContext("seeder");
        var bacSon = new Ward { Code = "BS", Name = "Bắc Sơn" };
        var namKhe = new Ward { Code = "NK", Name = "Nam Khê" };
        var thuongYenCong = new Ward { Code = "TYC", Name = "Thượng Yên Công", Kind = UnitKind.Commune };
        db.Wards.AddRange(thuongYenCong, namKhe, bacSon);
        await db.SaveChangesAsync();
        db.Targets.AddRange(
            new AdmissionTarget { WardId = bacSon.Id, Year = 2026, Count = 15 },
            new AdmissionTarget { WardId = namKhe.Id, Year = 2026, Count = 30 },
            new AdmissionTarget { WardId = thuongYenCong.Id, Year = 2026, Count = 20, Scope = TargetScope.AllCells });
        db.CityPlans.Add(new CityPlan { Year = 2026, Count = 289 });
        await db.SaveChangesAsync();
        (_bacSon, _namKhe) = (bacSon.Id, namKhe.Id);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private BunitContext NewContext(string role = Roles.CityCommittee, int? ward = null, string name = Committee, string culture = "vi-VN", int? year = null)
    {
        var context = ComponentHost.Create(_database, culture, role, ward, name);
        _snackbars = context.Render<MudSnackbarProvider>();
        if (year is { } y)
        {
            context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/targets?year={y}");
        }

        return context;
    }

    private static IRenderedComponent<TargetsPage> RenderPage(BunitContext context)
    {
        var page = context.Render<TargetsPage>();
        page.WaitForElement("[data-testid=targets]");
        return page;
    }

    private static Task TypeAsync(IRenderedComponent<TargetsPage> page, string testId, string value) =>
        page.Find($"input[data-testid={testId}]").ChangeAsync(new() { Value = value });

    private async Task<int?> CountAsync(int ward, int year)
    {
        await using var db = _database.CreateContext();
        return await db.Targets.Where(t => t.WardId == ward && t.Year == year).Select(t => (int?)t.Count).SingleOrDefaultAsync();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    [InlineData("2024.5")]
    public async Task TargetsPage_a_year_in_the_address_that_is_not_a_year_opens_this_year(string year)
    {
        await using var context = NewContext();
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"/targets?year={Uri.EscapeDataString(year)}");

        var page = RenderPage(context);

        page.Markup.ShouldContain(SqliteTestDatabase.Now.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.FindAll("[data-testid=targets]").Count.ShouldBe(1);
    }

    [Fact]
    public async Task TargetsPage_city_committee_gets_a_field_per_unit_and_the_plan_wards_first()
    {
        // Arrange
        await using var context = NewContext();

        // Act
        var page = RenderPage(context);

        // Assert
        page.Find("h1").TextContent.ShouldBe("Chỉ tiêu kết nạp đảng viên");
        page.FindAll("[data-testid=target-row] th").Select(th => th.TextContent.Trim()).ShouldBe(["Bắc Sơn", "Nam Khê", "Thượng Yên Công"]);
        page.Find("input[data-testid=count-BS]").GetAttribute("value").ShouldBe("15");
        page.Find("input[data-testid=count-plan]").GetAttribute("value").ShouldBe("289");
        page.Find("[data-testid=targets-sum]").TextContent.ShouldContain("65");
        page.Find("[data-testid=targets-sum]").TextContent.ShouldContain("Chênh lệch so với kế hoạch: −224");
        page.Find("[data-testid=targets-copy]").TextContent.ShouldContain("Sao chép từ năm 2025");
        page.FindAll("[data-testid=own-ward]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TargetsPage_changed_count_and_plan_are_saved_with_a_confirmation_and_a_history_line()
    {
        // Arrange
        await using var context = NewContext();
        var page = RenderPage(context);

        // Act
        await TypeAsync(page, "count-BS", "16");
        await TypeAsync(page, "count-plan", "295");
        page.WaitForAssertion(() => page.Find("[data-testid=targets-unsaved]").TextContent.ShouldBe("2 dòng chưa lưu"));
        await page.Find("[data-testid=targets-save]").ClickAsync(new());

        // Assert
        page.WaitForAssertion(() => _snackbars.Find(".mud-snackbar").TextContent.ShouldContain("Đã lưu 2 dòng chỉ tiêu năm 2026."));
        (await CountAsync(_bacSon, 2026)).ShouldBe(16);
        await using var db = _database.CreateContext();
        (await db.CityPlans.SingleAsync()).Count.ShouldBe(295);
        page.WaitForAssertion(() =>
        {
            page.FindAll("[data-testid=targets-unsaved]").ShouldBeEmpty();
            page.Find("[data-testid=targets-history]").TextContent.ShouldContain("Lịch sử thay đổi (6)");
            page.Find("[data-testid=targets-changes]").TextContent.ShouldContain("Chỉ tiêu 15 → 16");
            page.Find("[data-testid=targets-changes]").TextContent.ShouldContain(Committee);
        });
    }

    [Fact]
    public async Task TargetsPage_negative_count_shows_the_rule_under_the_field_and_saves_nothing_keeping_the_entries()
    {
        // Arrange
        await using var context = NewContext();
        var page = RenderPage(context);

        // Act
        await TypeAsync(page, "count-BS", "17");
        await TypeAsync(page, "count-NK", "-1");
        await page.Find("[data-testid=targets-save]").ClickAsync(new());

        // Assert
        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid=target-row][data-ward=NK]").TextContent.ShouldContain("Chỉ tiêu là số nguyên từ 0 trở lên.");
            page.Find("[data-testid=targets-error]").TextContent.ShouldBe("Chưa lưu gì: hãy sửa các ô báo lỗi rồi bấm Lưu lần nữa.");
        });
        page.Find("input[data-testid=count-BS]").GetAttribute("value").ShouldBe("17");
        page.Find("input[data-testid=count-NK]").GetAttribute("value").ShouldBe("-1");
        (await CountAsync(_bacSon, 2026)).ShouldBe(15);
        (await CountAsync(_namKhe, 2026)).ShouldBe(30);
    }

    [Fact]
    public async Task TargetsPage_discard_puts_back_what_is_stored()
    {
        // Arrange
        await using var context = NewContext();
        var page = RenderPage(context);
        await TypeAsync(page, "count-BS", "-3");
        page.WaitForAssertion(() =>
        {
            page.Find("[data-testid=target-row][data-ward=BS]").ClassList.ShouldContain("targets-changed");
            page.Find("[data-testid=target-row][data-ward=BS]").TextContent.ShouldContain("Chỉ tiêu là số nguyên từ 0 trở lên.");
        });

        // Act
        await page.Find("[data-testid=targets-discard]").ClickAsync(new());

        // Assert
        page.WaitForAssertion(() => page.Find("input[data-testid=count-BS]").GetAttribute("value").ShouldBe("15"));
        page.Find("[data-testid=target-row][data-ward=BS]").ClassList.ShouldNotContain("targets-changed");
        page.Find("[data-testid=target-row][data-ward=BS]").TextContent.ShouldNotContain("Chỉ tiêu là số nguyên");
        page.FindAll("[data-testid=targets-unsaved]").ShouldBeEmpty();
    }

    [Fact]
    public async Task TargetsPage_over_the_limit_is_refused_in_english()
    {
        // Arrange
        await using var context = NewContext(culture: "en-GB");
        var page = RenderPage(context);

        // Act
        await TypeAsync(page, "count-BS", "10001");

        // Assert
        page.WaitForAssertion(() => page.Find("[data-testid=target-row][data-ward=BS]").TextContent.ShouldContain("The target is at most 10,000."));
        page.Find("h1").TextContent.ShouldBe("Admission targets");
        page.Find("[data-testid=targets-copy]").TextContent.ShouldContain("Copy from 2025");
    }

    [Fact]
    public async Task TargetsPage_a_target_changed_meanwhile_keeps_the_entry_shows_the_saved_value_and_a_second_save_applies_it()
    {
        // Arrange: the page is open; someone else then saves Bắc Sơn
        await using var context = NewContext();
        var page = RenderPage(context);
        await using (var db = _database.CreateContext("other@uongbi.local"))
        {
            (await db.Targets.SingleAsync(t => t.WardId == _bacSon)).Count = 18;
            await db.SaveChangesAsync();
        }

        await TypeAsync(page, "count-BS", "16");

        // Act
        await page.Find("[data-testid=targets-save]").ClickAsync(new());

        // Assert: nothing saved, the user's 16 kept, the other person's 18 shown
        page.WaitForAssertion(() => page.Find("[data-testid=targets-error]").TextContent.ShouldContain("người khác đã thay đổi chỉ tiêu của: Bắc Sơn"));
        page.Find("input[data-testid=count-BS]").GetAttribute("value").ShouldBe("16");
        page.Find("[data-testid=target-row][data-ward=BS]").TextContent.ShouldContain("Người khác vừa lưu: 18");
        (await CountAsync(_bacSon, 2026)).ShouldBe(18);

        // Act: saving again, knowingly
        await page.Find("[data-testid=targets-save]").ClickAsync(new());

        // Assert
        page.WaitForAssertion(() => page.FindAll("[data-testid=targets-error]").ShouldBeEmpty());
        (await CountAsync(_bacSon, 2026)).ShouldBe(16);
    }

    [Fact]
    public async Task TargetsPage_copy_from_last_year_fills_next_years_empty_grid()
    {
        // Arrange
        await using var context = NewContext(year: 2027);
        var page = RenderPage(context);
        page.Find("input[data-testid=count-BS]").GetAttribute("value").ShouldBeNullOrEmpty();

        // Act
        await page.Find("[data-testid=targets-copy]").ClickAsync(new());

        // Assert
        page.WaitForAssertion(() => page.Find("input[data-testid=count-BS]").GetAttribute("value").ShouldBe("15"));
        page.Find("input[data-testid=count-plan]").GetAttribute("value").ShouldBe("289");
        _snackbars.Find(".mud-snackbar").TextContent.ShouldContain("Đã sao chép chỉ tiêu của 3 đơn vị từ năm 2026.");
        (await CountAsync(_namKhe, 2027)).ShouldBe(30);
    }

    [Fact]
    public async Task TargetsPage_ward_secretary_sees_the_table_read_only_with_her_ward_highlighted()
    {
        // Arrange
        await using var context = NewContext(Roles.WardSecretary, _bacSon, "bacson@uongbi.local");

        // Act
        var page = RenderPage(context);

        // Assert
        page.FindAll("input[data-testid^=count-]").ShouldBeEmpty();
        page.FindAll("[data-testid=targets-save]").ShouldBeEmpty();
        page.FindAll("[data-testid=targets-copy]").ShouldBeEmpty();
        var own = page.Find("[data-testid=target-row][data-ward=BS]");
        own.ClassList.ShouldContain("targets-own");
        own.TextContent.ShouldContain("Đơn vị của bạn");
        own.TextContent.ShouldContain("15");
        own.TextContent.ShouldContain("Chi bộ khu dân cư, thôn");
        page.Find("[data-testid=target-row][data-ward=NK]").ClassList.ShouldNotContain("targets-own");
        page.Find("[data-testid=targets-plan]").TextContent.ShouldContain("289");
    }

    [Fact]
    public async Task TargetsPage_viewer_of_a_year_without_targets_is_told_so()
    {
        // Arrange
        await using var context = NewContext(Roles.Viewer, name: "viewer@uongbi.local", year: 2027);

        // Act
        var page = context.Render<TargetsPage>();

        // Assert
        page.WaitForAssertion(() => page.Find("[data-testid=targets-none]").TextContent.ShouldBe("Chưa có chỉ tiêu cho năm này."));
        page.FindAll("input[data-testid^=count-]").ShouldBeEmpty();
    }
}
