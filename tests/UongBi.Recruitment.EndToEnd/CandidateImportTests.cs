using System.Globalization;
using System.Text;
using ExcelDataReader;
using Microsoft.Playwright;
using SpreadCheetah;
using SpreadCheetah.Styling;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>
/// Issue 7: the Bắc Sơn secretary downloads the import template, fills three candidates into a workbook made from
/// its headers and allowed values, sees them previewed as valid, imports them and finds them in the list; a file
/// with row errors is previewed with its errors and cannot be imported; a file that is not a workbook is refused.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CandidateImportTests(AppFixture app)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task CandidateImport_TemplateFilledWithThreeCandidates_PreviewsValidAndImportsThem()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.BacSon);
        var page = session.Page;
        await session.GotoAsync("/candidates");
        await session.WaitForInteractiveAsync();
        await page.GetByTestId("candidate-import").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/candidates/import$"));
        await Expect(session.Heading).ToHaveTextAsync("Nhập quần chúng từ Excel");
        await session.WaitForInteractiveAsync();

        // The template, as the browser downloads it.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("import-template").ClickAsync());
        download.SuggestedFilename.ShouldBe("mau-nhap-quan-chung.xlsx");
        var templatePath = Path.Combine(Path.GetTempPath(), $"import-template-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(templatePath);
        var (headers, ward, cells) = ReadTemplate(templatePath);
        File.Delete(templatePath);
        headers.ShouldContain("Họ và tên");
        headers.ShouldContain("Số CCCD");
        ward.ShouldBe("Bắc Sơn");
        cells.Count.ShouldBeGreaterThan(2);

        // Three new people; citizen IDs unique to this run (the app's database is shared by the test collection).
        var stamp = (DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond % 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);
        string[] names = ["Nhập Excel Thị An", "Nhập Excel Văn Bình", "Nhập Excel Thị Cúc"];
        var rows = names.Select((name, i) => new Dictionary<string, object>
        {
            ["Họ và tên"] = name,
            ["Ngày sinh"] = new DateTime(1998 + i, 4, 12),
            ["Giới tính"] = i == 1 ? "Nam" : "Nữ",
            ["Số CCCD"] = $"03{i}1{stamp}",
            ["Điện thoại"] = $"091234500{i}",
            ["Địa chỉ"] = $"Tổ {i + 1}, Khu 5",
            ["Giáo dục phổ thông"] = "Trung học phổ thông",
            ["Đoàn viên"] = "Có",
            ["Phường, xã"] = ward,
            ["Chi bộ"] = cells[i],
            ["Đối tượng"] = "Đoàn viên thanh niên",
            ["Ngày vào nguồn"] = new DateTime(2025, 3, 1),
            ["Ghi chú"] = "=1+1",
        }).ToList();
        var filled = await WorkbookAsync(headers, rows);

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "ba-quan-chung.xlsx", MimeType = XlsxType, Buffer = filled });

        await Expect(page.GetByTestId("import-summary")).ToHaveTextAsync("3 dòng: 3 hợp lệ, 0 có lỗi, 0 cảnh báo.");
        await Expect(page.GetByTestId("import-row-number")).ToHaveTextAsync(["2", "3", "4"]);
        await Expect(page.GetByTestId("import-commit")).ToBeEnabledAsync();
        await session.ScreenshotAsync("candidate-import-preview", UiLanguage.Vietnamese);

        await page.GetByTestId("import-commit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/candidates$"));
        var list = new CandidatesList(page);
        await list.Search.FillAsync("nhap excel");
        await Expect(list.NameLinks).ToHaveCountAsync(3);
        foreach (var name in names)
        {
            await Expect(list.NameLinks.Filter(new() { HasText = name })).ToHaveCountAsync(1);
        }

        await session.ShouldShowNoErrorUiAsync();
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task CandidateImport_RowErrorsAndABadFile_AreShownAndNothingCanBeImported()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.BacSon);
        var page = session.Page;
        await session.GotoAsync("/candidates/import");
        await session.WaitForInteractiveAsync();

        string[] headers =
        [
            "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Số CCCD", "Điện thoại", "Địa chỉ", "Khu dân cư", "Giáo dục phổ thông",
            "Chuyên môn, nghiệp vụ", "Nghề nghiệp", "Nơi làm việc", "Đoàn viên", "Chức vụ Đoàn", "Phường, xã", "Chi bộ", "Đối tượng", "Ngày vào nguồn", "Ghi chú",
        ];
        Dictionary<string, object> Row(string name, string id, string ward) => new()
        {
            ["Họ và tên"] = name,
            ["Ngày sinh"] = new DateTime(2000, 1, 2),
            ["Giới tính"] = "Nữ",
            ["Số CCCD"] = id,
            ["Giáo dục phổ thông"] = "Trung học phổ thông",
            ["Phường, xã"] = ward,
            ["Chi bộ"] = "Chi bộ Khu 5",
            ["Đối tượng"] = "Khác",
            ["Ngày vào nguồn"] = new DateTime(2025, 3, 1),
        };
        var workbook = await WorkbookAsync(headers, [Row("Lỗi Thị Một", "12345", "Bắc Sơn"), Row("Lỗi Thị Hai", "034712340002", "Quang Trung"), Row("Đúng Thị Ba", "034712340003", "Bắc Sơn")]);

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "co-loi.xlsx", MimeType = XlsxType, Buffer = workbook });

        await Expect(page.GetByTestId("import-summary")).ToHaveTextAsync("3 dòng: 1 hợp lệ, 2 có lỗi, 0 cảnh báo.");
        await Expect(page.GetByTestId("import-row-issues").First).ToHaveTextAsync("Lỗi · Số CCCD: Số CCCD gồm đúng 12 chữ số.");
        await Expect(page.GetByTestId("import-row-issues").Nth(1)).ToHaveTextAsync("Lỗi · Phường, xã: Bạn không được nhập hồ sơ cho phường, xã này.");
        await Expect(page.GetByTestId("import-commit")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("import-errors-download")).ToBeVisibleAsync();
        await session.ScreenshotAsync("candidate-import-errors", UiLanguage.Vietnamese);

        var errors = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("import-errors-download").ClickAsync());
        errors.SuggestedFilename.ShouldBe("loi-nhap-quan-chung.xlsx");

        // A picture renamed .xlsx: a message, no preview.
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = "anh.xlsx", MimeType = XlsxType, Buffer = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0],
        });
        await Expect(page.GetByTestId("import-problem")).ToHaveTextAsync("Tệp không phải là bảng tính Excel .xlsx. Không hồ sơ nào được nhập.");
        await Expect(page.GetByTestId("import-preview")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("candidate-import-bad-file", UiLanguage.Vietnamese);

        // The same file in English: headers were matched in Vietnamese, messages come in the user's language.
        await session.UseLanguageAsync(UiLanguage.English, "/candidates/import");
        await session.WaitForInteractiveAsync();
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "co-loi.xlsx", MimeType = XlsxType, Buffer = workbook });
        await Expect(page.GetByTestId("import-summary")).ToHaveTextAsync("3 rows: 1 valid, 2 with errors, 0 warnings.");
        await Expect(page.GetByTestId("import-row-issues").First).ToHaveTextAsync("Error · Citizen ID: A citizen ID has exactly 12 digits.");
        await Expect(page.GetByTestId("import-commit")).ToBeDisabledAsync();
        await session.ScreenshotAsync("candidate-import-errors", UiLanguage.English);

        await session.ShouldShowNoErrorUiAsync();
        session.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task CandidateImport_OnAPhone_PreviewWithErrorsFitsTheScreen()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.BacSon, AppFixture.Phone);
        var page = session.Page;
        await session.GotoAsync("/candidates/import");
        await session.WaitForInteractiveAsync();
        var workbook = await WorkbookAsync(["Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Số CCCD", "Điện thoại", "Địa chỉ", "Khu dân cư", "Giáo dục phổ thông",
            "Chuyên môn, nghiệp vụ", "Nghề nghiệp", "Nơi làm việc", "Đoàn viên", "Chức vụ Đoàn", "Phường, xã", "Chi bộ", "Đối tượng", "Ngày vào nguồn", "Ghi chú"],
            [new() { ["Họ và tên"] = "Lỗi Thị Điện Thoại", ["Số CCCD"] = "1", ["Phường, xã"] = "Bắc Sơn" }]);

        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "co-loi.xlsx", MimeType = XlsxType, Buffer = workbook });

        await Expect(page.GetByTestId("import-summary")).ToHaveTextAsync("1 dòng: 0 hợp lệ, 1 có lỗi, 0 cảnh báo.");
        await Expect(page.GetByTestId("import-commit")).ToBeDisabledAsync();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(AppFixture.Phone.Width);
        await session.ScreenshotAsync("candidate-import-errors-phone", UiLanguage.Vietnamese);
        await session.ShouldShowNoErrorUiAsync();
    }

    private static (List<string> Headers, string Ward, List<string> Cells) ReadTemplate(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        reader.Read().ShouldBeTrue();
        var headers = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString() ?? "").Where(h => h.Length > 0).ToList();
        reader.NextResult().ShouldBeTrue();

        // The instructions sheet: column C lists the wards the user may use, column D their cells.
        reader.Read().ShouldBeTrue();
        string? ward = null;
        var cells = new List<string>();
        while (reader.Read())
        {
            ward ??= reader.GetValue(2)?.ToString();
            if (reader.GetValue(3)?.ToString() is { Length: > 0 } cell)
            {
                cells.Add(cell);
            }
        }

        return (headers, ward ?? "", cells);
    }

    private static async Task<byte[]> WorkbookAsync(IReadOnlyList<string> headers, IEnumerable<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream))
        {
            var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
            await spreadsheet.StartWorksheetAsync("Quần chúng");
            await spreadsheet.AddRowAsync([.. headers.Select(h => new Cell(h))]);
            foreach (var row in rows)
            {
                await spreadsheet.AddRowAsync([.. headers.Select(h => row.GetValueOrDefault(h) switch
                {
                    DateTime d => new Cell(d, date),
                    string s => new Cell(s),
                    _ => new Cell(""),
                })]);
            }

            await spreadsheet.FinishAsync();
        }

        return stream.ToArray();
    }
}
