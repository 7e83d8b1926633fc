namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>
/// The accounts the demo data creates in Development (Features/Accounts/AccountSeeder.cs), all with one password.
/// Lockout comes after 5 wrong passwords: across the suite each account gets at most one wrong attempt.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "UongBi-Demo-2024";

    /// <summary>Administrator: every page, including Accounts and Administration.</summary>
    public const string Admin = "admin@uongbi.local";

    /// <summary>City committee (Ban Tổ chức Thành ủy): every ward, read and write.</summary>
    public const string CityCommittee = "thanhuy@uongbi.local";

    /// <summary>Ward secretary of Bắc Sơn: only Bắc Sơn's candidates.</summary>
    public const string BacSon = "bacson@uongbi.local";

    /// <summary>Ward secretary of Quang Trung: only Quang Trung's candidates.</summary>
    public const string QuangTrung = "quangtrung@uongbi.local";

    /// <summary>Viewer (Cán bộ kiểm tra): reads everything, changes nothing.</summary>
    public const string Viewer = "viewer@uongbi.local";
}
