using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Infrastructure.Auth;
using UongBi.Recruitment.Web.Infrastructure.Excel;

namespace UongBi.Recruitment.Tests.Features;

/// <summary>
/// The Excel downloads over HTTP with the real sign-in, each file opened with independent readers: the figures
/// equal /api/progress, lists follow the grid and the user's scope, text never becomes a formula.
/// </summary>
public sealed class ExportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string City = "thanhuy@uongbi.local";
    private const string BacSonSecretary = "bacson@uongbi.local";

    // Summary sheet columns (zero-based): No., unit, target, scope, admitted, ratio, residential, six categories, awaiting, pipeline, forecast.
    private const int UnitColumn = 1;
    private const int TargetColumn = 2;
    private const int AdmittedColumn = 4;
    private const int RatioColumn = 5;
    private const int ResidentialColumn = 6;
    private const int AwaitingColumn = 13;
    private const int PipelineColumn = 14;
    private const int ForecastColumn = 15;

    private sealed record Download(HttpStatusCode Status, byte[] Bytes, HttpResponseMessage Response);

    private async Task<Download> GetAsync(string email, string path)
    {
        using var client = await factory.SignedInClientAsync(email);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return new Download(response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response);
    }

    private async Task<JsonElement> ApiAsync(string email, string query)
    {
        using var client = await factory.SignedInClientAsync(email);
        return JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/progress" + query, UriKind.Relative))).RootElement.Clone();
    }

    private async Task<int> WardIdAsync(string name)
    {
        await using var db = await DbAsync();
        return await db.Wards.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }

    private async Task<AppDbContext> DbAsync()
    {
        var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
    }

    [Fact]
    public async Task Export_progress_as_of_2_september_2024_equals_the_api_with_Bac_Son_15_of_15()
    {
        var api = await ApiAsync(City, "?year=2024&asOf=2024-09-02");
        var file = await GetAsync(City, "/export/progress.xlsx?year=2024&asOf=2024-09-02");

        file.Status.ShouldBe(HttpStatusCode.OK);
        file.Response.Content.Headers.ContentType!.MediaType.ShouldBe(ExcelWorkbook.ContentType);
        file.Response.Content.Headers.ContentDisposition!.ToString().ShouldContain("bao-cao-tien-do-2024-09-02.xlsx");
        file.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        XlsxFile.HasAnyFormula(file.Bytes).ShouldBeFalse();

        var sheets = XlsxFile.Read(file.Bytes);
        sheets.Count.ShouldBe(4);
        var summary = sheets[0];
        summary.Value(0, 0).ShouldBe("ĐẢNG BỘ THÀNH PHỐ UÔNG BÍ");
        summary.Rows[0].ShouldContain("ĐẢNG CỘNG SẢN VIỆT NAM");
        summary.Rows[1].ShouldContain("Uông Bí, ngày 02 tháng 09 năm 2024");
        summary.Value(3, 1).ShouldBe(new DateTime(2024, 9, 2));
        summary.Cell(3, 1)!.Format.ShouldBe("dd/MM/yyyy");
        var header = summary.FindRow(UnitColumn, "Đơn vị");
        summary.FrozenRows.ShouldBe(header + 1, "the table's header row stays in view");

        foreach (var ward in api.GetProperty("wards").EnumerateArray())
        {
            var row = summary.FindRow(UnitColumn, ward.GetProperty("wardName").GetString()!);
            row.ShouldBeGreaterThan(header);
            Number(summary.Value(row, TargetColumn)).ShouldBe(ward.GetProperty("target").ValueKind == JsonValueKind.Null ? null : ward.GetProperty("target").GetInt32());
            Number(summary.Value(row, AdmittedColumn)).ShouldBe(ward.GetProperty("admitted").GetInt32());
            Number(summary.Value(row, ResidentialColumn)).ShouldBe(ward.GetProperty("admittedResidential").GetInt32());
            Number(summary.Value(row, AwaitingColumn)).ShouldBe(ward.GetProperty("awaitingCeremony").GetInt32());
            Number(summary.Value(row, PipelineColumn)).ShouldBe(ward.GetProperty("inPipeline").GetInt32());
            Number(summary.Value(row, ForecastColumn)).ShouldBe(ward.GetProperty("forecast").GetInt32());
            if (ward.GetProperty("ratio").ValueKind == JsonValueKind.Number)
            {
                ((double)summary.Value(row, RatioColumn)!).ShouldBe((double)ward.GetProperty("ratio").GetDecimal(), 1e-9);
                summary.Cell(row, RatioColumn)!.Format.ShouldBe("0%");
            }
        }

        var bacSon = summary.FindRow(UnitColumn, "Bắc Sơn");
        summary.Value(bacSon, TargetColumn).ShouldBe(15d);
        summary.Value(bacSon, AdmittedColumn).ShouldBe(15d);
        summary.Value(bacSon, RatioColumn).ShouldBe(1d);
        summary.Cell(bacSon, AdmittedColumn)!.Type.ShouldBeNull("counts are numbers, not text");
    }

    [Fact]
    public async Task Export_progress_for_2024_prints_the_city_295_of_289_102_percent_with_the_exact_ratio()
    {
        var api = await ApiAsync(City, "?year=2024");
        var file = await GetAsync(City, "/export/progress.xlsx?year=2024");

        file.Status.ShouldBe(HttpStatusCode.OK);
        file.Response.Content.Headers.ContentDisposition!.ToString().ShouldContain("bao-cao-tien-do-2024-12-31.xlsx");
        var summary = XlsxFile.Read(file.Bytes)[0];
        var plan = summary.FindRow(UnitColumn, "Kế hoạch của thành phố");
        plan.ShouldBeGreaterThan(0);
        summary.Value(plan, TargetColumn).ShouldBe(289d);
        summary.Value(plan, AdmittedColumn).ShouldBe(295d);
        ((double)summary.Value(plan, RatioColumn)!).ShouldBe(295d / 289d, 1e-9, "Excel keeps the exact ratio; the format shows 102%");
        ((double)summary.Value(plan, RatioColumn)!).ShouldBe((double)api.GetProperty("city").GetProperty("ratio").GetDecimal(), 1e-9);
        summary.Cell(plan, RatioColumn)!.Format.ShouldBe("0%");
        var total = summary.FindRow(UnitColumn, "Cộng các đơn vị");
        summary.Value(total, TargetColumn).ShouldBe((double)api.GetProperty("city").GetProperty("sumOfWardTargets").GetInt32());
        summary.Value(total, AdmittedColumn).ShouldBe((double)api.GetProperty("city").GetProperty("sumOfWardAdmitted").GetInt32());

        // Sheet 2: the pipeline per ward; its total column equals the API's in-pipeline figure per ward... by stage 1–7.
        var pipeline = XlsxFile.Read(file.Bytes)[1];
        pipeline.FrozenRows.ShouldBe(1);
        foreach (var ward in api.GetProperty("wards").EnumerateArray())
        {
            var row = pipeline.FindRow(0, ward.GetProperty("wardName").GetString()!);
            var stages = ward.GetProperty("byStage").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32());
            Number(pipeline.Value(row, 8)).ShouldBe(stages);
        }
    }

    [Fact]
    public async Task Export_progress_is_recorded_in_the_audit_log_with_who_what_and_rows()
    {
        var file = await GetAsync(City, "/export/progress.xlsx?year=2024&asOf=2024-09-02");
        file.Status.ShouldBe(HttpStatusCode.OK);

        await using var db = await DbAsync();
        var entry = await db.AuditEntries.Where(a => a.Action == AuditAction.Export && a.EntityKey == "progress").OrderByDescending(a => a.Id).FirstAsync();
        entry.User.ShouldBe(City);
        entry.EntityType.ShouldBe("Export");
        using var changes = JsonDocument.Parse(entry.Changes);
        changes.RootElement.GetProperty("file").GetString().ShouldBe("bao-cao-tien-do-2024-09-02.xlsx");
        changes.RootElement.GetProperty("parameters").GetString().ShouldBe("year=2024&asOf=2024-09-02");
        var sheets = XlsxFile.Read(file.Bytes);
        changes.RootElement.GetProperty("rows").GetInt32().ShouldBe(sheets.Sum(s => s.Rows.Count) - (sheets[0].FindRow(UnitColumn, "Đơn vị") + 1) - 3, "data rows: every sheet minus its headings");
    }

    [Fact]
    public async Task Export_a_ward_secretary_gets_only_her_wards_candidates_in_both_files()
    {
        var candidates = XlsxFile.Read((await GetAsync(BacSonSecretary, "/export/candidates.xlsx")).Bytes)[0];
        var progress = XlsxFile.Read((await GetAsync(BacSonSecretary, "/export/progress.xlsx?year=2024")).Bytes);
        var deadlines = XlsxFile.Read((await GetAsync(BacSonSecretary, "/export/deadlines.xlsx")).Bytes)[0];

        candidates.Rows.Count.ShouldBeGreaterThan(1);
        candidates.Rows.Skip(1).ShouldAllBe(r => (string?)r[1] == "Bắc Sơn");
        var admitted = progress[3];
        admitted.Rows.Count.ShouldBeGreaterThan(1, "Bắc Sơn admitted people in 2024");
        admitted.Rows.Skip(1).ShouldAllBe(r => (string?)r[2] == "Bắc Sơn");
        progress[2].Rows.Skip(1).ShouldAllBe(r => (string?)r[1] == "Bắc Sơn");
        deadlines.Rows.Skip(1).ShouldAllBe(r => (string?)r[1] == "Bắc Sơn");

        // The city committee's list is wider: the scope, not the file, made the difference.
        var all = XlsxFile.Read((await GetAsync(City, "/export/candidates.xlsx")).Bytes)[0];
        all.Rows.Skip(1).Select(r => (string?)r[1]).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Export_candidates_follows_filters_sort_and_columns_and_reads_all_pages()
    {
        var bacSon = await WardIdAsync("Bắc Sơn");
        var file = await GetAsync(City, $"/export/candidates.xlsx?ward={bacSon}&year=2024&sort=AdmittedOn&desc=true&cols=AdmittedOn,Name,Stage");

        file.Status.ShouldBe(HttpStatusCode.OK);
        file.Response.Content.Headers.ContentDisposition!.ToString().ShouldContain("danh-sach-quan-chung-2026-11-24.xlsx");
        var sheet = XlsxFile.Read(file.Bytes)[0];
        sheet.FrozenRows.ShouldBe(1);
        sheet.Rows[0].ShouldBe(["Họ và tên", "Bước hiện tại", "Ngày kết nạp"], "the grid's column order, only the chosen ones");

        // The same rows as the service gives the grid, page after page, in the same order.
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Principal(Roles.CityCommittee, name: City));
        var service = scope.ServiceProvider.GetRequiredService<CandidatesService>();
        var expected = new List<CandidateRow>();
        for (var page = 0; ; page++)
        {
            var rows = (await service.ListAsync(new CandidateQuery(WardId: bacSon, AdmittedYear: 2024, Sort: CandidateSort.AdmittedOn, Descending: true, Page: page, PageSize: 10))).Rows;
            expected.AddRange(rows);
            if (rows.Count < 10)
            {
                break;
            }
        }

        expected.Count.ShouldBeGreaterThan(10, "more than one grid page");
        sheet.Rows.Skip(1).Select(r => (string?)r[0]).ShouldBe(expected.Select(r => SpreadsheetSafety.Text(r.Dropped ? $"{r.FullName} (Đã dừng)" : r.FullName)));
        for (var i = 1; i < sheet.Rows.Count; i++)
        {
            sheet.Value(i, 2).ShouldBeOfType<DateTime>().Year.ShouldBe(2024);
            sheet.Cell(i, 2)!.Format.ShouldBe("dd/MM/yyyy");
            sheet.Value(i, 1).ShouldBeOfType<string>().ShouldMatch("^[89]\\. ", "admitted: a probationary or, by now, official member");
        }

        var dates = sheet.Rows.Skip(1).Select(r => (DateTime)r[2]!).ToList();
        dates.ShouldBe(dates.OrderByDescending(d => d).ToList());
        XlsxFile.HasAnyFormula(file.Bytes).ShouldBeFalse();
    }

    [Fact]
    public async Task Export_candidates_keeps_formula_like_names_as_text()
    {
        string[] names = ["=1+1", "+84912345678", "-2", "@SUM(A1:A2)", "\tTab", "=HYPERLINK(\"http://x\",\"y\")", "\t=2+2"];
        var bacSon = await WardIdAsync("Bắc Sơn");
        await using (var db = await DbAsync())
        {
            var targets = await db.Candidates.Where(c => c.WardId == bacSon).OrderBy(c => c.Id).Take(names.Length).ToListAsync();
            for (var i = 0; i < names.Length; i++)
            {
                targets[i].FullName = names[i];
                targets[i].DroppedOn = null;
            }

            await db.SaveChangesAsync();

            // As saved: the context normalises text (NFC, trimmed), so a leading tab does not survive saving.
            names = [.. targets.Select(t => t.FullName)];
        }

        var file = await GetAsync(BacSonSecretary, "/export/candidates.xlsx?cols=Name");

        XlsxFile.HasAnyFormula(file.Bytes).ShouldBeFalse();
        var sheet = XlsxFile.Read(file.Bytes)[0];
        var cells = Enumerable.Range(1, sheet.Rows.Count - 1).Select(r => sheet.Cell(r, 0)!).ToList();
        foreach (var name in names)
        {
            var cell = cells.SingleOrDefault(c => c.Value == SpreadsheetSafety.Text(name));
            cell.ShouldNotBeNull($"{name} is written with its quote prefix");
            cell.Type.ShouldNotBeNull("a text cell");
            cell.HasFormula.ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData("/export/progress.xlsx?year=abc", "year")]
    [InlineData("/export/progress.xlsx?year=2024&asOf=2024-13-01", "asOf")]
    [InlineData("/export/progress.xlsx?year=2024&asOf=2023-12-31", "asOf")]
    [InlineData("/export/candidates.xlsx?ward=abc", "ward")]
    [InlineData("/export/candidates.xlsx?from=02/09/2024", "from")]
    [InlineData("/export/candidates.xlsx?sort=Birthday", "sort")]
    [InlineData("/export/candidates.xlsx?desc=maybe", "desc")]
    [InlineData("/export/candidates.xlsx?cols=Name,CitizenId", "cols")]
    [InlineData("/export/deadlines.xlsx?state=0", "state")]
    [InlineData("/export/deadlines.xlsx?kind=x", "kind")]
    public async Task Export_with_a_bad_parameter_answers_400_naming_it(string path, string field)
    {
        var file = await GetAsync(City, path);

        file.Status.ShouldBe(HttpStatusCode.BadRequest);
        using var body = JsonDocument.Parse(file.Bytes);
        body.RootElement.GetProperty("errors").GetProperty(field)[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("/export/progress.xlsx?year=2024")]
    [InlineData("/export/candidates.xlsx")]
    [InlineData("/export/deadlines.xlsx")]
    public async Task Export_without_sign_in_gives_no_file(string path)
    {
        using var client = factory.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect);
        response.Content.Headers.ContentType?.MediaType.ShouldNotBe(ExcelWorkbook.ContentType);
    }

    [Fact]
    public async Task Export_headings_follow_the_users_language()
    {
        using var client = await factory.SignedInClientAsync(City);
        (await client.GetAsync(new Uri("/culture?name=en-GB&returnUrl=/", UriKind.Relative))).Dispose();
        using var response = await client.GetAsync(new Uri("/export/candidates.xlsx?cols=Name,Ward", UriKind.Relative));

        var sheet = XlsxFile.Read(await response.Content.ReadAsByteArrayAsync())[0];
        sheet.Rows[0].ShouldBe(["Full name", "Ward or commune"]);
    }

    private static int? Number(object? value) => value is double d ? (int)d : null;
}
