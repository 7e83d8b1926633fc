namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>What the shell shows in one language (texts from Resources/SharedResource*.resx).</summary>
public sealed record UiLanguage(
    string Culture,
    string HtmlLang,
    string TestId,
    string Name,
    string Dashboard,
    string Candidates,
    string Targets,
    string Batches,
    string Reports,
    string Administration,
    string NotFoundTitle)
{
    public static readonly UiLanguage Vietnamese = new(
        Culture: "vi-VN",
        HtmlLang: "vi",
        TestId: "lang-vi",
        Name: "Tiếng Việt",
        Dashboard: "Tổng quan",
        Candidates: "Quần chúng ưu tú",
        Targets: "Chỉ tiêu",
        Batches: "Đợt kết nạp",
        Reports: "Báo cáo",
        Administration: "Quản trị",
        NotFoundTitle: "Không tìm thấy trang");

    public static readonly UiLanguage English = new(
        Culture: "en-GB",
        HtmlLang: "en",
        TestId: "lang-en",
        Name: "English",
        Dashboard: "Dashboard",
        Candidates: "Candidates",
        Targets: "Targets",
        Batches: "Admission batches",
        Reports: "Reports",
        Administration: "Administration",
        NotFoundTitle: "Page not found");

    /// <summary>The drawer's links, top to bottom.</summary>
    public IReadOnlyList<string> NavLabels => [Dashboard, Candidates, Targets, Batches, Reports, Administration];

    public static UiLanguage FromCode(string htmlLang) =>
        htmlLang == Vietnamese.HtmlLang ? Vietnamese : English;

    public override string ToString() => HtmlLang;
}

/// <summary>A page reachable from the drawer, with its h1 in each language.</summary>
public sealed record NavPage(string Path, string ScreenshotName, string HeadingVi, string HeadingEn)
{
    public static readonly IReadOnlyList<NavPage> All =
    [
        new("/", "dashboard", "Tổng quan", "Dashboard"),
        new("/candidates", "candidates", "Quần chúng ưu tú", "Candidates"),
        new("/targets", "targets", "Chỉ tiêu kết nạp đảng viên", "Admission targets"),
        new("/batches", "batches", "Đợt kết nạp", "Admission batches"),
        new("/reports", "reports", "Báo cáo", "Reports"),
        new("/admin", "admin", "Quản trị", "Administration"),
    ];

    public string Heading(UiLanguage language) => language.HtmlLang == "vi" ? HeadingVi : HeadingEn;
}
