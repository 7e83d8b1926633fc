using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Web;

public sealed class HttpTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private HttpClient Client() => factory.Client();

    // Blazor's prerenderer writes non-ASCII text as character references (its encoder is not configurable).
    private static async Task<string> TextOf(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private async Task<string> GetTextAsync(string path) =>
        await TextOf(await (await factory.SignedInClientAsync("viewer@uongbi.local")).GetAsync(new Uri(path, UriKind.Relative)));

    [Fact]
    public async Task Health_database_reachable_returns_200()
    {
        var response = await Client().GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Home_without_culture_cookie_renders_vietnamese()
    {
        var html = await GetTextAsync("/");

        html.ShouldContain("<html lang=\"vi\"");
        html.ShouldContain("Tổng quan");
        html.ShouldContain("Quần chúng ưu tú");
    }

    [Fact]
    public async Task Home_with_english_cookie_renders_english()
    {
        // Arrange
        var client = await factory.SignedInClientAsync("viewer@uongbi.local");
        await client.GetAsync(new Uri("/culture?name=en-GB&returnUrl=%2F", UriKind.Relative));

        // Act
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await TextOf(response);

        // Assert
        html.ShouldContain("<html lang=\"en\"");
        html.ShouldContain("Dashboard");
        html.ShouldContain("Admission batches");
    }

    [Fact]
    public async Task Home_ignores_browser_language_and_stays_vietnamese()
    {
        var client = await factory.SignedInClientAsync("viewer@uongbi.local");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "en-US,en;q=0.9");

        var html = await TextOf(await client.SendAsync(request));

        html.ShouldContain("<html lang=\"vi\"");
    }

    [Fact]
    public async Task Culture_switch_sets_cookie_for_a_year_and_returns_to_the_page()
    {
        var response = await Client().GetAsync(new Uri("/culture?name=en-GB&returnUrl=%2Ftargets", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/targets");
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        cookie.ShouldStartWith(".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("")]
    public async Task Culture_switch_foreign_return_address_goes_home(string returnUrl)
    {
        var response = await Client().GetAsync(new Uri($"/culture?name=en-GB&returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Culture_switch_unknown_culture_falls_back_to_vietnamese()
    {
        var response = await Client().GetAsync(new Uri("/culture?name=xx-YY&returnUrl=%2F", UriKind.Relative));

        response.Headers.GetValues("Set-Cookie").Single().ShouldStartWith(".AspNetCore.Culture=c%3Dvi-VN");
    }

    [Fact]
    public async Task Unknown_page_signed_in_returns_404_with_friendly_page()
    {
        var client = await factory.SignedInClientAsync("viewer@uongbi.local");

        var response = await client.GetAsync(new Uri("/khong-co-trang-nay", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{response.Headers.Location}");
        (await TextOf(response)).ShouldContain("Không tìm thấy trang");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/candidates")]
    [InlineData("/deadlines")]
    [InlineData("/targets")]
    [InlineData("/batches")]
    [InlineData("/reports")]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    public async Task Shell_pages_render_ok_for_an_administrator(string path)
    {
        var client = await factory.SignedInClientAsync("admin@uongbi.local");

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TextOf(response)).ShouldContain("Phát triển đảng viên");
    }

    [Fact]
    public async Task Static_fonts_are_served_by_the_app()
    {
        var css = await Client().GetStringAsync(new Uri("/fonts/fonts.css", UriKind.Relative));
        var font = await Client().GetAsync(new Uri("/fonts/roboto/roboto-vietnamese-400-normal.woff2", UriKind.Relative));

        css.ShouldContain("roboto-vietnamese-400-normal.woff2");
        font.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Server_error_shows_error_page_without_exception_details()
    {
        // Arrange: the database fails with a message that must never reach the browser
        await using var failing = new FailingDatabaseFactory();
        var client = await failing.SignedInClientAsync("viewer@uongbi.local");
        failing.Fail = true;

        // Act
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await TextOf(response);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        html.ShouldContain("Đã xảy ra lỗi");
        html.ShouldNotContain(FailingDatabaseFactory.Secret);
        html.ShouldNotContain("InvalidOperationException");
        html.ShouldNotContain(" at UongBi.");
    }

    private sealed class FailingDatabaseFactory : AppFactory
    {
        public const string Secret = "canary-secret-connection-detail";

        /// <summary>Set once the app has started (start-up needs the database).</summary>
        public bool Fail { get; set; }

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            var real = services.Single(d => d.ServiceType == typeof(IDbContextFactory<AppDbContext>));
            services.Remove(real);
            services.AddScoped<IDbContextFactory<AppDbContext>>(sp =>
                new Failing(this, (IDbContextFactory<AppDbContext>)(real.ImplementationFactory is { } create
                    ? create(sp)
                    : ActivatorUtilities.CreateInstance(sp, real.ImplementationType!))));
        }

        private sealed class Failing(FailingDatabaseFactory owner, IDbContextFactory<AppDbContext> inner) : IDbContextFactory<AppDbContext>
        {
            public AppDbContext CreateDbContext() =>
                owner.Fail ? throw new InvalidOperationException(Secret) : inner.CreateDbContext();
        }
    }
}
