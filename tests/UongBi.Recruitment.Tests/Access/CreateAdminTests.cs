using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data.Identity;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Accounts;
using UongBi.Recruitment.Web.Infrastructure;

namespace UongBi.Recruitment.Tests.Access;

public sealed class CreateAdminTests
{
    [Fact]
    public void Split_create_admin_takes_the_email_and_leaves_the_rest_to_the_host()
    {
        var (command, email, rest) = CommandLine.Split(["create-admin", "--email", "a@uongbi.vn", "--Database:Path=/data/x.db"]);

        command.ShouldBe("create-admin");
        email.ShouldBe("a@uongbi.vn");
        rest.ShouldBe(["--Database:Path=/data/x.db"]);
    }

    [Fact]
    public void Split_without_command_passes_every_argument_to_the_host()
    {
        var (command, email, rest) = CommandLine.Split(["--urls", "http://127.0.0.1:5000"]);

        command.ShouldBeNull();
        email.ShouldBeNull();
        rest.ShouldBe(["--urls", "http://127.0.0.1:5000"]);
    }

    [Fact]
    public async Task CreateAdministrator_first_run_creates_admin_with_one_time_password_once()
    {
        // Arrange: a production installation has no account at all
        await using var factory = new ProductionFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        users.Users.Count().ShouldBe(0);
        var seeder = scope.ServiceProvider.GetRequiredService<AccountSeeder>();

        // Act
        var (created, message) = await seeder.CreateAdministratorAsync("chanh.vp@uongbi.gov.vn");
        var (again, againMessage) = await seeder.CreateAdministratorAsync("chanh.vp@uongbi.gov.vn");

        // Assert
        created.ShouldBeTrue();
        var admin = (await users.FindByEmailAsync("chanh.vp@uongbi.gov.vn"))!;
        (await users.IsInRoleAsync(admin, Roles.Administrator)).ShouldBeTrue();
        admin.MustChangePassword.ShouldBeTrue();
        var password = message[(message.LastIndexOf(' ') + 1)..];
        (await users.CheckPasswordAsync(admin, password)).ShouldBeTrue();
        again.ShouldBeFalse();
        againMessage.ShouldContain("already exists");
        users.Users.Count().ShouldBe(1);
    }

    [Fact]
    public void OneTimePassword_passes_the_password_policy_and_differs_each_time()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => OneTimePassword.Create()).ToList();

        passwords.Distinct().Count().ShouldBe(50);
        passwords.ShouldAllBe(p => UongBi.Recruitment.Web.Infrastructure.Auth.PasswordPolicyValidator.Check(p, null, null).Count == 0);
    }

    private sealed class ProductionFactory : AppFactory
    {
        protected override string Environment => "Production";

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Database:SeedDemoData"] = "false" };
    }
}
