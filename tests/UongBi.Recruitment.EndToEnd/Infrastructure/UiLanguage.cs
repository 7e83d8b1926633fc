namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>What the shell shows in one language (texts from Resources/SharedResource*.resx).</summary>
public sealed record UiLanguage(
    string Culture,
    string HtmlLang,
    string TestId,
    string Name,
    string Dashboard,
    string Candidates,
    string Deadlines,
    string Targets,
    string Batches,
    string Reports,
    string Units,
    string Accounts,
    string Administration,
    string NotFoundTitle,
    string SignInTitle,
    string SignInButton,
    string SignInFailed)
{
    public static readonly UiLanguage Vietnamese = new(
        Culture: "vi-VN",
        HtmlLang: "vi",
        TestId: "lang-vi",
        Name: "Tiếng Việt",
        Dashboard: "Tổng quan",
        Candidates: "Quần chúng ưu tú",
        Deadlines: "Thời hạn",
        Targets: "Chỉ tiêu",
        Batches: "Đợt kết nạp",
        Reports: "Báo cáo",
        Units: "Đơn vị, chi bộ",
        Accounts: "Tài khoản",
        Administration: "Quản trị",
        NotFoundTitle: "Không tìm thấy trang",
        SignInTitle: "Đăng nhập",
        SignInButton: "Đăng nhập",
        SignInFailed: "Email hoặc mật khẩu không đúng.");

    public static readonly UiLanguage English = new(
        Culture: "en-GB",
        HtmlLang: "en",
        TestId: "lang-en",
        Name: "English",
        Dashboard: "Dashboard",
        Candidates: "Candidates",
        Deadlines: "Deadlines",
        Targets: "Targets",
        Batches: "Admission batches",
        Reports: "Reports",
        Units: "Units and cells",
        Accounts: "Accounts",
        Administration: "Administration",
        NotFoundTitle: "Page not found",
        SignInTitle: "Sign in",
        SignInButton: "Sign in",
        SignInFailed: "The email or password is not correct.");

    /// <summary>The drawer's links, top to bottom, for every role except the administrator.</summary>
    public IReadOnlyList<string> NavLabels => [Dashboard, Candidates, Deadlines, Targets, Batches, Reports];

    /// <summary>The drawer's links for the city committee, which also manages units and cells.</summary>
    public IReadOnlyList<string> CommitteeNavLabels => [.. NavLabels, Units];

    /// <summary>The drawer's links, top to bottom, for an administrator (adds Accounts and Administration).</summary>
    public IReadOnlyList<string> AdminNavLabels => [.. NavLabels, Units, Accounts, Administration];

    public static UiLanguage FromCode(string htmlLang) =>
        htmlLang == Vietnamese.HtmlLang ? Vietnamese : English;

    public override string ToString() => HtmlLang;
}

/// <summary>A page reachable from the administrator's drawer, with its h1 in each language.</summary>
public sealed record NavPage(string Path, string ScreenshotName, string HeadingVi, string HeadingEn)
{
    public static readonly IReadOnlyList<NavPage> All =
    [
        new("/", "dashboard", "Tổng quan", "Dashboard"),
        new("/candidates", "candidates", "Quần chúng ưu tú", "Candidates"),
        new("/deadlines", "deadlines", "Thời hạn", "Deadlines"),
        new("/targets", "targets", "Chỉ tiêu kết nạp đảng viên", "Admission targets"),
        new("/batches", "batches", "Đợt kết nạp", "Admission batches"),
        new("/reports", "reports", "Báo cáo", "Reports"),
        new("/admin/units", "admin-units", "Đơn vị và chi bộ", "Units and cells"),
        new("/admin/users", "admin-users", "Tài khoản người dùng", "User accounts"),
        new("/admin", "admin", "Quản trị", "Administration"),
    ];

    public string Heading(UiLanguage language) => language.HtmlLang == "vi" ? HeadingVi : HeadingEn;
}
