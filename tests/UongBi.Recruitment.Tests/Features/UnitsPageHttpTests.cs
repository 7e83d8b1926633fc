using System.Net;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>/admin/units over HTTP on the real app: administrators and the city committee only.</summary>
public sealed class UnitsPageHttpTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly Uri Page = new("/admin/units", UriKind.Relative);

    [Theory]
    [InlineData("admin@uongbi.local")]
    [InlineData("thanhuy@uongbi.local")]
    public async Task UnitsPage_administrator_and_city_committee_get_the_page(string email)
    {
        // Arrange
        var client = await factory.SignedInClientAsync(email);

        // Act
        var response = await client.GetAsync(Page);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("Đơn vị và chi bộ");
    }

    [Theory]
    [InlineData("viewer@uongbi.local")]
    [InlineData("bacson@uongbi.local")]
    public async Task UnitsPage_other_roles_are_sent_to_access_denied(string email)
    {
        // Arrange
        var client = await factory.SignedInClientAsync(email);

        // Act
        var response = await client.GetAsync(Page);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    [Fact]
    public async Task UnitsPage_anonymous_is_sent_to_sign_in()
    {
        // Act
        var response = await factory.Client().GetAsync(Page);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }
}
