using System.Text;
using ExcelDataReader;
using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>
/// The downloads as a user gets them: the progress report from the Reports page and the candidate list from the
/// grid's button, each opened with an independent reader.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ExportTests(AppFixture app)
{
    [Fact]
    public async Task Export_CityCommittee_DownloadsTheProgressReportAndTheCandidateList()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.CityCommittee, AppFixture.Laptop);
        var page = session.Page;
        await session.GotoAsync("/reports");
        await session.WaitForInteractiveAsync();
        await Expect(session.Heading).ToHaveTextAsync("Báo cáo");
        await page.GetByTestId("report-year").ChooseAsync("2024");
        await page.GetByTestId("report-asof").EnterAsync("02/09/2024");
        await Expect(page.GetByTestId("report-download")).ToHaveAttributeAsync("href", "export/progress.xlsx?year=2024&asOf=2024-09-02");
        await session.ScreenshotAsync("reports-1366", UiLanguage.Vietnamese);

        var report = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-download").ClickAsync());
        report.SuggestedFilename.ShouldBe("bao-cao-tien-do-2024-09-02.xlsx");
        var sheets = Read(await report.PathAsync());
        sheets.Count.ShouldBe(4);
        var summary = sheets[0];
        summary[0][0].ShouldBe("ĐẢNG BỘ THÀNH PHỐ UÔNG BÍ");
        var bacSon = summary.Single(r => r.Length > 5 && r[1] as string == "Bắc Sơn");
        bacSon[2].ShouldBe(15d);
        bacSon[4].ShouldBe(15d);
        bacSon[5].ShouldBe(1d);

        // The grid's button exports what the grid shows: here Bắc Sơn, sorted by name.
        await session.GotoAsync("/candidates");
        await session.WaitForInteractiveAsync();
        var list = new CandidatesList(page);
        await list.FilterByWardAsync("Bắc Sơn");
        var total = await list.TotalAsync();
        var firstName = await list.NameLinks.First.InnerTextAsync();
        await session.ScreenshotAsync("candidates-export-button", UiLanguage.Vietnamese);
        var listFile = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("candidates-export").ClickAsync());
        listFile.SuggestedFilename.ShouldStartWith("danh-sach-quan-chung-");
        var rows = Read(await listFile.PathAsync())[0];
        rows[0][0].ShouldBe("Họ và tên");
        rows.Count.ShouldBe(total + 1, "every row, not one page");
        rows.Skip(1).ShouldAllBe(r => r[1] as string == "Bắc Sơn");
        ((string)rows[1][0]!).ShouldStartWith(firstName.Trim());

        // The page in English at the same size: the headings of the next download follow the language.
        await session.UseLanguageAsync(UiLanguage.English, "/reports");
        await session.WaitForInteractiveAsync();
        await Expect(session.Heading).ToHaveTextAsync("Reports");
        await Expect(page.GetByTestId("report-download")).ToHaveTextAsync("Download the progress report");
        await session.ScreenshotAsync("reports-1366", UiLanguage.English);
        var english = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-download").ClickAsync());
        Read(await english.PathAsync())[0][0][0].ShouldBe("UONG BI CITY PARTY COMMITTEE");

        await session.ShouldShowNoErrorUiAsync();
        session.ConsoleErrors.ShouldBeEmpty();
    }

    private static List<List<object?[]>> Read(string path)
    {
        // ExcelDataReader asks for code page 1252 even for xlsx.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var sheets = new List<List<object?[]>>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetValue(i);
                }

                rows.Add(row);
            }

            sheets.Add(rows);
        }
        while (reader.NextResult());
        return sheets;
    }
}
