using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Deadlines;
using UongBi.Recruitment.Web.Infrastructure.Localization;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>The Deadlines page's service on the demo database (real SQLite, migrated, demo-seeded).</summary>
public sealed class DeadlinesServiceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private DeadlinesService Service(string role, int? wardId = null, TimeProvider? clock = null) =>
        new(demo.Database.Factory(), TestUsers.Current(role, wardId), clock ?? demo.Database.Clock);

    private async Task<int> WardIdAsync(string code)
    {
        await using var db = demo.Database.CreateContext();
        return await db.Wards.Where(w => w.Code == code).Select(w => w.Id).SingleAsync();
    }

    private static async Task<List<DeadlineRow>> AllAsync(DeadlinesService service, DeadlineQuery? query = null)
    {
        var rows = new List<DeadlineRow>();
        for (var page = 0; ; page++)
        {
            var result = await service.ListAsync((query ?? new DeadlineQuery()) with { Page = page, PageSize = DeadlineQuery.MaxPageSize });
            rows.AddRange(result.Rows);
            if (rows.Count >= result.Total || result.Rows.Count == 0)
            {
                return rows;
            }
        }
    }

    [Fact]
    public async Task ListAsync_demo_data_has_overdue_and_due_soon_items()
    {
        // Arrange
        var service = Service(Roles.CityCommittee);

        // Act
        var page = await service.ListAsync(new DeadlineQuery());

        // Assert
        page.AsOf.ShouldBe(new DateOnly(2026, 11, 24));
        page.DueSoonDays.ShouldBe(30);
        page.Overdue.ShouldBeGreaterThan(0);
        page.DueSoon.ShouldBeGreaterThan(0);
        page.Total.ShouldBe(page.Overdue + page.DueSoon);
        page.Rows.ShouldAllBe(r => r.State == DeadlineState.Overdue || r.State == DeadlineState.DueSoon);
        page.Rows.Count.ShouldBe(Math.Min(25, page.Total));
    }

    [Fact]
    public async Task ListAsync_ward_secretary_sees_only_her_wards_items()
    {
        // Arrange
        var bacSon = await WardIdAsync("BS");
        var secretary = Service(Roles.WardSecretary, bacSon);
        var committee = Service(Roles.CityCommittee);

        // Act
        var own = await AllAsync(secretary);
        var sameWardAsCommittee = await AllAsync(committee, new DeadlineQuery(WardId: bacSon));

        // Assert
        own.ShouldNotBeEmpty();
        own.ShouldAllBe(r => r.Ward == "Bắc Sơn");
        own.ShouldBe(sameWardAsCommittee);
        (await AllAsync(committee)).Select(r => r.Ward).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task ListAsync_ward_secretary_filtering_another_ward_gets_nothing()
    {
        // Arrange
        var bacSon = await WardIdAsync("BS");
        var quangTrung = await WardIdAsync("QT");
        (await AllAsync(Service(Roles.CityCommittee), new DeadlineQuery(WardId: quangTrung))).ShouldNotBeEmpty();

        // Act
        var page = await Service(Roles.WardSecretary, bacSon).ListAsync(new DeadlineQuery(WardId: quangTrung));

        // Assert
        page.Total.ShouldBe(0);
        page.Rows.ShouldBeEmpty();
        page.Overdue.ShouldBe(0);
        page.DueSoon.ShouldBe(0);
    }

    [Theory]
    [InlineData(Roles.WardSecretary)]
    [InlineData("Unknown")]
    public async Task ListAsync_user_without_a_readable_ward_gets_nothing(string role)
    {
        // Act
        var page = await Service(role).ListAsync(new DeadlineQuery());

        // Assert
        page.Total.ShouldBe(0);
        page.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task ListAsync_default_order_is_by_due_date_overdue_first()
    {
        // Act
        var rows = await AllAsync(Service(Roles.Viewer));

        // Assert
        rows.Select(r => r.DueOn).ShouldBeInOrder(SortDirection.Ascending);
        rows.First().State.ShouldBe(DeadlineState.Overdue);
        rows.Last().State.ShouldBe(DeadlineState.DueSoon);
    }

    [Fact]
    public async Task ListAsync_sorted_by_name_and_ward_use_vietnamese_order_both_ways()
    {
        // Arrange
        var service = Service(Roles.Administrator);

        // Act
        var byName = await AllAsync(service, new DeadlineQuery(Sort: DeadlineSort.Name));
        var byNameDescending = await AllAsync(service, new DeadlineQuery(Sort: DeadlineSort.Name, Descending: true));
        var byWard = await AllAsync(service, new DeadlineQuery(Sort: DeadlineSort.Ward));
        var byDueDescending = await AllAsync(service, new DeadlineQuery(Descending: true));

        // Assert
        byName.Select(r => r.FullName).ShouldBe(byName.Select(r => r.FullName).Order(VietnameseOrder.Names));
        byNameDescending.Select(r => r.FullName).ShouldBe(byName.Select(r => r.FullName).OrderDescending(VietnameseOrder.Names));
        byWard.Select(r => r.Ward).ShouldBe(byWard.Select(r => r.Ward).Order(VietnameseOrder.Names));
        byDueDescending.Select(r => r.DueOn).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task ListAsync_kind_and_state_filters_keep_only_matching_items()
    {
        // Arrange
        var service = Service(Roles.CityCommittee);
        var all = await AllAsync(service);
        var kind = all.GroupBy(r => r.Kind).OrderByDescending(g => g.Count()).First().Key;

        // Act
        var ofKind = await AllAsync(service, new DeadlineQuery(Kind: kind));
        var overdue = await AllAsync(service, new DeadlineQuery(State: DeadlineState.Overdue));
        var dueSoon = await service.ListAsync(new DeadlineQuery(State: DeadlineState.DueSoon));
        var pending = await service.ListAsync(new DeadlineQuery(State: DeadlineState.Pending));

        // Assert
        ofKind.ShouldBe(all.Where(r => r.Kind == kind));
        overdue.ShouldBe(all.Where(r => r.State == DeadlineState.Overdue));
        dueSoon.Total.ShouldBe(all.Count(r => r.State == DeadlineState.DueSoon));
        dueSoon.Overdue.ShouldBe(overdue.Count, "the counts ignore the state filter");
        pending.Total.ShouldBe(0);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1000, DeadlineQuery.MaxPageSize)]
    [InlineData(-5, 1)]
    public async Task ListAsync_page_size_is_bounded(int asked, int expected)
    {
        // Arrange: a year on, with no step recorded since, every open document has lapsed
        var clock = new FakeTimeProvider(SqliteTestDatabase.Now.AddDays(400));

        // Act
        var page = await Service(Roles.CityCommittee, clock: clock).ListAsync(new DeadlineQuery(PageSize: asked));

        // Assert
        page.Total.ShouldBeGreaterThan(DeadlineQuery.MaxPageSize, "the demo must have enough items to test the bound");
        page.Rows.Count.ShouldBe(expected);
    }

    [Fact]
    public async Task ListAsync_pages_do_not_overlap_and_cover_every_item()
    {
        // Arrange
        var service = Service(Roles.CityCommittee);

        // Act
        var first = await service.ListAsync(new DeadlineQuery(Page: 0, PageSize: 10));
        var second = await service.ListAsync(new DeadlineQuery(Page: 1, PageSize: 10));
        var all = await AllAsync(service);

        // Assert
        all.Take(20).ShouldBe(first.Rows.Concat(second.Rows));
        all.Count.ShouldBe(first.Total);
        all.Distinct().Count().ShouldBe(all.Count);
    }

    /// <summary>
    /// The database narrows the candidates before the rules run; whatever it narrows must not lose an item.
    /// Today, and later days with the same data (the app runs for months after the demo is seeded).
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(45)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(400)]
    public async Task ListAsync_items_are_exactly_the_rules_due_and_overdue_items(int daysLater)
    {
        // Arrange
        var clock = new FakeTimeProvider(SqliteTestDatabase.Now.AddDays(daysLater));
        var today = VietnamTime.Today(clock);
        await using var db = demo.Database.CreateContext();
        var settings = await RulesStore.LoadSettingsAsync(db);
        var calendar = await RulesStore.LoadCalendarAsync(db);
        var candidates = await db.Candidates.AsNoTracking().Include(c => c.Ward).Include(c => c.Cell).ToListAsync();
        var expected = candidates
            .SelectMany(c => Deadlines.For(c, today, settings, calendar)
                .Where(d => d.State != DeadlineState.Pending)
                .Select(d => new DeadlineRow(c.Id, c.FullName, c.Ward!.Name, c.Cell!.Name, c.Stage, d.Kind, d.DueOn, d.DaysLeft, d.WorkingDaysLeft, d.State)))
            .OrderBy(r => r.CandidateId).ThenBy(r => r.Kind)
            .ToList();

        // Act
        var rows = await AllAsync(Service(Roles.Administrator, clock: clock));

        // Assert
        expected.ShouldNotBeEmpty();
        rows.OrderBy(r => r.CandidateId).ThenBy(r => r.Kind).ShouldBe(expected);
    }

    [Fact]
    public async Task ListAsync_sample_states_and_days_left_match_the_rules()
    {
        // Arrange
        var rows = await AllAsync(Service(Roles.Viewer));
        var sample = rows.Where((_, i) => i % 7 == 0).Take(15).ToList();
        await using var db = demo.Database.CreateContext();
        var settings = await RulesStore.LoadSettingsAsync(db);
        var calendar = await RulesStore.LoadCalendarAsync(db);
        var today = new DateOnly(2026, 11, 24);

        foreach (var row in sample)
        {
            // Act
            var candidate = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == row.CandidateId);
            var deadline = Deadlines.For(candidate, today, settings, calendar).Single(d => d.Kind == row.Kind);

            // Assert
            row.State.ShouldBe(deadline.State);
            row.DueOn.ShouldBe(deadline.DueOn);
            row.DaysLeft.ShouldBe(deadline.DueOn.DayNumber - today.DayNumber);
            row.WorkingDaysLeft.ShouldBe(calendar.WorkingDaysBetween(today, deadline.DueOn));
            row.State.ShouldBe(row.DaysLeft < 0 ? DeadlineState.Overdue : DeadlineState.DueSoon);
            row.Stage.ShouldBe(candidate.Stage);
        }
    }
}
