using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Identity;

namespace UongBi.Recruitment.Web.Infrastructure.Auth;

public static class AuthSetup
{
    public const string LoginPath = "/Account/Login";
    public const string CookieName = "__Host-UongBi.Auth";

    public static void AddRecruitmentAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();

        // Identity's EF stores need a context per request/scope; contexts still come from the factory.
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddScoped<CurrentUser>();
        services.AddScoped<Data.Auditing.IAuditUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<SecurityAudit>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;

                // No composition rules (ASVS 6.2.5): length and the blocklist are in PasswordPolicyValidator.
                options.Password.RequiredLength = PasswordPolicyValidator.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = auth.MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(auth.LockoutMinutes);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddPasswordValidator<PasswordPolicyValidator>();

        services.Configure<PasswordHasherOptions>(options =>
        {
            options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            options.IterationCount = auth.PasswordHashIterations;
        });

        // Every request re-checks the security stamp, so signing out (which renews it) kills every copy of the
        // cookie at once; circuits are re-checked by RevalidatingAuthenticationStateProvider.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(AppClaims.AuthTime) is { } authTime)
                {
                    context.NewPrincipal?.Identities.First().AddClaim(authTime);
                }

                return Task.CompletedTask;
            };
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(auth.IdleMinutes);
            options.SlidingExpiration = true;
            options.LoginPath = LoginPath;
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ReturnUrlParameter = "returnUrl";
            // Programs calling the API get a status code, not the sign-in page's HTML.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            options.Events.OnValidatePrincipal = async context =>
            {
                if (IsPastAbsoluteLimit(context.Principal, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>(), auth))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administer, policy => policy.RequireRole(Domain.Access.Roles.Administrator));

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, UserCircuitHandler>();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLoginPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.LoginPostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
        });
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    internal static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    public static void UseRecruitmentAuth(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseMiddleware<ForcedPasswordChange>();
    }

    internal static bool IsLoginPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase);

    internal static bool IsPastAbsoluteLimit(ClaimsPrincipal? principal, TimeProvider clock, AuthOptions options)
    {
        var value = principal?.FindFirstValue(AppClaims.AuthTime);
        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            // A session without a sign-in time was not issued by this app's sign-in: refuse it.
            return principal?.Identity?.IsAuthenticated == true;
        }

        return clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromHours(options.AbsoluteHours);
    }
}

public static class Policies
{
    public const string Administer = "Administer";
}

/// <summary>After an administrator's reset, every page leads to the change-password form until it is done.</summary>
internal sealed class ForcedPasswordChange(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(AppClaims.MustChangePassword, "1")
            && !path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/culture", StringComparison.OrdinalIgnoreCase)
            && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
        {
            context.Response.Redirect("/Account/ChangePassword");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
