using System.Net;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>Limits that need an app of their own: a low login rate, production headers, the session clock.</summary>
public sealed class SessionLimitTests
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Burst_of_sign_in_posts_from_one_address_gets_429()
    {
        // Arrange
        await using var factory = new LowRateFactory();
        var client = factory.Client();

        // Act
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.PostLoginAsync("viewer@uongbi.local", $"guess {i}")).StatusCode);
        }

        // Assert: the first 3 are answered, the rest refused before any password is checked
        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        (await client.GetAsync(U("/Account/Login"))).StatusCode.ShouldBe(HttpStatusCode.OK, "only the form post is limited");
    }

    [Fact]
    public async Task Outside_development_https_answers_carry_hsts_for_a_year()
    {
        await using var factory = new ProductionFactory();
        var client = factory.Client("uongbi.example.vn");

        var response = await client.GetAsync(U("/Account/Login"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        hsts.ShouldContain("max-age=31536000");
    }

    [Fact]
    public async Task Outside_development_there_is_no_demo_account()
    {
        await using var factory = new ProductionFactory();

        var response = await factory.Client().PostLoginAsync("admin@uongbi.local", HttpSignIn.DemoPassword);

        (await response.TextAsync()).ShouldContain("Email hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task Session_idle_for_31_minutes_ends()
    {
        await using var factory = new AppFactory();
        var client = await factory.SignedInClientAsync("viewer@uongbi.local");

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.GetAsync(U("/"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Session_used_all_day_ends_after_12_hours_from_sign_in()
    {
        // Arrange
        await using var factory = new AppFactory();
        var client = await factory.SignedInClientAsync("viewer@uongbi.local");

        // Act: a request every 20 minutes keeps the idle limit away
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            (await client.GetAsync(U("/reports"))).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {elapsed}");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(40));
        var late = await client.GetAsync(U("/reports"));

        // Assert
        late.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        late.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    private sealed class LowRateFactory : AppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Auth:LoginPostsPerMinute"] = "3" };
    }

    private sealed class ProductionFactory : AppFactory
    {
        protected override string Environment => "Production";

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Database:SeedDemoData"] = "false" };
    }
}
