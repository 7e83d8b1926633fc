using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Data;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Units;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>The units page rendered by bUnit on a real SQLite file: its ward dialog validates with the service's rules.</summary>
public sealed class UnitsPageTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var db = _database.CreateContext("seeder");
        await TestData.AddWardWithCellAsync(db);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private BunitContext NewContext(string culture) =>
        ComponentHost.Create(_database, culture, Roles.Administrator, name: "admin@uongbi.local");

    private static async Task<(IRenderedComponent<UnitsPage> Page, IRenderedComponent<MudDialogProvider> Dialogs)> OpenWardDialogAsync(BunitContext context)
    {
        var dialogs = context.Render<MudDialogProvider>();
        var page = context.Render<UnitsPage>();
        page.WaitForElement("[data-testid=ward]");
        await page.Find("[data-testid=ward-create]").ClickAsync(new());
        dialogs.WaitForElement("#ward-form");
        return (page, dialogs);
    }

    private static Task TypeAsync(IRenderedComponent<MudDialogProvider> dialogs, string testId, string value) =>
        dialogs.Find($"[data-testid={testId}] input, input[data-testid={testId}]").ChangeAsync(new() { Value = value });

    [Fact]
    public async Task UnitsPage_ward_panel_opened_shows_its_cells()
    {
        // Arrange
        await using var context = NewContext("vi-VN");

        var page = context.Render<UnitsPage>();
        page.WaitForElement("[data-testid=ward]");

        // Act: open the ward's panel
        await page.Find("[data-testid=ward] .mud-expand-panel-header").ClickAsync(new());

        // Assert
        page.Find("h1").TextContent.ShouldBe("Đơn vị và chi bộ");
        page.Find("[data-testid=ward]").TextContent.ShouldContain("Phường Bắc Sơn");
        page.WaitForAssertion(() => page.Find("[data-testid=cell]").TextContent.ShouldContain("Chi bộ Khu 5"));
    }

    [Fact]
    public async Task WardDialog_invalid_input_shows_each_error_in_the_users_language_and_saves_nothing()
    {
        // Arrange
        await using var context = NewContext("vi-VN");
        var (_, dialogs) = await OpenWardDialogAsync(context);
        await TypeAsync(dialogs, "ward-code", "B S");
        await TypeAsync(dialogs, "ward-name", new string('a', 121));

        // Act: Enter in a field submits the form
        await dialogs.Find("#ward-form").SubmitAsync();

        // Assert
        dialogs.WaitForAssertion(() =>
        {
            var text = dialogs.Markup;
            text.ShouldContain("Chỉ dùng chữ không dấu, chữ số, - _ .");
            text.ShouldContain("Tên phường, xã tối đa 120 ký tự.");
        });
        dialogs.FindAll("#ward-form").Count.ShouldBe(1, "the dialog stays open");
        await using var db = _database.CreateContext();
        (await db.Wards.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task WardDialog_duplicate_code_is_refused_by_the_service_with_an_alert_in_english()
    {
        // Arrange
        await using var context = NewContext("en-GB");
        var (_, dialogs) = await OpenWardDialogAsync(context);
        await TypeAsync(dialogs, "ward-code", "bs");
        await TypeAsync(dialogs, "ward-name", "Bắc Sơn 2");

        // Act
        await dialogs.Find("#ward-form").SubmitAsync();

        // Assert
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=units-error]").TextContent.ShouldContain("Another unit already has this code."));
        await using var db = _database.CreateContext();
        (await db.Wards.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task WardDialog_valid_input_saves_closes_and_lists_the_new_ward()
    {
        // Arrange
        await using var context = NewContext("vi-VN");
        var (page, dialogs) = await OpenWardDialogAsync(context);
        await TypeAsync(dialogs, "ward-code", "nk");
        await TypeAsync(dialogs, "ward-name", "Nam Khê");

        // Act
        await dialogs.Find("#ward-form").SubmitAsync();

        // Assert
        dialogs.WaitForAssertion(() => dialogs.FindAll("#ward-form").ShouldBeEmpty());
        page.WaitForAssertion(() => page.FindAll("[data-testid=ward]").Select(w => w.GetAttribute("data-code")).ShouldBe(["BS", "NK"]));
        await using var db = _database.CreateContext();
        (await db.Wards.SingleAsync(w => w.Code == "NK")).Name.ShouldBe("Nam Khê");
    }
}
