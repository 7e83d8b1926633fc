using System.Globalization;
using System.Security.Claims;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Access;

namespace UongBi.Recruitment.Web.Infrastructure.Auth;

/// <summary>
/// The signed-in user of this request or circuit, as the server knows it. Set from the authentication
/// cookie (HTTP requests: <see cref="CurrentUserMiddleware"/>; circuits: <see cref="UserCircuitHandler"/>);
/// nothing the browser sends can change it. Anonymous until set, so a service reached without a user
/// refuses everything.
/// </summary>
public sealed class CurrentUser : IAuditUser
{
    private ClaimsPrincipal _principal = new(new ClaimsIdentity());
    private bool _fromRequest;

    public ClaimsPrincipal Principal => _principal;

    public UserScope Scope { get; private set; } = UserScope.Anonymous;

    /// <summary>
    /// The account's user name for audit rows and stamps (never personal data of candidates); "system" for work
    /// the application does by itself (migrations, seeding), "anonymous" for a request without a user.
    /// </summary>
    public string? Name => Scope.UserName ?? (_fromRequest ? "anonymous" : "system");

    /// <summary>Throws <see cref="AccessDeniedException"/> unless the policy allows the operation.</summary>
    public void Demand(Operation operation, int? wardId = null)
    {
        if (!Scope.Allows(operation, wardId))
        {
            throw new AccessDeniedException(operation);
        }
    }

    public void Set(ClaimsPrincipal principal)
    {
        _principal = principal;
        _fromRequest = true;
        Scope = ScopeOf(principal);
    }

    public static UserScope ScopeOf(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return UserScope.Anonymous;
        }

        var ward = principal.FindFirstValue(AppClaims.Ward);
        return new UserScope(
            principal.FindFirstValue(ClaimTypes.NameIdentifier),
            principal.FindFirstValue(ClaimTypes.Name),
            principal.FindFirstValue(ClaimTypes.Role),
            int.TryParse(ward, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null);
    }
}

/// <summary>Claim types the app adds to the account's identity.</summary>
public static class AppClaims
{
    public const string Ward = "uongbi:ward";
    public const string FullName = "uongbi:name";
    public const string MustChangePassword = "uongbi:must_change_password";

    /// <summary>When the user signed in (Unix seconds): the 12-hour absolute limit counts from it.</summary>
    public const string AuthTime = "uongbi:auth_time";
}

/// <summary>Copies the request's user into <see cref="CurrentUser"/> for services used during the request.</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.Set(context.User);
        return next(context);
    }
}

/// <summary>An operation the user's role does not allow (the UI never offers it; reaching it is a bug or an attack).</summary>
public sealed class AccessDeniedException(Operation operation)
    : InvalidOperationException($"The operation {operation} is not allowed for this account.")
{
    public Operation Operation { get; } = operation;
}
