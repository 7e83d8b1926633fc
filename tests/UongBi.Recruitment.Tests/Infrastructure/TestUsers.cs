using System.Globalization;
using System.Security.Claims;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Infrastructure;

/// <summary>Signed-in users for service and component tests, shaped like the app's own sign-in.</summary>
public static class TestUsers
{
    public static ClaimsPrincipal Principal(string role, int? wardId = null, string name = "tester@uongbi.local")
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, $"id-{name}"),
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role),
        };
        if (wardId is { } ward)
        {
            claims.Add(new Claim(AppClaims.Ward, ward.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    public static CurrentUser Current(string role, int? wardId = null, string name = "tester@uongbi.local")
    {
        var user = new CurrentUser();
        user.Set(Principal(role, wardId, name));
        return user;
    }
}
