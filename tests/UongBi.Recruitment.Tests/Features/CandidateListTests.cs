using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>The candidate list's search, filters and order, through the app's services on the demo data.</summary>
public sealed class CandidateListTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<T> AsAsync<T>(string role, int? ward, Func<CandidatesService, AppDbContext, Task<T>> act)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Principal(role, ward, "tester@uongbi.local"));
        return await act(scope.ServiceProvider.GetRequiredService<CandidatesService>(), scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Theory]
    [InlineData("nguyen thi thanh mai")]
    [InlineData("NGUYEN")]
    [InlineData("thanh mai")]
    [InlineData("Nguyễn Thị Thanh Mai")]
    [InlineData("nguyễn thị thanh mai")]
    public async Task Search_ignores_diacritics_and_case_and_finds_the_article_candidate(string typed)
    {
        // Walk the pages: "NGUYEN" matches a third of the city.
        var found = false;
        for (var number = 0; !found; number++)
        {
            var page = await AsAsync(Roles.Viewer, null, (s, _) => s.ListAsync(new CandidateQuery(Search: typed, Page: number, PageSize: 100)));
            page.Rows.ShouldAllBe(r => UongBi.Recruitment.Domain.Text.VietnameseText.SearchKey(r.FullName).Contains(UongBi.Recruitment.Domain.Text.VietnameseText.SearchKey(typed)));
            found = page.Rows.Any(r => r.FullName == "Nguyễn Thị Thanh Mai");
            if (page.Rows.Count < 100)
            {
                break;
            }
        }

        found.ShouldBeTrue();
    }

    [Fact]
    public async Task Search_decomposed_input_finds_the_same_rows()
    {
        var composed = await AsAsync(Roles.Viewer, null, (s, _) => s.ListAsync(new CandidateQuery(Search: "Thanh Mai", PageSize: 100)));
        var decomposed = await AsAsync(Roles.Viewer, null, (s, _) => s.ListAsync(new CandidateQuery(Search: "Thanh Mai".Normalize(System.Text.NormalizationForm.FormD), PageSize: 100)));

        decomposed.Rows.Select(r => r.Id).ShouldBe(composed.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Search_dang_finds_dang_with_d_bar()
    {
        var page = await AsAsync(Roles.Viewer, null, (s, _) => s.ListAsync(new CandidateQuery(Search: "dang", PageSize: 100)));

        page.Rows.ShouldContain(r => r.FullName.StartsWith("Đặng ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_exact_diacritics_rank_first()
    {
        // "mai" matches Mai, Mại, Mài…; typed as "Mai" the exact spelling comes first.
        var page = await AsAsync(Roles.Viewer, null, (s, _) => s.ListAsync(new CandidateQuery(Search: "Thị Mai", PageSize: 100)));
        var loose = await AsAsync(Roles.Viewer, null, (s, _) => s.ListAsync(new CandidateQuery(Search: "thi mai", PageSize: 100)));

        page.Rows.ShouldNotBeEmpty();
        var exactFirst = page.Rows.TakeWhile(r => r.FullName.Contains("Thị Mai", StringComparison.OrdinalIgnoreCase)).Count();
        exactFirst.ShouldBe(page.Rows.Count(r => r.FullName.Contains("Thị Mai", StringComparison.OrdinalIgnoreCase)));
        loose.Total.ShouldBeGreaterThanOrEqualTo(page.Total);
    }

    [Fact]
    public async Task Filters_combine_and_page_size_is_bounded()
    {
        var (ward, page) = await AsAsync(Roles.CityCommittee, null, async (s, db) =>
        {
            var bs = await db.Wards.Where(w => w.Code == "BS").Select(w => w.Id).SingleAsync();
            return (bs, await s.ListAsync(new CandidateQuery(WardId: bs, Gender: Gender.Female, AdmittedYear: 2024, PageSize: 100_000)));
        });

        page.Rows.Count.ShouldBeLessThanOrEqualTo(CandidateQuery.MaxPageSize);
        page.Rows.ShouldAllBe(r => r.Ward == "Bắc Sơn" && r.AdmittedOn!.Value.Year == 2024);
        page.Rows.ShouldContain(r => r.FullName == "Nguyễn Thị Thanh Mai");
        ward.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(DeadlineState.Overdue)]
    [InlineData(DeadlineState.DueSoon)]
    public async Task Deadline_filter_lists_exactly_the_candidates_the_rules_put_in_that_state(DeadlineState state)
    {
        var (listed, expected) = await AsAsync(Roles.Viewer, null, async (s, db) =>
        {
            var page = await s.ListAsync(new CandidateQuery(Deadline: state, PageSize: 100));
            var settings = await RulesStore.LoadSettingsAsync(db);
            var calendar = await RulesStore.LoadCalendarAsync(db);
            var today = VietnamTime.Today(factory.Clock);
            var all = await db.Candidates.AsNoTracking().ToListAsync();
            var ids = all.Where(c => Deadlines.For(c, today, settings, calendar).Any(d => d.State == state)).Select(c => c.Id).ToHashSet();
            return (page, ids);
        });

        expected.ShouldNotBeEmpty();
        listed.Total.ShouldBe(expected.Count);
        listed.Rows.ShouldAllBe(r => expected.Contains(r.Id));
    }

    [Fact]
    public async Task Ward_secretary_filter_for_another_ward_returns_nothing()
    {
        var page = await AsAsync(Roles.WardSecretary, 1, async (s, db) =>
        {
            var other = await db.Wards.Where(w => w.Id != 1).Select(w => w.Id).FirstAsync();
            return await s.ListAsync(new CandidateQuery(WardId: other));
        });

        page.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Changes_lists_who_edited_by_account_name_which_fields_and_nothing_for_another_ward()
    {
        // Arrange: the Bắc Sơn secretary edits a phone number
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bs = await db.Wards.Where(w => w.Code == "BS").Select(w => w.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Principal(Roles.WardSecretary, bs, "bacson@uongbi.local"));
        var target = await db.Candidates.AsNoTracking().FirstAsync(c => c.WardId == bs);
        var saved = await scope.ServiceProvider.GetRequiredService<CandidateEditService>()
            .UpdateAsync(target.Id, CandidateForm.From(target) with { Phone = "0911222333" }, confirmPossibleDuplicate: true);
        saved.Succeeded.ShouldBeTrue();

        // Act
        var changes = await AsAsync(Roles.Viewer, null, (s, _) => s.ChangesAsync(target.Id));
        var hidden = await AsAsync(Roles.WardSecretary, bs + 1, (s, _) => s.ChangesAsync(target.Id));

        // Assert
        var edit = changes.First(c => c.Action == UongBi.Recruitment.Data.Auditing.AuditAction.Update);
        edit.User.ShouldBe("Bí thư Đảng ủy phường Bắc Sơn", "the account's name, not its sign-in e-mail");
        edit.Fields.ShouldContain("Phone");
        hidden.ShouldBeEmpty();
    }
}
