using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Data.Identity;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Accounts;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>QUALITY.md security bars over HTTP, on the real app (WebApplicationFactory).</summary>
public sealed class SecurityHttpTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Theory]
    [InlineData("/")]
    [InlineData("/candidates")]
    [InlineData("/candidates/1")]
    [InlineData("/deadlines")]
    [InlineData("/targets")]
    [InlineData("/admin/users")]
    [InlineData("/Account/ChangePassword")]
    public async Task Anonymous_request_for_a_page_redirects_to_sign_in(string path)
    {
        var response = await factory.Client().GetAsync(U(path));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
        response.Headers.Location.Query.ShouldContain("returnUrl=" + Uri.EscapeDataString(path));
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/app.css")]
    [InlineData("/fonts/fonts.css")]
    public async Task Anonymous_request_for_sign_in_health_and_static_files_is_served(string path)
    {
        var response = await factory.Client().GetAsync(U(path));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_are_not_cached()
    {
        var client = await factory.SignedInClientAsync("viewer@uongbi.local");

        var response = await client.GetAsync(U("/candidates"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self';");
        csp.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Sign_in_sets_host_prefixed_secure_httponly_samesite_cookie_and_audits()
    {
        // Act
        var response = await factory.Client().PostLoginAsync("thanhuy@uongbi.local", HttpSignIn.DemoPassword);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthSetup.CookieName + "=", StringComparison.Ordinal));
        cookie.ShouldContain("secure", Case.Insensitive);
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        cookie.ShouldContain("path=/", Case.Insensitive);
        cookie.ShouldNotContain("domain=", Case.Insensitive);
        cookie.ShouldNotContain("expires=", Case.Insensitive); // a session cookie: gone when the browser closes
        await using var db = await DbAsync();
        (await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SignIn && a.User == "thanhuy@uongbi.local")).ShouldBeTrue();
    }

    [Fact]
    public async Task Sign_in_post_without_antiforgery_token_is_refused_with_400()
    {
        var client = factory.Client();

        var response = await client.PostLoginAsync("viewer@uongbi.local", HttpSignIn.DemoPassword, withToken: false);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.TryGetValues("Set-Cookie", out var cookies).ShouldBe(cookies?.Any(c => c.StartsWith(AuthSetup.CookieName, StringComparison.Ordinal)) == true);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith(AuthSetup.CookieName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_wrong_password_gives_generic_message_and_is_audited()
    {
        var email = await NewAccountAsync(Roles.Viewer);

        var response = await factory.Client().PostLoginAsync(email, "not the right password");
        var unknown = await factory.Client().PostLoginAsync("nobody@uongbi.local", "not the right password");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("Email hoặc mật khẩu không đúng.");
        (await unknown.TextAsync()).ShouldContain("Email hoặc mật khẩu không đúng.");
        await using var db = await DbAsync();
        (await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SignInFailed && a.User == email)).ShouldBeTrue();
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_for_the_right_password()
    {
        // Arrange
        var email = await NewAccountAsync(Roles.Viewer);
        var client = factory.Client();
        for (var i = 0; i < 5; i++)
        {
            await client.PostLoginAsync(email, $"wrong password number {i}");
        }

        // Act
        var response = await client.PostLoginAsync(email, HttpSignIn.DemoPassword);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain("Tài khoản tạm khóa");
        await using var db = await DbAsync();
        (await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.LockedOut && a.User == email)).ShouldBeTrue();
    }

    [Fact]
    public async Task Sign_out_invalidates_every_copy_of_the_session_cookie()
    {
        // Arrange: a signed-in session and a stolen copy of its cookie
        var email = await NewAccountAsync(Roles.Viewer);
        var client = await factory.SignedInClientAsync(email);
        var login = await factory.Client().PostLoginAsync(email, HttpSignIn.DemoPassword);
        var stolen = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthSetup.CookieName, StringComparison.Ordinal)).Split(';')[0];

        // Act: the user signs out (in another session of the same account)
        var logout = await client.PostFormAsync("/Account/Logout", "logout");

        // Assert
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var replay = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", stolen);
        var response = await replay.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Administration_pages_refuse_other_roles()
    {
        foreach (var email in new[] { "viewer@uongbi.local", "thanhuy@uongbi.local", "bacson@uongbi.local" })
        {
            var client = await factory.SignedInClientAsync(email);

            var response = await client.GetAsync(U("/admin/users"));

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, email);
            response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied", email);
        }
    }

    [Fact]
    public async Task Disabled_account_loses_its_session_at_the_next_request_and_cannot_sign_in()
    {
        // Arrange
        var email = await NewAccountAsync(Roles.Viewer);
        var client = await factory.SignedInClientAsync(email);
        (await client.GetAsync(U("/"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        await AsAdministratorAsync(async admin =>
        {
            var id = (await factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
            (await admin.SetDisabledAsync(id, true)).Succeeded.ShouldBeTrue();
        });

        // Assert
        var next = await client.GetAsync(U("/"));
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.AbsolutePath.ShouldBe("/Account/Login");
        (await (await factory.Client().PostLoginAsync(email, HttpSignIn.DemoPassword)).TextAsync()).ShouldContain("Email hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task Reset_password_forces_a_change_before_any_page()
    {
        // Arrange: an administrator resets the password and hands over the one-time password
        var email = await NewAccountAsync(Roles.Viewer);
        string oneTime = "";
        await AsAdministratorAsync(async admin =>
        {
            var id = (await factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
            var reset = await admin.ResetPasswordAsync(id);
            reset.Succeeded.ShouldBeTrue();
            oneTime = reset.OneTimePassword!;
        });

        // Act
        var client = factory.Client();
        var login = await client.PostLoginAsync(email, oneTime);
        var page = await client.GetAsync(U("/candidates"));

        // Assert
        login.Headers.Location!.OriginalString.ShouldEndWith("/Account/ChangePassword");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldBe("/Account/ChangePassword");

        var weak = await client.PostFormAsync("/Account/ChangePassword", "change-password", new()
        {
            ["Input.Current"] = oneTime,
            ["Input.New"] = "dangcongsan2024",
            ["Input.Confirm"] = "dangcongsan2024",
        });
        (await weak.TextAsync()).ShouldContain("Mật khẩu chỉ gồm tên địa phương");

        var changed = await client.PostFormAsync("/Account/ChangePassword", "change-password", new()
        {
            ["Input.Current"] = oneTime,
            ["Input.New"] = "đồi chè xanh mướt sau mưa",
            ["Input.Confirm"] = "đồi chè xanh mướt sau mưa",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync(U("/candidates"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Account_changes_are_audited_without_password_hashes()
    {
        var email = await NewAccountAsync(Roles.Viewer);

        await using var db = await DbAsync();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var rows = await db.AuditEntries.Where(a => a.EntityType == nameof(AppUser) && a.EntityKey == id).ToListAsync();

        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => !r.Changes.Contains("AQAAAA", StringComparison.Ordinal)); // Identity V3 hashes start so in base64
        rows.ShouldContain(r => r.Changes.Contains("\"PasswordHash\":\"(changed)\"", StringComparison.Ordinal));
        rows.ShouldContain(r => r.User == "admin@uongbi.local");
    }

    [Fact]
    public async Task Passwords_are_hashed_with_pbkdf2_sha512_at_least_220000_iterations()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new AppUser(), "một câu mật khẩu dài"));

        hash[0].ShouldBe((byte)0x01); // Identity V3 format
        var prf = (hash[1] << 24) | (hash[2] << 16) | (hash[3] << 8) | hash[4];
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
        prf.ShouldBe(2); // KeyDerivationPrf.HMACSHA512
        iterations.ShouldBeGreaterThanOrEqualTo(220_000);
    }

    [Fact]
    public async Task Last_active_administrator_cannot_be_disabled_or_demoted()
    {
        await AsAdministratorAsync(async admin =>
        {
            var rows = await admin.ListAsync();
            var admins = rows.Where(r => r.Role == Roles.Administrator && !r.IsDisabled).ToList();
            admins.Count.ShouldBe(1);

            (await admin.SetDisabledAsync(admins[0].Id, true)).Error.ShouldBe("LastAdministrator");
            (await admin.ChangeRoleAsync(admins[0].Id, Roles.Viewer, null)).Error.ShouldBe("LastAdministrator");
        });
    }

    [Theory]
    [InlineData("not-an-email", Roles.Viewer, null, "EmailInvalid")]
    [InlineData("secretary@uongbi.local", Roles.WardSecretary, null, "WardRequired")]
    [InlineData("secretary@uongbi.local", Roles.WardSecretary, 999_999, "WardRequired")]
    [InlineData("someone@uongbi.local", "Superuser", null, "RoleInvalid")]
    [InlineData("admin@uongbi.local", Roles.Viewer, null, "EmailTaken")]
    public async Task Create_account_bad_input_is_refused_and_changes_nothing(string email, string role, int? ward, string error)
    {
        await AsAdministratorAsync(async admin =>
        {
            var before = (await admin.ListAsync()).Count;

            var result = await admin.CreateAsync(new AccountForm { Email = email, Role = role, WardId = ward });

            result.Succeeded.ShouldBeFalse();
            result.Error.ShouldBe(error);
            (await admin.ListAsync()).Count.ShouldBe(before);
        });
    }

    private async Task<AppDbContext> DbAsync()
    {
        var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
    }

    private async Task AsAdministratorAsync(Func<UserAdminService, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Principal(Roles.Administrator, name: "admin@uongbi.local"));
        await action(scope.ServiceProvider.GetRequiredService<UserAdminService>());
    }

    /// <summary>A fresh account with the demo password, so tests that lock or disable do not touch shared ones.</summary>
    private async Task<string> NewAccountAsync(string role)
    {
        var email = $"t{Guid.NewGuid():N}@uongbi.local"[..24] + "@uongbi.local";
        email = email[..email.IndexOf('@', StringComparison.Ordinal)] + "@uongbi.local";
        await AsAdministratorAsync(async admin => (await admin.CreateAsync(new AccountForm { Email = email, Role = role })).Succeeded.ShouldBeTrue());
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, HttpSignIn.DemoPassword);
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        return email;
    }
}
