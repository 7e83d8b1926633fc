using Microsoft.AspNetCore.Identity;

namespace UongBi.Recruitment.Data.Identity;

/// <summary>
/// An account. Accounts are created by an administrator (no self-registration); a ward secretary is bound
/// to exactly one ward. The role lives in Identity's role tables, one role per account.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public string? FullName { get; set; }

    /// <summary>The ward of a ward secretary; null for every other role.</summary>
    public int? WardId { get; set; }

    /// <summary>A disabled account cannot sign in and loses its open sessions at the next revalidation.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set by an administrator's reset: the one-time password must be changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
