using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using UongBi.Recruitment.Data.Identity;

namespace UongBi.Recruitment.Web.Infrastructure.Auth;

/// <summary>Adds the ward, display name and forced-password-change flag to the signed-in identity.</summary>
internal sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.WardId is { } ward)
        {
            identity.AddClaim(new Claim(AppClaims.Ward, ward.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrEmpty(user.FullName))
        {
            identity.AddClaim(new Claim(AppClaims.FullName, user.FullName));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AppClaims.MustChangePassword, "1"));
        }

        return identity;
    }
}
