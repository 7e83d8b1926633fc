using System.IO.Compression;
using System.Net;
using System.Text;
using ExcelDataReader;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates.Import;

namespace UongBi.Recruitment.Tests.Features.Import;

/// <summary><c>GET /import/candidates-template.xlsx</c> and <c>/import/errors/{token}</c> over HTTP with the real sign-in.</summary>
public sealed class CandidateImportHttpTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string TemplatePath = "/import/candidates-template.xlsx";

    [Fact]
    public async Task Template_for_the_Bac_Son_secretary_has_frozen_headers_date_columns_and_her_allowed_values()
    {
        using var client = await factory.SignedInClientAsync("bacson@uongbi.local");
        using var response = await client.GetAsync(new Uri(TemplatePath, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.ToString().ShouldContain("filename*=UTF-8''mau-nhap-quan-chung.xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // The sheet XML itself: header row frozen, both date columns formatted dd/mm/yyyy.
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            var sheet = await new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEndAsync();
            sheet.ShouldContain("ySplit=\"1\"");

            // Drop-down lists read the allowed values from the instructions sheet, its name quoted as Excel requires.
            sheet.ShouldContain("sqref=\"P2:P5001\"><formula1>&apos;Hướng dẫn&apos;!C2:C2</formula1>");
            var styles = await new StreamReader(zip.GetEntry("xl/styles.xml")!.Open()).ReadToEndAsync();
            styles.ShouldContain("formatCode=\"dd/mm/yyyy\"");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        reader.Name.ShouldBe("Quần chúng");
        reader.Read().ShouldBeTrue();
        Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ShouldBe(ImportWorkbooks.Headers());
        reader.Read().ShouldBeFalse("the data sheet has only its headers");
        reader.NextResult().ShouldBeTrue();
        reader.Name.ShouldBe("Hướng dẫn");
        var wards = new List<string>();
        var values = new StringBuilder();
        while (reader.Read())
        {
            if (reader.GetValue(2) is string ward)
            {
                wards.Add(ward);
            }

            values.AppendJoin('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i))).AppendLine();
        }

        wards.ShouldBe(["Phường, xã", "Bắc Sơn"], "a ward secretary is offered her own ward only");
        values.ToString().ShouldContain("Chi bộ Khu 5");
        values.ToString().ShouldNotContain("Quang Trung");
        values.ToString().ShouldContain("Trung học phổ thông");
        values.ToString().ShouldContain("Đoàn viên thanh niên");
    }

    [Fact]
    public async Task Template_is_refused_to_a_viewer()
    {
        using var client = await factory.SignedInClientAsync("viewer@uongbi.local");
        using var response = await client.GetAsync(new Uri(TemplatePath, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Error_workbook_is_served_only_to_the_account_that_made_it()
    {
        var downloads = (ImportDownloads)factory.Services.GetService(typeof(ImportDownloads))!;
        var token = downloads.Add("not-bacson", "loi.xlsx", [1, 2, 3]);
        using var client = await factory.SignedInClientAsync("bacson@uongbi.local");

        using var response = await client.GetAsync(new Uri($"/import/errors/{token}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
