namespace UongBi.Recruitment.Web.Infrastructure.Auth;

/// <summary>Configuration section "Auth".</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>How often open circuits re-check their account (a disabled user is out within this).</summary>
    public int RevalidationSeconds { get; set; } = 60;

    /// <summary>Idle limit of a session, sliding.</summary>
    public int IdleMinutes { get; set; } = 30;

    /// <summary>Absolute limit of a session from sign-in.</summary>
    public int AbsoluteHours { get; set; } = 12;

    /// <summary>Failed sign-ins before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in form posts allowed per client address per minute (more answer 429).</summary>
    public int LoginPostsPerMinute { get; set; } = 10;

    /// <summary>PBKDF2 (HMAC-SHA512) iterations for password hashes; ASVS asks at least 210,000.</summary>
    public int PasswordHashIterations { get; set; } = 220_000;
}
