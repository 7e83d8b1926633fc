using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Web;

/// <summary>The candidate form and the advance dialog, rendered by bUnit on a real demo database.</summary>
public sealed class CandidateComponentTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;

    private async Task<(BunitContext Context, int Ward)> NewContextAsync(string culture = "vi-VN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        await using var db = demo.Database.CreateContext();
        var ward = await db.Wards.Where(w => w.Code == "BS").Select(w => w.Id).SingleAsync();
        var context = ComponentHost.Create(demo.Database, culture, Roles.WardSecretary, ward, "bacson@uongbi.local");
        _dialogs = context.Render<MudDialogProvider>();
        context.Render<MudSnackbarProvider>();
        return (context, ward);
    }

    private async Task<int> CountAsync()
    {
        await using var db = demo.Database.CreateContext();
        return await db.Candidates.CountAsync();
    }

    [Fact]
    public async Task CandidateForm_bad_input_shows_each_message_in_vietnamese_and_saves_nothing()
    {
        // Arrange
        var (context, _) = await NewContextAsync();
        await using var _ = context;
        var before = await CountAsync();
        var page = context.Render<CandidateEditPage>();
        page.WaitForElement("[data-testid=candidate-save]");

        // Act
        page.Find("input[data-testid=field-FullName]").Change("Nguyễn Văn 3");
        page.Find("input[data-testid=field-CitizenId]").Change("12345");
        page.Find("input[data-testid=field-Phone]").Change("12");
        page.Find("[data-testid=candidate-save]").Click();

        // Assert
        page.WaitForAssertion(() =>
        {
            var text = page.Markup;
            text.ShouldContain("Họ tên chỉ gồm chữ cái, dấu cách, dấu chấm, gạch nối.");
            text.ShouldContain("Số CCCD gồm đúng 12 chữ số.");
            text.ShouldContain("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).");
        });
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task CandidateForm_new_for_a_secretary_offers_only_her_ward()
    {
        var (context, _) = await NewContextAsync();
        await using var disposable = context;

        var page = context.Render<CandidateEditPage>();
        page.WaitForElement("[data-testid=candidate-save]");

        page.Find("[data-testid=field-WardId]").TextContent.ShouldBe("Bắc Sơn");

    }

    [Fact]
    public async Task AdvanceDialog_refused_step_lists_the_reason_in_words_and_changes_nothing()
    {
        // Arrange: a candidate at the source stage with no helpers
        var (context, ward) = await NewContextAsync();
        await using var _ = context;
        await using var db = demo.Database.CreateContext();
        var candidate = await db.Candidates.AsNoTracking().FirstAsync(c => c.WardId == ward && c.Stage == Stage.Source && c.DroppedOn == null && !c.Helpers.Any());

        // Act
        var dialog = context.Render<AdvanceDialog>(p => p.Add(d => d.Candidate, candidate).Add(d => d.Visible, true));
        _dialogs.WaitForElement("input[data-testid=advance-document]").Change("15-NQ/CB");
        _dialogs.Find("[data-testid=advance-submit]").Click();

        // Assert
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=advance-errors]").TextContent.ShouldContain("Cần 2 đảng viên chính thức được phân công giúp đỡ."));
        await using var check = demo.Database.CreateContext();
        (await check.Candidates.SingleAsync(c => c.Id == candidate.Id)).Stage.ShouldBe(Stage.Source);
        dialog.Instance.Visible.ShouldBeTrue();
    }
}
