using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Access;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("con mèo vàng ngủ trưa")]
    [InlineData("UongBi-Demo-2024")]
    [InlineData("ba con cá bơi trong ao sen")]
    [InlineData("correct horse battery staple")]
    public void Check_long_uncommon_passphrase_is_accepted(string password) =>
        PasswordPolicyValidator.Check(password).ShouldBeEmpty();

    [Fact]
    public void Check_64_and_128_characters_are_accepted_129_refused()
    {
        PasswordPolicyValidator.Check(new string('x', 31) + new string('y', 33)).ShouldBeEmpty();
        PasswordPolicyValidator.Check(string.Concat(Enumerable.Repeat("mây trắng bay ", 10))[..128]).ShouldBeEmpty();
        PasswordPolicyValidator.Check(new string('z', 60) + new string('w', 69)).ShouldBe(["PasswordTooLong"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("11 chars ok")]
    public void Check_under_12_characters_is_refused(string password) =>
        PasswordPolicyValidator.Check(password).ShouldBe(["PasswordTooShort"]);

    [Fact]
    public void Check_counts_characters_not_utf16_units_or_decomposed_marks()
    {
        // 12 Vietnamese letters typed in decomposed form are still 12 characters.
        var decomposed = "ẳẳẳẳẳẳẳẳẳẳẳẳ".Normalize(System.Text.NormalizationForm.FormD);
        PasswordPolicyValidator.Check(decomposed).ShouldNotContain("PasswordTooShort");
    }

    [Theory]
    [InlineData("unbelievable")]
    [InlineData("UNBELIEVABLE")]
    [InlineData("masterbating")]
    public void Check_common_password_is_refused(string password) =>
        PasswordPolicyValidator.Check(password).ShouldContain("PasswordCommon");

    [Theory]
    [InlineData("UongBi2024!!!")]
    [InlineData("dangcongsanvietnam")]
    [InlineData("Đảng Cộng sản Việt Nam")]
    [InlineData("Bắc Sơn 123456789")]
    [InlineData("quangninh-uongbi")]
    [InlineData("123456789012")]
    public void Check_local_words_or_no_letters_are_refused(string password) =>
        PasswordPolicyValidator.Check(password).ShouldContain("PasswordLocalWords");

    [Fact]
    public void Check_password_containing_the_email_name_is_refused() =>
        PasswordPolicyValidator.Check("bacson.secretary.2024", "bacson.secretary@uongbi.local").ShouldContain("PasswordContainsEmail");

    [Fact]
    public void Common_list_holds_at_least_3000_passwords() =>
        PasswordPolicyValidator.CommonCount.ShouldBeGreaterThanOrEqualTo(3000);
}
