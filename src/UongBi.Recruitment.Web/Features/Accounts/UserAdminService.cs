using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Identity;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Web.Features.Accounts;

public sealed record AccountRow(
    string Id, string Email, string? FullName, string Role, int? WardId, string? WardName,
    bool IsDisabled, bool IsLockedOut, bool MustChangePassword, DateTimeOffset? LastSignInAt);

public sealed record AccountForm
{
    public string Email { get; set; } = "";
    public string? FullName { get; set; }
    public string Role { get; set; } = Roles.Viewer;
    public int? WardId { get; set; }
}

/// <summary>What an account operation did: an error code (localised by the page) or a one-time password.</summary>
public sealed record AccountResult(bool Succeeded, string? Error = null, string? OneTimePassword = null)
{
    public static AccountResult Ok(string? password = null) => new(true, null, password);

    public static AccountResult Fail(string error) => new(false, error);
}

/// <summary>
/// Account administration (administrators only). Each operation runs in its own service scope, so the
/// Identity stores get a fresh context; the acting administrator is carried into it for the audit rows.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, CurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync()
    {
        user.Demand(Operation.Administer);
        await using var scope = NewScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var rows = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId into urs
            from ur in urs.DefaultIfEmpty()
            join r in db.Roles on ur.RoleId equals r.Id into rs
            from r in rs.DefaultIfEmpty()
            join w in db.Wards on u.WardId equals w.Id into ws
            from w in ws.DefaultIfEmpty()
            select new { u.Id, u.Email, u.FullName, Role = r.Name, u.WardId, WardName = w.Name, u.IsDisabled, u.LockoutEnd, u.MustChangePassword, u.LastSignInAt })
            .ToListAsync();
        return [.. rows
            .Select(x => new AccountRow(x.Id, x.Email ?? "", x.FullName, x.Role ?? "", x.WardId, x.WardName, x.IsDisabled, x.LockoutEnd > now, x.MustChangePassword, x.LastSignInAt))
            .OrderBy(x => Array.IndexOf(Roles.All, x.Role)).ThenBy(x => x.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<AccountResult> CreateAsync(AccountForm form)
    {
        user.Demand(Operation.Administer);
        await using var scope = NewScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var validation = await new AccountFormValidator().ValidateAsync(form);
        if (!validation.IsValid)
        {
            return AccountResult.Fail(validation.Errors[0].ErrorMessage);
        }

        if (await CheckFormAsync(scope, form) is { } error)
        {
            return AccountResult.Fail(error);
        }

        if (await users.FindByEmailAsync(form.Email.Trim()) is not null)
        {
            return AccountResult.Fail("EmailTaken");
        }

        var password = OneTimePassword.Create();
        var account = new AppUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            EmailConfirmed = true,
            FullName = string.IsNullOrWhiteSpace(form.FullName) ? null : Domain.Text.VietnameseText.Normalize(form.FullName),
            WardId = form.Role == Roles.WardSecretary ? form.WardId : null,
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return AccountResult.Fail(created.Errors.First().Code);
        }

        await users.AddToRoleAsync(account, form.Role);
        return AccountResult.Ok(password);
    }

    public async Task<AccountResult> ChangeRoleAsync(string id, string role, int? wardId)
    {
        user.Demand(Operation.Administer);
        await using var scope = NewScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = await users.FindByIdAsync(id);
        if (account is null)
        {
            return AccountResult.Fail("NotFound");
        }

        if (await CheckFormAsync(scope, new AccountForm { Email = account.Email ?? "", Role = role, WardId = wardId }) is { } error)
        {
            return AccountResult.Fail(error);
        }

        var current = (await users.GetRolesAsync(account)).FirstOrDefault();
        if (current == Roles.Administrator && role != Roles.Administrator && await IsLastActiveAdministratorAsync(users, account))
        {
            return AccountResult.Fail("LastAdministrator");
        }

        if (current is not null && current != role)
        {
            await users.RemoveFromRoleAsync(account, current);
        }

        if (current != role)
        {
            await users.AddToRoleAsync(account, role);
        }

        account.WardId = role == Roles.WardSecretary ? wardId : null;
        await users.UpdateAsync(account);

        // New claims take effect at once: open sessions of the account must sign in again.
        await users.UpdateSecurityStampAsync(account);
        return AccountResult.Ok();
    }

    public Task<AccountResult> SetDisabledAsync(string id, bool disabled) =>
        WithAccountAsync(id, async (users, account) =>
        {
            if (disabled && await users.IsInRoleAsync(account, Roles.Administrator) && await IsLastActiveAdministratorAsync(users, account))
            {
                return AccountResult.Fail("LastAdministrator");
            }

            account.IsDisabled = disabled;
            await users.UpdateAsync(account);
            if (disabled)
            {
                // Ends every open session: HTTP requests at once, open pages at the next revalidation.
                await users.UpdateSecurityStampAsync(account);
            }

            return AccountResult.Ok();
        });

    public Task<AccountResult> UnlockAsync(string id) =>
        WithAccountAsync(id, async (users, account) =>
        {
            await users.SetLockoutEndDateAsync(account, null);
            await users.ResetAccessFailedCountAsync(account);
            return AccountResult.Ok();
        });

    /// <summary>A new one-time password, shown once; the account must change it at the next sign-in.</summary>
    public Task<AccountResult> ResetPasswordAsync(string id) =>
        WithAccountAsync(id, async (users, account) =>
        {
            var password = OneTimePassword.Create();
            var token = await users.GeneratePasswordResetTokenAsync(account);
            var reset = await users.ResetPasswordAsync(account, token, password);
            if (!reset.Succeeded)
            {
                return AccountResult.Fail(reset.Errors.First().Code);
            }

            account.MustChangePassword = true;
            await users.UpdateAsync(account);
            await users.SetLockoutEndDateAsync(account, null);
            return AccountResult.Ok(password);
        });

    /// <summary>Runs an administrator's operation on one account in a fresh scope; "NotFound" when there is none.</summary>
    private async Task<AccountResult> WithAccountAsync(string id, Func<UserManager<AppUser>, AppUser, Task<AccountResult>> operation)
    {
        user.Demand(Operation.Administer);
        await using var scope = NewScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByIdAsync(id) is { } account ? await operation(users, account) : AccountResult.Fail("NotFound");
    }

    private AsyncServiceScope NewScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user.Principal);
        return scope;
    }

    private static async Task<string?> CheckFormAsync(AsyncServiceScope scope, AccountForm form)
    {
        if (!Roles.All.Contains(form.Role))
        {
            return "RoleInvalid";
        }

        if (form.Role == Roles.WardSecretary)
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (form.WardId is not { } ward || !await db.Wards.AnyAsync(w => w.Id == ward && w.ValidTo == null))
            {
                return "WardRequired";
            }
        }

        return null;
    }

    private static async Task<bool> IsLastActiveAdministratorAsync(UserManager<AppUser> users, AppUser account)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Administrator);
        return !admins.Any(a => a.Id != account.Id && !a.IsDisabled);
    }
}
