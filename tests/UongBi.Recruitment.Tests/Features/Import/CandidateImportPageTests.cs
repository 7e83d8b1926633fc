using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates.Import;

namespace UongBi.Recruitment.Tests.Features.Import;

/// <summary>The import page rendered by bUnit on a real demo database, as the Bắc Sơn secretary.</summary>
public sealed class CandidateImportPageTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IAsyncLifetime
{
    private readonly DemoDatabase _demo = demo;
    private int _bacSon;
    private string _bacSonName = "";
    private string _cellName = "";

    public async Task InitializeAsync()
    {
        await using var db = _demo.Database.CreateContext();
        var ward = await db.Wards.SingleAsync(w => w.Code == "BS");
        (_bacSon, _bacSonName) = (ward.Id, ward.Name);
        _cellName = await db.Cells.Where(c => c.WardId == _bacSon && c.ValidTo == null).OrderBy(c => c.Id).Select(c => c.Name).FirstAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private BunitContext NewContext() => ComponentHost.Create(_demo.Database, "vi-VN", Roles.WardSecretary, _bacSon, "bacson@uongbi.local");

    private static void Upload(IRenderedComponent<CandidateImportPage> page, MemoryStream file)
    {
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(file.ToArray(), "quan-chung.xlsx"));
        page.WaitForElement("[data-testid=import-summary]", TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Preview_lists_row_errors_and_import_stays_disabled()
    {
        await using var context = NewContext();
        var page = context.Render<CandidateImportPage>();
        var bad = ImportWorkbooks.Row("123", _bacSonName, _cellName, "Lê Thị Lỗi");
        await using var file = await ImportWorkbooks.BuildAsync(ImportWorkbooks.Headers(), [ImportWorkbooks.Row("034799990001", _bacSonName, _cellName, "Lê Thị Đúng"), bad]);

        Upload(page, file);

        page.Find("[data-testid=import-summary]").TextContent.ShouldContain("2 dòng: 1 hợp lệ, 1 có lỗi");
        var issues = page.Find("[data-testid=import-row-issues]");
        issues.TextContent.ShouldContain("Số CCCD");
        issues.TextContent.ShouldContain("12 chữ số");
        page.FindAll("[data-testid=import-row-number]").Select(td => td.TextContent).ShouldBe(["2", "3"]);
        page.Find("[data-testid=import-commit]").HasAttribute("disabled").ShouldBeTrue();
        page.Find("[data-testid=import-errors-download]").GetAttribute("href").ShouldStartWith("import/errors/");
    }

    [Fact]
    public async Task Clean_file_enables_import_which_saves_and_returns_to_the_list()
    {
        await using var context = NewContext();
        var page = context.Render<CandidateImportPage>();
        await using var file = await ImportWorkbooks.BuildAsync(ImportWorkbooks.Headers(), [ImportWorkbooks.Row("034799990002", _bacSonName, _cellName, "Vũ Thị Sạch")]);
        Upload(page, file);
        var commit = page.Find("[data-testid=import-commit]");
        commit.HasAttribute("disabled").ShouldBeFalse();

        await commit.ClickAsync(new());

        page.WaitForAssertion(() => context.Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith("/candidates"));
        await using var db = _demo.Database.CreateContext();
        (await db.Candidates.CountAsync(c => c.CitizenId == "034799990002")).ShouldBe(1);
    }

    [Fact]
    public async Task File_over_the_limit_is_refused_on_its_size_with_the_limit_in_words()
    {
        await using var context = NewContext();
        await using var db = _demo.Database.CreateContext();
        var before = await db.Candidates.IgnoreQueryFilters().CountAsync();
        var page = context.Render<CandidateImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[(5 * 1024 * 1024) + 1], "lon.xlsx"));

        page.WaitForAssertion(() => page.Find("[data-testid=import-problem]").TextContent.ShouldBe("Tệp quá lớn (tối đa 5 MB). Không hồ sơ nào được nhập."));
        page.FindAll("[data-testid=import-preview]").ShouldBeEmpty();
        (await db.Candidates.IgnoreQueryFilters().CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Not_an_xlsx_gets_a_message_and_no_preview()
    {
        await using var context = NewContext();
        await using var db = _demo.Database.CreateContext();
        var before = await db.Candidates.IgnoreQueryFilters().CountAsync();
        var page = context.Render<CandidateImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("Họ và tên\nTrần Thị Hoa", "quan-chung.xlsx"));

        page.WaitForAssertion(() => page.Find("[data-testid=import-problem]").TextContent.ShouldContain("không phải là bảng tính Excel .xlsx"));
        page.FindAll("[data-testid=import-preview]").ShouldBeEmpty();
        (await db.Candidates.IgnoreQueryFilters().CountAsync()).ShouldBe(before);
    }
}
