using UongBi.Recruitment.Web.Infrastructure.Excel;

namespace UongBi.Recruitment.Tests.Infrastructure;

public class SpreadsheetSafetyTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+84 912 345 678", "'+84 912 345 678")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=cmd", "'\t=cmd")]
    [InlineData("\r=cmd", "'\r=cmd")]
    [InlineData("\0x", "'\0x")]
    [InlineData("Nguyễn Thị Thanh Mai", "Nguyễn Thị Thanh Mai")]
    [InlineData("Khu 5 =", "Khu 5 =")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_a_leading_formula_character_gets_a_quote_prefix(string? value, string expected) =>
        SpreadsheetSafety.Text(value).ShouldBe(expected);

    [Fact]
    public void AttachmentHeader_gives_an_ascii_fallback_and_the_exact_utf8_name()
    {
        var header = SpreadsheetSafety.AttachmentHeader("báo-cáo-tiến-độ-2024-09-02.xlsx");

        header.ShouldBe("attachment; filename=\"bao-cao-tien-do-2024-09-02.xlsx\"; filename*=UTF-8''b%C3%A1o-c%C3%A1o-ti%E1%BA%BFn-%C4%91%E1%BB%99-2024-09-02.xlsx");
    }

    [Fact]
    public void AttachmentHeader_never_lets_quotes_or_separators_through_the_fallback()
    {
        var header = SpreadsheetSafety.AttachmentHeader("a\"b;c\\d\r\n.xlsx");

        header.ShouldStartWith("attachment; filename=\"a_b_c_d__.xlsx\";");
    }
}
