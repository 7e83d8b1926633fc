using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Tests.Infrastructure;
using UongBi.Recruitment.Web.Features.Candidates;
using UongBi.Recruitment.Web.Features.Candidates.Import;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Features.Import;

/// <summary>The import service on a real SQLite demo database, as the Bắc Sơn secretary: good files, every kind of bad file, scope, duplicates.</summary>
public sealed class CandidateImportServiceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IAsyncLifetime
{
    private readonly DemoDatabase _demo = demo;
    private int _bacSon;
    private string _bacSonName = "";
    private string _quangTrungName = "";
    private string _cellName = "";
    private int _cellId;
    private static int _serial;

    public async Task InitializeAsync()
    {
        await using var db = _demo.Database.CreateContext();
        var bacSon = await db.Wards.SingleAsync(w => w.Code == "BS");
        _bacSon = bacSon.Id;
        _bacSonName = bacSon.Name;
        _quangTrungName = await db.Wards.Where(w => w.Code == "QT").Select(w => w.Name).SingleAsync();
        var cell = await db.Cells.FirstAsync(c => c.WardId == _bacSon && c.ValidTo == null && c.ResidentialZone == "Khu 5");
        (_cellId, _cellName) = (cell.Id, cell.Name);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private CandidateImportService Service(long? maxBytes = null, string role = Roles.WardSecretary, bool ownWard = true)
    {
        const string name = "bacson@uongbi.local";
        var user = TestUsers.Current(role, ownWard ? _bacSon : null, name);
        var factory = _demo.Database.Factory(name);
        var settings = new Dictionary<string, string?>();
        if (maxBytes is { } max)
        {
            settings["Import:MaxBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new CandidateImportService(factory, user, new SecurityAudit(factory, _demo.Database.Clock, NullLogger<SecurityAudit>.Instance), _demo.Database.Clock, configuration);
    }

    private static string NewCitizenId() => $"0347{Interlocked.Increment(ref _serial):00000000}";

    private object?[] Row(string? citizenId = null, string? ward = null, string name = "Trần Thị Hoa", DateTime? born = null, string? notes = null) =>
        ImportWorkbooks.Row(citizenId ?? NewCitizenId(), ward ?? _bacSonName, _cellName, name, born ?? new DateTime(1990, 1, 1).AddDays(Interlocked.Increment(ref _serial)), notes);

    private async Task<int> CountAsync()
    {
        await using var db = _demo.Database.CreateContext();
        return await db.Candidates.IgnoreQueryFilters().CountAsync();
    }

    private async Task<ImportPreview> ReadAsync(CandidateImportService service, IEnumerable<object?[]> rows, string[]? headers = null)
    {
        await using var file = await ImportWorkbooks.BuildAsync(headers ?? ImportWorkbooks.Headers(), rows);
        return await service.ReadAsync(file, file.Length);
    }

    /// <summary>A bad file: its problem, and nothing saved even if "Import" is pressed anyway.</summary>
    private async Task<ImportPreview> RefusedAsync(Stream file, ImportProblem expected, long? maxBytes = null)
    {
        var before = await CountAsync();
        var service = Service(maxBytes);
        var preview = await service.ReadAsync(file, file.CanSeek ? file.Length : null);
        preview.Problem.ShouldBe(expected);
        preview.CanImport.ShouldBeFalse();
        (await service.CommitAsync(preview)).Outcome.ShouldBe(ImportOutcome.Refused);
        (await CountAsync()).ShouldBe(before);
        return preview;
    }

    [Fact]
    public async Task Good_file_imports_every_row_with_history_and_audit_in_one_go()
    {
        var before = await CountAsync();
        var ids = new[] { NewCitizenId(), NewCitizenId(), NewCitizenId() };
        var service = Service();
        string[] names = ["Nguyễn Văn An", "Phạm Thị Bình", "Đỗ Đức Cường"];
        var preview = await ReadAsync(service, ids.Select((id, i) => Row(id, name: names[i])));

        preview.Problem.ShouldBe(ImportProblem.None);
        preview.Rows.Count.ShouldBe(3);
        preview.Rows.SelectMany(r => r.Issues).ShouldBeEmpty();
        preview.Rows[0].RowNumber.ShouldBe(2);
        var result = await service.CommitAsync(preview);

        result.ShouldBe(new ImportResult(ImportOutcome.Imported, 3));
        (await CountAsync()).ShouldBe(before + 3);
        await using var db = _demo.Database.CreateContext();
        var saved = await db.Candidates.Include(c => c.StageChanges).SingleAsync(c => c.CitizenId == ids[0]);
        saved.WardId.ShouldBe(_bacSon);
        saved.CellId.ShouldBe(_cellId);
        saved.Gender.ShouldBe(Gender.Female);
        saved.GeneralEducation.ShouldBe(GeneralEducation.UpperSecondary);
        saved.Category.ShouldBe(Category.YouthUnionMember);
        saved.IsYouthUnionMember.ShouldBeTrue();
        saved.SourceOn.ShouldBe(new DateOnly(2025, 1, 10));
        saved.Phone.ShouldBe("0912345678");
        saved.Stage.ShouldBe(Stage.Source);
        saved.StageChanges.ShouldHaveSingleItem().Kind.ShouldBe(StageChangeKind.Created);
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Candidate) && a.EntityKey == saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task English_headers_in_any_order_and_case_decomposed_text_numeric_id_and_text_dates_are_read()
    {
        var english = ImportWorkbooks.Headers(System.Globalization.CultureInfo.GetCultureInfo("en"));
        var order = Enumerable.Range(0, english.Length).Reverse().ToArray();
        var id = NewCitizenId();
        var row = Row(id);
        row[(int)ImportColumn.CitizenId] = double.Parse(id, System.Globalization.CultureInfo.InvariantCulture); // Excel dropped the leading zero
        row[(int)ImportColumn.BirthDate] = "08/03/2001";
        row[(int)ImportColumn.Gender] = "female";
        row[(int)ImportColumn.Category] = "ĐOÀN VIÊN THANH NIÊN".Normalize(NormalizationForm.FormD);
        row[(int)ImportColumn.Ward] = _bacSonName.Normalize(NormalizationForm.FormD).ToUpperInvariant();

        var preview = await ReadAsync(Service(), [order.Select(i => row[i]).ToArray()], [.. order.Select(i => english[i].ToUpperInvariant())]);

        preview.Problem.ShouldBe(ImportProblem.None);
        preview.Rows.ShouldHaveSingleItem().Issues.ShouldBeEmpty();
        preview.Rows[0].Form.CitizenId.ShouldBe(id);
        preview.Rows[0].Form.BirthDate.ShouldBe(new DateOnly(2001, 3, 8));
        preview.Rows[0].Form.Category.ShouldBe(Category.YouthUnionMember);
        preview.Rows[0].Form.WardId.ShouldBe(_bacSon);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(123456789d)]
    [InlineData(1e12)]
    public async Task A_number_in_the_id_column_that_cannot_be_a_CCCD_is_refused_not_padded(double typed)
    {
        var row = Row();
        row[(int)ImportColumn.CitizenId] = typed;

        var preview = await ReadAsync(Service(), [row]);

        preview.Rows.ShouldHaveSingleItem().Issues.ShouldContain(i => i.Column == ImportColumn.CitizenId);
        preview.CanImport.ShouldBeFalse();
    }

    [Fact]
    public async Task A_broken_unicode_pair_in_a_cell_is_a_replacement_character_not_a_crash()
    {
        var row = Row(name: "Trần Thị \uD800Hoa");

        var preview = await ReadAsync(Service(), [row]);

        preview.Problem.ShouldBe(ImportProblem.None);
        preview.Rows.ShouldHaveSingleItem().Form.FullName.ShouldContain('\uFFFD');
    }

    [Fact]
    public async Task A_megabyte_cell_is_cut_just_past_the_longest_field_and_refused()
    {
        var row = Row(notes: new string('x', 1_000_000));

        var preview = await ReadAsync(Service(), [row]);

        preview.Rows.ShouldHaveSingleItem().Issues.ShouldContain(i => i.Column == ImportColumn.Notes);
        preview.Rows[0].Cells.Max(c => c.Length).ShouldBeLessThanOrEqualTo(2001);
        preview.CanImport.ShouldBeFalse();
    }

    [Fact]
    public async Task A_small_file_that_unpacks_to_hundreds_of_megabytes_is_refused_before_reading()
    {
        // 150 MB of zeros deflate to about 150 KB: under the upload limit, far over what an xlsx may unpack to.
        var file = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("xl/sharedStrings.xml", System.IO.Compression.CompressionLevel.Fastest).OpenAsync();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 150; i++)
            {
                await entry.WriteAsync(zeros);
            }
        }

        file.Position = 0;
        file.Length.ShouldBeLessThan(5 * 1024 * 1024);
        await RefusedAsync(file, ImportProblem.TooLarge);
    }

    [Fact]
    public async Task A_cell_closed_between_the_preview_and_the_import_takes_nobody()
    {
        var service = Service();
        var preview = await ReadAsync(service, [Row(), Row()]);
        preview.CanImport.ShouldBeTrue();
        var before = await CountAsync();
        await using (var db = _demo.Database.CreateContext())
        {
            await db.Cells.Where(c => c.Id == _cellId).ExecuteUpdateAsync(u => u.SetProperty(c => c.ValidTo, new DateOnly(2026, 11, 1)));
        }

        try
        {
            (await service.CommitAsync(preview)).Outcome.ShouldBe(ImportOutcome.Refused);
            (await CountAsync()).ShouldBe(before);
        }
        finally
        {
            await using var db = _demo.Database.CreateContext();
            await db.Cells.Where(c => c.Id == _cellId).ExecuteUpdateAsync(u => u.SetProperty(c => c.ValidTo, (DateOnly?)null));
        }
    }

    [Fact]
    public async Task Formula_looking_text_is_stored_as_typed_not_evaluated()
    {
        var id = NewCitizenId();
        var service = Service();
        var row = Row(id, notes: "=1+1");
        row[(int)ImportColumn.Address] = "@SUM(A1:A2)";
        var preview = await ReadAsync(service, [row]);

        (await service.CommitAsync(preview)).Outcome.ShouldBe(ImportOutcome.Imported);
        await using var db = _demo.Database.CreateContext();
        var saved = await db.Candidates.SingleAsync(c => c.CitizenId == id);
        saved.Notes.ShouldBe("=1+1");
        saved.Address.ShouldBe("@SUM(A1:A2)");
    }

    [Fact]
    public async Task Png_renamed_xlsx_is_not_xlsx() =>
        await RefusedAsync(new MemoryStream([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), ImportProblem.NotXlsx);

    [Fact]
    public async Task Text_renamed_xlsx_is_not_xlsx() =>
        await RefusedAsync(new MemoryStream(Encoding.UTF8.GetBytes("Họ và tên;Ngày sinh\nTrần Thị Hoa;08/03/2001\n")), ImportProblem.NotXlsx);

    [Fact]
    public async Task Truncated_zip_is_corrupt()
    {
        await using var good = await ImportWorkbooks.BuildAsync(ImportWorkbooks.Headers(), [Row(), Row()]);
        var bytes = good.ToArray();
        await RefusedAsync(new MemoryStream(bytes[..(bytes.Length / 2)]), ImportProblem.Corrupt);
    }

    [Fact]
    public async Task Zip_signature_with_garbage_is_corrupt()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = (byte)'P';
        bytes[1] = (byte)'K';
        bytes[2] = 3;
        bytes[3] = 4;
        await RefusedAsync(new MemoryStream(bytes), ImportProblem.Corrupt);
    }

    [Fact]
    public async Task Too_large_file_is_refused_before_reading()
    {
        await using var good = await ImportWorkbooks.BuildAsync(ImportWorkbooks.Headers(), [Row()]);
        var preview = await RefusedAsync(good, ImportProblem.TooLarge, maxBytes: 1000);
        preview.ProblemDetail.ShouldBe("1000");
    }

    [Fact]
    public async Task Too_large_stream_that_hides_its_length_is_cut_off()
    {
        var service = Service(maxBytes: 1000);
        var preview = await service.ReadAsync(new MemoryStream(new byte[5000]), length: null);
        preview.Problem.ShouldBe(ImportProblem.TooLarge);
    }

    [Fact]
    public async Task Missing_column_is_named()
    {
        var headers = ImportWorkbooks.Headers().Where((_, i) => i != (int)ImportColumn.CitizenId).ToArray();
        await using var file = await ImportWorkbooks.BuildAsync(headers, [Row().Where((_, i) => i != (int)ImportColumn.CitizenId).ToArray()]);
        var preview = await RefusedAsync(file, ImportProblem.MissingColumns);
        preview.ProblemDetail.ShouldBe("Import_Col_CitizenId");
    }

    [Fact]
    public async Task Renamed_column_is_named_with_the_header_not_understood()
    {
        var headers = ImportWorkbooks.Headers();
        headers[(int)ImportColumn.Phone] = "Số di động";
        await using var file = await ImportWorkbooks.BuildAsync(headers, [Row()]);
        var preview = await RefusedAsync(file, ImportProblem.MissingColumns);
        preview.ProblemDetail.ShouldBe("Import_Col_Phone|Số di động");
    }

    [Fact]
    public async Task Header_row_without_data_rows_is_refused()
    {
        await using var file = await ImportWorkbooks.BuildAsync(ImportWorkbooks.Headers(), [new object?[] { "", "  " }]);
        await RefusedAsync(file, ImportProblem.NoRows);
    }

    [Fact]
    public async Task Empty_data_sheet_is_refused()
    {
        await using var file = await ImportWorkbooks.BuildAsync([], []);
        await RefusedAsync(file, ImportProblem.Empty);
    }

    [Fact]
    public async Task Zero_byte_file_is_refused() => await RefusedAsync(new MemoryStream(), ImportProblem.Empty);

    [Fact]
    public async Task Row_of_another_ward_is_refused_for_a_ward_secretary()
    {
        var before = await CountAsync();
        var service = Service();
        var preview = await ReadAsync(service, [Row(), Row(ward: _quangTrungName)]);

        preview.Problem.ShouldBe(ImportProblem.None);
        preview.Rows[0].HasErrors.ShouldBeFalse();
        preview.Rows[1].Issues.ShouldBe([new ImportIssue(3, ImportColumn.Ward, "WardNotAllowed")]);
        preview.CanImport.ShouldBeFalse();
        (await service.CommitAsync(preview)).Outcome.ShouldBe(ImportOutcome.Refused);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Columns_beyond_the_64th_are_not_read()
    {
        var headers = ImportWorkbooks.Headers().Concat(Enumerable.Repeat("", 80)).Append("Cột thừa rất xa").ToArray();
        var row = Row().Concat(Enumerable.Repeat<object?>("", 80)).Append("x").ToArray();

        var preview = await ReadAsync(Service(), [row], headers);

        preview.Problem.ShouldBe(ImportProblem.None);
        preview.Rows.ShouldHaveSingleItem().HasErrors.ShouldBeFalse();
    }

    [Fact]
    public async Task Viewer_cannot_import_at_all()
    {
        var service = Service(role: Roles.Viewer, ownWard: false);
        await using var file = await ImportWorkbooks.BuildAsync(ImportWorkbooks.Headers(), [Row()]);
        (await service.ReadAsync(file, file.Length)).Problem.ShouldBe(ImportProblem.NotAllowed);
    }

    [Fact]
    public async Task Error_on_the_last_row_saves_nothing()
    {
        var before = await CountAsync();
        var service = Service();
        var rows = Enumerable.Range(0, 5).Select(_ => Row()).ToList();
        rows[^1][(int)ImportColumn.CitizenId] = "12345";
        var preview = await ReadAsync(service, rows);

        preview.Rows.Count.ShouldBe(5);
        preview.ErrorRowCount.ShouldBe(1);
        preview.Rows[^1].Issues.ShouldBe([new ImportIssue(6, ImportColumn.CitizenId, "CitizenIdInvalid")]);
        (await service.CommitAsync(preview)).Outcome.ShouldBe(ImportOutcome.Refused);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Last_row_refused_by_the_database_at_commit_rolls_back_every_row()
    {
        var service = Service();
        var rows = Enumerable.Range(0, 5).Select(_ => Row()).ToList();
        var lastId = (string)rows[^1][(int)ImportColumn.CitizenId]!;
        var preview = await ReadAsync(service, rows);
        preview.CanImport.ShouldBeTrue();

        // Between preview and "Import", someone saves the last row's citizen ID through the form.
        var edits = new CandidateEditService(_demo.Database.Factory("bacson@uongbi.local"), TestUsers.Current(Roles.WardSecretary, _bacSon, "bacson@uongbi.local"),
            new SecurityAudit(_demo.Database.Factory(), _demo.Database.Clock, NullLogger<SecurityAudit>.Instance), _demo.Database.Clock);
        (await edits.CreateAsync(preview.Rows[^1].Form with { FullName = "Người Khác" })).Outcome.ShouldBe(SaveOutcome.Saved);
        var before = await CountAsync();

        (await service.CommitAsync(preview)).Outcome.ShouldBe(ImportOutcome.Conflict);
        (await CountAsync()).ShouldBe(before);
        await using var db = _demo.Database.CreateContext();
        (await db.Candidates.CountAsync(c => c.CitizenId == (string)rows[0][(int)ImportColumn.CitizenId]!)).ShouldBe(0);
        (await db.Candidates.CountAsync(c => c.CitizenId == lastId)).ShouldBe(1);
    }

    [Fact]
    public async Task Citizen_id_twice_in_the_file_is_an_error_on_the_second_row()
    {
        var id = NewCitizenId();
        var preview = await ReadAsync(Service(), [Row(id), Row(), Row(id)]);

        preview.Rows[0].HasErrors.ShouldBeFalse();
        preview.Rows[2].Issues.ShouldContain(new ImportIssue(4, ImportColumn.CitizenId, "Import_DuplicateInFile:2"));
        preview.CanImport.ShouldBeFalse();
    }

    [Fact]
    public async Task Citizen_id_already_in_the_database_is_an_error()
    {
        await using var db = _demo.Database.CreateContext();
        var own = await db.Candidates.Where(c => c.WardId == _bacSon).Select(c => c.CitizenId).FirstAsync();
        var elsewhere = await db.Candidates.Where(c => c.WardId != _bacSon).Select(c => c.CitizenId).FirstAsync();

        var preview = await ReadAsync(Service(), [Row(own), Row(elsewhere)]);

        preview.Rows[0].Issues.ShouldContain(new ImportIssue(2, ImportColumn.CitizenId, "DuplicateCitizenId"));
        preview.Rows[1].Issues.ShouldContain(new ImportIssue(3, ImportColumn.CitizenId, "DuplicateCitizenIdElsewhere"));
        preview.CanImport.ShouldBeFalse();
    }

    [Fact]
    public async Task Same_name_and_birth_date_is_only_a_warning()
    {
        await using var db = _demo.Database.CreateContext();
        var existing = await db.Candidates.Where(c => c.WardId == _bacSon).Select(c => new { c.FullName, c.BirthDate }).FirstAsync();
        var born = existing.BirthDate.ToDateTime(TimeOnly.MinValue);

        var preview = await ReadAsync(Service(), [Row(name: existing.FullName, born: born), Row(name: "Lê Văn Trùng", born: new DateTime(1999, 9, 9)), Row(name: "lê văn trùng", born: new DateTime(1999, 9, 9))]);

        preview.Rows[0].Issues.ShouldBe([new ImportIssue(2, ImportColumn.FullName, "Import_PossibleDuplicate", IsWarning: true)]);
        preview.Rows[2].Issues.ShouldBe([new ImportIssue(4, ImportColumn.FullName, "Import_PossibleDuplicateInFile:3", IsWarning: true)]);
        preview.WarningCount.ShouldBe(2);
        preview.CanImport.ShouldBeTrue();
    }

    [Fact]
    public async Task Form_rules_and_unknown_words_are_reported_per_column_once()
    {
        var row = Row();
        row[(int)ImportColumn.FullName] = "";
        row[(int)ImportColumn.Gender] = "Không rõ";
        row[(int)ImportColumn.BirthDate] = "31/02/2001";
        row[(int)ImportColumn.Cell] = "Chi bộ không có";
        row[(int)ImportColumn.Phone] = "12";
        row[(int)ImportColumn.Ward] = "Phường Không Tồn Tại";

        var issues = (await ReadAsync(Service(), [row])).Rows.ShouldHaveSingleItem().Issues;

        issues.ShouldContain(new ImportIssue(2, ImportColumn.FullName, "Required"));
        issues.ShouldContain(new ImportIssue(2, ImportColumn.Gender, "Import_ValueNotAllowed"));
        issues.ShouldContain(new ImportIssue(2, ImportColumn.BirthDate, "Import_DateInvalid"));
        issues.ShouldContain(new ImportIssue(2, ImportColumn.Phone, "PhoneInvalid"));
        issues.ShouldContain(new ImportIssue(2, ImportColumn.Ward, "Import_WardUnknown"));
        issues.GroupBy(i => i.Column).ShouldAllBe(g => g.Count() == 1);
    }

    [Fact]
    public async Task Error_workbook_holds_the_rows_and_their_errors_and_uploads_again_as_typed()
    {
        var row = Row(notes: "=1+1");
        row[(int)ImportColumn.CitizenId] = "12345";
        var preview = await ReadAsync(Service(), [row, Row()]);
        using var output = new MemoryStream();

        await ImportErrorWorkbookWriter.WriteAsync(output, preview, "Quần chúng", "Lỗi", i => $"{i.Column}: {i.Code}");

        output.Position = 0;
        var again = await Service().ReadAsync(output, output.Length);
        again.Problem.ShouldBe(ImportProblem.None);
        again.Rows[0].Issues.ShouldBe([new ImportIssue(2, ImportColumn.CitizenId, "CitizenIdInvalid")]);
        again.Rows[0].Form.Notes.ShouldBe("=1+1");
        again.Rows[1].HasErrors.ShouldBeFalse();
        output.Position = 0;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(output);
        reader.Read().ShouldBeTrue();
        reader.GetString(ImportVocabulary.Columns.Count).ShouldBe("Lỗi");
        reader.Read().ShouldBeTrue();
        reader.GetString((int)ImportColumn.Notes).ShouldBe("'=1+1");
        reader.GetString(ImportVocabulary.Columns.Count).ShouldBe("CitizenId: CitizenIdInvalid");
    }
}
