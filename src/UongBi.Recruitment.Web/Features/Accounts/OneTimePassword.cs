using System.Security.Cryptography;

namespace UongBi.Recruitment.Web.Features.Accounts;

/// <summary>
/// Passwords an administrator hands over once: 4 groups of 4 characters from an alphabet without look-alikes
/// (no 0/O, 1/l/I), about 80 bits of randomness. The account must change it at the first sign-in.
/// </summary>
public static class OneTimePassword
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string Create()
    {
        string password;
        do
        {
            password = Draw();
        }
        while (Infrastructure.Auth.PasswordPolicyValidator.Check(password).Count > 0);

        return password;
    }

    private static string Draw()
    {
        Span<char> chars = stackalloc char[19];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 5 == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
