using Microsoft.Extensions.Time.Testing;
using UongBi.Recruitment.Web.Features.Candidates.Import;

namespace UongBi.Recruitment.Tests.Features.Import;

public class ImportDownloadsTests
{
    [Fact]
    public void Add_a_second_workbook_of_the_same_account_replaces_the_first()
    {
        var downloads = new ImportDownloads(new FakeTimeProvider(DateTimeOffset.UnixEpoch));

        var first = downloads.Add("user-a", "loi.xlsx", [1]);
        var second = downloads.Add("user-a", "loi.xlsx", [2]);
        var other = downloads.Add("user-b", "loi.xlsx", [3]);

        downloads.Take(first, "user-a").ShouldBeNull();
        downloads.Take(second, "user-a").ShouldNotBeNull().Content.ShouldBe([(byte)2]);
        downloads.Take(other, "user-b").ShouldNotBeNull();
    }

    [Fact]
    public void Take_is_refused_to_another_account_and_after_fifteen_minutes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var downloads = new ImportDownloads(clock);
        var token = downloads.Add("user-a", "loi.xlsx", [1]);

        downloads.Take(token, "user-b").ShouldBeNull();
        downloads.Take(token, null).ShouldBeNull();
        clock.Advance(TimeSpan.FromMinutes(16));
        downloads.Take(token, "user-a").ShouldBeNull();
    }
}
