using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Identity;
using UongBi.Recruitment.Domain.Access;

namespace UongBi.Recruitment.Web.Features.Accounts;

/// <summary>Roles in every installation; demo accounts only with the demo data (Development).</summary>
public sealed class AccountSeeder(
    RoleManager<IdentityRole> roles, UserManager<AppUser> users, IDbContextFactory<AppDbContext> factory, TimeProvider clock)
{
    public const string DefaultDemoPassword = "UongBi-Demo-2024";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>The README's demo accounts; missing ones are created, existing ones left alone.</summary>
    public async Task EnsureDemoAccountsAsync(string password)
    {
        await using var db = await factory.CreateDbContextAsync();
        var wardIds = await db.Wards.Where(w => w.Code == "BS" || w.Code == "QT").ToDictionaryAsync(w => w.Code, w => w.Id);
        (string Email, string Name, string Role, int? Ward)[] demo =
        [
            ("admin@uongbi.local", "Quản trị hệ thống", Roles.Administrator, null),
            ("thanhuy@uongbi.local", "Ban Tổ chức Thành ủy", Roles.CityCommittee, null),
            ("bacson@uongbi.local", "Bí thư Đảng ủy phường Bắc Sơn", Roles.WardSecretary, wardIds.GetValueOrDefault("BS")),
            ("quangtrung@uongbi.local", "Bí thư Đảng ủy phường Quang Trung", Roles.WardSecretary, wardIds.GetValueOrDefault("QT")),
            ("viewer@uongbi.local", "Cán bộ kiểm tra", Roles.Viewer, null),
        ];
        foreach (var (email, name, role, ward) in demo)
        {
            if (await users.FindByEmailAsync(email) is not null || (role == Roles.WardSecretary && ward is null or 0))
            {
                continue;
            }

            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, WardId = ward, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email} was refused: {string.Join(", ", created.Errors.Select(e => e.Code))}");
            }

            await users.AddToRoleAsync(user, role);
        }
    }

    /// <summary>
    /// <c>create-admin --email</c>: the first administrator of an installation, with a one-time password
    /// that must be changed at the first sign-in.
    /// </summary>
    public async Task<(bool Created, string Message)> CreateAdministratorAsync(string email)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (false, $"An account with the email {email} already exists; nothing was changed.");
        }

        var password = OneTimePassword.Create();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, MustChangePassword = true, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (false, $"The account was refused: {string.Join(", ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        return (true, $"Administrator {email} created. One-time password (shown once, change it at first sign-in): {password}");
    }
}
