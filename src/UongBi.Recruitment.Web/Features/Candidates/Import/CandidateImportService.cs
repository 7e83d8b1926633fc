using System.Globalization;
using ExcelDataReader;
using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Text;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Web.Features.Candidates.Import;

/// <summary>
/// Candidates from an Excel workbook (issue 7): the file is read, every row is checked by the candidate form's own
/// validator and the same scope and duplicate rules as <see cref="CandidateEditService"/>, and "Import" saves all
/// rows or none in one SaveChanges (one transaction, audit rows included). Nothing here throws on a bad file: each
/// kind of bad file is an <see cref="ImportProblem"/>.
/// </summary>
public sealed class CandidateImportService(
    IDbContextFactory<AppDbContext> factory, CurrentUser user, SecurityAudit audit, TimeProvider clock, IConfiguration configuration)
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;
    public const int DefaultMaxRows = 20_000;

    // The template has 20 columns (21 with an error workbook's). A sheet formatted out to column XFD reports
    // 16,384 fields a row; only the first ones are read, so such a file costs no more memory than a plain one.
    private const int MaxColumns = 64;

    /// <summary>The longest text any candidate field takes (notes: 2,000 characters).</summary>
    private const int MaxCellLength = 2000;

    /// <summary>What an xlsx may unpack to: 20,000 rows of ~25 cells is ~40 MB of sheet XML at most.</summary>
    private const long MaxUnpackedBytes = 100L * 1024 * 1024;

    // SQLite allows 32,766 parameters; lookups go in slices well below that.
    private const int LookupSlice = 900;

    // ExcelDataReader asks for code page 1252 even for xlsx; .NET has it only through the code-pages provider.
    private static readonly Lazy<bool> Encodings = new(() =>
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        return true;
    });

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd.MM.yyyy"];

    /// <summary>The largest file accepted (configuration <c>Import:MaxBytes</c>), checked before anything is read.</summary>
    public long MaxBytes => configuration.GetValue<long?>("Import:MaxBytes") is { } max and > 0 ? max : DefaultMaxBytes;

    public int MaxRows => configuration.GetValue<int?>("Import:MaxRows") is { } max and > 0 ? max : DefaultMaxRows;

    public bool CanImport => ScopeQueries.EditableWards(user.Scope).Count > 0;

    /// <summary>Reads and checks a workbook; <paramref name="length"/> is the size the browser announced, when known.</summary>
    public async Task<ImportPreview> ReadAsync(Stream file, long? length = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!CanImport)
        {
            await audit.DeniedAsync(user, "Import", "candidates", cancellationToken);
            return new ImportPreview(ImportProblem.NotAllowed);
        }

        if (length > MaxBytes)
        {
            return new ImportPreview(ImportProblem.TooLarge, MaxBytes.ToString(CultureInfo.InvariantCulture));
        }

        // Read at most MaxBytes + 1 into memory: a stream that lied about its length is still cut off.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return new ImportPreview(ImportProblem.TooLarge, MaxBytes.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (buffer.Length == 0)
        {
            return new ImportPreview(ImportProblem.Empty);
        }

        // An xlsx is a zip: anything else (a PNG, a CSV, an old .xls renamed) is refused without parsing.
        buffer.Position = 0;
        if (buffer.Length < 4 || buffer.ReadByte() != 'P' || buffer.ReadByte() != 'K' || buffer.ReadByte() != 3 || buffer.ReadByte() != 4)
        {
            return new ImportPreview(ImportProblem.NotXlsx);
        }

        buffer.Position = 0;
        List<(int Row, object?[] Values)> rawRows;
        string[] rawHeaders;
        try
        {
            // Parsed off the circuit's thread so the page can show progress while a large file is read.
            var maxRows = MaxRows;
            if (UnpackedTooLarge(buffer))
            {
                return new ImportPreview(ImportProblem.TooLarge, MaxBytes.ToString(CultureInfo.InvariantCulture));
            }

            buffer.Position = 0;
            (rawHeaders, rawRows) = await Task.Run(() => ReadSheet(buffer, maxRows, progress, cancellationToken), cancellationToken);
        }
        catch (TooManyRowsException)
        {
            return new ImportPreview(ImportProblem.TooManyRows, MaxRows.ToString(CultureInfo.InvariantCulture));
        }
#pragma warning disable CA1031 // A damaged workbook can fail deep inside the zip or XML readers in many ways; each is "corrupt", never a 500.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new ImportPreview(ImportProblem.Corrupt);
        }

        if (rawHeaders.All(h => h.Length == 0))
        {
            return new ImportPreview(ImportProblem.Empty);
        }

        var positions = new Dictionary<ImportColumn, int>();
        var unknown = new List<string>();
        for (var i = 0; i < rawHeaders.Length; i++)
        {
            if (rawHeaders[i].Length == 0 || ImportVocabulary.IsErrorsHeader(rawHeaders[i]))
            {
                continue;
            }

            if (ImportVocabulary.Header(rawHeaders[i]) is { } column && positions.TryAdd(column, i))
            {
                continue;
            }

            unknown.Add(rawHeaders[i]);
        }

        var missing = ImportVocabulary.Columns.Where(c => !positions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            // A renamed column shows as missing: name it, and say which header was not understood.
            return new ImportPreview(ImportProblem.MissingColumns, string.Join(", ", missing.Select(ImportVocabulary.HeaderKey)) + (unknown.Count > 0 ? "|" + string.Join(", ", unknown) : ""));
        }

        if (unknown.Count > 0)
        {
            return new ImportPreview(ImportProblem.UnknownColumns, string.Join(", ", unknown));
        }

        if (rawRows.Count == 0)
        {
            return new ImportPreview(ImportProblem.NoRows);
        }

        var headers = ImportVocabulary.Columns.Select(c => rawHeaders[positions[c]]).ToList();
        var rows = await CheckRowsAsync(rawRows, positions, cancellationToken);
        return new ImportPreview(ImportProblem.None, rows: rows, headers: headers);
    }

    /// <summary>Saves every row of a clean preview in one transaction, or nothing.</summary>
    public async Task<ImportResult> CommitAsync(ImportPreview preview, CancellationToken cancellationToken = default)
    {
        var editable = ScopeQueries.EditableWards(user.Scope);
        if (!preview.CanImport || preview.Rows.Any(r => r.Form.WardId is not { } ward || !editable.Contains(ward)))
        {
            return new ImportResult(ImportOutcome.Refused);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // A cell closed (or moved) between the preview and now takes no new candidates, as on the form.
        var cells = preview.Rows.Select(r => r.Form.CellId).Distinct().ToList();
        var open = await db.Cells.Where(c => cells.Contains(c.Id) && c.ValidTo == null).Select(c => new { c.Id, c.WardId }).ToListAsync(cancellationToken);
        if (preview.Rows.Any(r => !open.Any(c => c.Id == r.Form.CellId && c.WardId == r.Form.WardId)))
        {
            return new ImportResult(ImportOutcome.Refused);
        }

        // Every entity here is new and marked Added by Add itself: scanning the whole tracker for changes after
        // each of 10,000 adds (and again on save) finds nothing; turned off, the 10,000-row save drops from ~3.6 s to ~3.0 s.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow();
        foreach (var row in preview.Rows)
        {
            db.Candidates.Add(row.Form.ToNewCandidate(now, user.Name));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved one of these citizen IDs since the preview: the unique index refused the whole batch.
            return new ImportResult(ImportOutcome.Conflict);
        }

        return new ImportResult(ImportOutcome.Imported, preview.Rows.Count);
    }

    /// <summary>
    /// A zip's declared unpacked size: an xlsx of a few megabytes that unpacks to gigabytes (a "zip bomb") is
    /// refused before the reader, which keeps the shared strings in memory, ever sees it.
    /// </summary>
    private static bool UnpackedTooLarge(Stream buffer)
    {
        using var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
        return zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes;
    }

    private static (string[] Headers, List<(int Row, object?[] Values)> Rows) ReadSheet(Stream stream, int maxRows, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        _ = Encodings.Value;
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var rows = new List<(int, object?[])>();
        string[]? headers = null;
        var rowNumber = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowNumber++;
            var values = new object?[Math.Min(reader.FieldCount, MaxColumns)];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetValue(i) is string text ? SafeText(text) : reader.GetValue(i);
            }

            if (headers is null)
            {
                headers = [.. values.Select(v => VietnameseText.Normalize(CellText(v)))];
                continue;
            }

            if (values.All(v => CellText(v).Trim().Length == 0))
            {
                continue;
            }

            if (rows.Count >= maxRows)
            {
                throw new TooManyRowsException();
            }

            rows.Add((rowNumber, values));
            if (rows.Count % 500 == 0)
            {
                progress?.Report(rows.Count);
            }
        }

        progress?.Report(rows.Count);
        return (headers ?? [], rows);
    }

    /// <summary>
    /// Text as the rest of the import may handle it: a broken UTF-16 pair (Excel's <c>_xD800_</c> escape yields one)
    /// becomes U+FFFD instead of making normalisation throw, and a cell longer than any field allows is cut just
    /// past that length, so the validator still refuses it but a megabyte string is never copied row after row.
    /// </summary>
    internal static string SafeText(string text)
    {
        var cut = text.Length > MaxCellLength ? text[..(MaxCellLength + 1)] : text;
        var chars = cut.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private async Task<List<ImportRow>> CheckRowsAsync(List<(int Row, object?[] Values)> rawRows, Dictionary<ImportColumn, int> positions, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var editable = ScopeQueries.EditableWards(user.Scope);
        var wards = await db.Wards.Where(w => w.ValidTo == null).Select(w => new { w.Id, w.Name }).ToListAsync(cancellationToken);
        var wardByName = wards.GroupBy(w => ImportVocabulary.Key(w.Name)).ToDictionary(g => g.Key, g => g.First().Id);
        var cells = await db.Cells.Where(c => c.ValidTo == null && editable.Contains(c.WardId)).Select(c => new { c.Id, c.WardId, c.Name }).ToListAsync(cancellationToken);
        var cellByName = cells.GroupBy(c => (c.WardId, ImportVocabulary.Key(c.Name))).ToDictionary(g => g.Key, g => g.First().Id);
        var validator = new CandidateFormValidator(clock);

        var rows = new List<(int Row, string[] Cells, CandidateForm Form, List<ImportIssue> Issues)>(rawRows.Count);
        var deniedWards = new HashSet<int>();
        foreach (var (rowNumber, values) in rawRows)
        {
            var issues = new List<ImportIssue>();
            var texts = ImportVocabulary.Columns.Select(c => positions[c] < values.Length ? CellText(values[positions[c]], c) : "").ToArray();
            object? Raw(ImportColumn c) => positions[c] < values.Length ? values[positions[c]] : null;
            string Text(ImportColumn c) => texts[(int)c];
            void Error(ImportColumn c, string code) => issues.Add(new ImportIssue(rowNumber, c, code));

            var form = new CandidateForm
            {
                FullName = Text(ImportColumn.FullName),
                CitizenId = Text(ImportColumn.CitizenId),
                Phone = Text(ImportColumn.Phone),
                Address = Text(ImportColumn.Address),
                ResidentialZone = Text(ImportColumn.ResidentialZone),
                ProfessionalEducation = Text(ImportColumn.ProfessionalEducation),
                Occupation = Text(ImportColumn.Occupation),
                Workplace = Text(ImportColumn.Workplace),
                YouthUnionPosition = Text(ImportColumn.YouthUnionPosition),
                Notes = Text(ImportColumn.Notes),
                GeneralEducation = null,
            };
            if (Text(ImportColumn.Ethnicity).Trim().Length > 0)
            {
                form.Ethnicity = Text(ImportColumn.Ethnicity);
            }

            if (Text(ImportColumn.Religion).Trim().Length > 0)
            {
                form.Religion = Text(ImportColumn.Religion);
            }

            form.BirthDate = Date(Raw(ImportColumn.BirthDate), ImportColumn.BirthDate, issues, rowNumber);
            form.SourceOn = Date(Raw(ImportColumn.SourceOn), ImportColumn.SourceOn, issues, rowNumber);
            form.Gender = Choice(Text(ImportColumn.Gender), ImportVocabulary.Gender, ImportColumn.Gender, issues, rowNumber);
            form.GeneralEducation = Choice(Text(ImportColumn.GeneralEducation), ImportVocabulary.Education, ImportColumn.GeneralEducation, issues, rowNumber);
            form.Category = Choice(Text(ImportColumn.Category), ImportVocabulary.Category, ImportColumn.Category, issues, rowNumber);
            if (Raw(ImportColumn.YouthUnion) is bool member)
            {
                form.IsYouthUnionMember = member;
            }
            else if (Text(ImportColumn.YouthUnion).Trim().Length > 0)
            {
                if (ImportVocabulary.YesNo(Text(ImportColumn.YouthUnion)) is { } yes)
                {
                    form.IsYouthUnionMember = yes;
                }
                else
                {
                    Error(ImportColumn.YouthUnion, "Import_YesNoInvalid");
                }
            }

            var wardName = Text(ImportColumn.Ward);
            if (wardName.Trim().Length == 0)
            {
                // As in the form: a secretary of one ward has it chosen for her.
                form.WardId = editable.Count == 1 ? editable.First() : null;
            }
            else if (wardByName.TryGetValue(ImportVocabulary.Key(wardName), out var wardId))
            {
                form.WardId = wardId;
                if (!editable.Contains(wardId))
                {
                    Error(ImportColumn.Ward, "WardNotAllowed");
                    deniedWards.Add(wardId);
                }
            }
            else
            {
                Error(ImportColumn.Ward, "Import_WardUnknown");
            }

            var cellName = Text(ImportColumn.Cell);
            if (form.WardId is { } ward && editable.Contains(ward) && cellName.Trim().Length > 0)
            {
                if (cellByName.TryGetValue((ward, ImportVocabulary.Key(cellName)), out var cellId))
                {
                    form.CellId = cellId;
                }
                else
                {
                    Error(ImportColumn.Cell, "CellNotInWard");
                }
            }

            // The form's own rules; a field already refused above (unreadable date, unknown word) is not reported
            // twice, and a cell is not "required" when it could not be looked up because the ward was refused.
            var wardRefused = issues.Any(i => i.Column == ImportColumn.Ward);
            foreach (var failure in validator.Validate(form).Errors)
            {
                if (ColumnOf(failure.PropertyName) is { } column && !issues.Any(i => i.Column == column) && !(wardRefused && column == ImportColumn.Cell))
                {
                    Error(column, failure.ErrorMessage);
                }
            }

            rows.Add((rowNumber, texts, form, issues));
        }

        foreach (var ward in deniedWards)
        {
            await audit.DeniedAsync(user, "Ward", ward.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }

        await CheckDuplicatesAsync(db, rows, cancellationToken);
        return [.. rows.Select(r => new ImportRow(r.Row, r.Cells, r.Form, r.Issues))];
    }

    /// <summary>
    /// As in the form: a citizen ID already held (anywhere, deleted records included) or twice in the file is an
    /// error; the same name and birth date as a record the user can see, or as another row, is a warning.
    /// </summary>
    private async Task CheckDuplicatesAsync(AppDbContext db, List<(int Row, string[] Cells, CandidateForm Form, List<ImportIssue> Issues)> rows, CancellationToken cancellationToken)
    {
        var firstRowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstRowOfPerson = new Dictionary<(string, DateOnly), int>();
        foreach (var (row, _, form, issues) in rows)
        {
            var id = form.CitizenId.Trim();
            if (id.Length > 0 && !issues.Any(i => i.Column == ImportColumn.CitizenId) && !firstRowOfId.TryAdd(id, row))
            {
                issues.Add(new ImportIssue(row, ImportColumn.CitizenId, $"Import_DuplicateInFile:{firstRowOfId[id]}"));
            }

            if (form.BirthDate is { } born && VietnameseText.SearchKey(form.FullName) is { Length: > 0 } key && !firstRowOfPerson.TryAdd((key, born), row))
            {
                issues.Add(new ImportIssue(row, ImportColumn.FullName, $"Import_PossibleDuplicateInFile:{firstRowOfPerson[(key, born)]}", IsWarning: true));
            }
        }

        var held = new Dictionary<string, bool>(StringComparer.Ordinal);
        var readable = db.Candidates.ReadableBy(user.Scope).Select(c => c.Id);
        foreach (var slice in firstRowOfId.Keys.Chunk(LookupSlice))
        {
            var found = await db.Candidates.IgnoreQueryFilters()
                .Where(c => slice.Contains(c.CitizenId))
                .Select(c => new { c.CitizenId, Readable = !c.IsDeleted && readable.Contains(c.Id) })
                .ToListAsync(cancellationToken);
            foreach (var f in found)
            {
                held[f.CitizenId] = f.Readable;
            }
        }

        var twins = new HashSet<(string, DateOnly)>();
        foreach (var slice in firstRowOfPerson.Keys.Select(k => k.Item1).Distinct().Chunk(LookupSlice))
        {
            var found = await db.Candidates.ReadableBy(user.Scope)
                .Where(c => slice.Contains(c.SearchKey))
                .Select(c => new { c.SearchKey, c.BirthDate })
                .ToListAsync(cancellationToken);
            twins.UnionWith(found.Select(f => (f.SearchKey, f.BirthDate)));
        }

        foreach (var (row, _, form, issues) in rows)
        {
            // Saying where another ward's record is would leak it: only "held elsewhere" then, as in the form.
            if (held.TryGetValue(form.CitizenId.Trim(), out var canSee) && !issues.Any(i => i.Column == ImportColumn.CitizenId))
            {
                issues.Add(new ImportIssue(row, ImportColumn.CitizenId, canSee ? "DuplicateCitizenId" : "DuplicateCitizenIdElsewhere"));
            }

            if (form.BirthDate is { } born && twins.Contains((VietnameseText.SearchKey(form.FullName), born)))
            {
                issues.Add(new ImportIssue(row, ImportColumn.FullName, "Import_PossibleDuplicate", IsWarning: true));
            }
        }
    }

    private static T? Choice<T>(string text, Func<string, T?> lookup, ImportColumn column, List<ImportIssue> issues, int row)
        where T : struct
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (lookup(text) is { } value)
        {
            return value;
        }

        issues.Add(new ImportIssue(row, column, "Import_ValueNotAllowed"));
        return null;
    }

    /// <summary>A date cell (DateTime), a serial number (a cell that lost its date format) or text dd/MM/yyyy.</summary>
    private static DateOnly? Date(object? value, ImportColumn column, List<ImportIssue> issues, int row)
    {
        switch (value)
        {
            case null:
                return null;
            case DateTime dt:
                return DateOnly.FromDateTime(dt);
            case double serial when serial is >= 1 and < 2_958_466:
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            case string text when text.Trim().Length == 0:
                return null;
            case string text when DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                return parsed;
            default:
                issues.Add(new ImportIssue(row, column, "Import_DateInvalid"));
                return null;
        }
    }

    /// <summary>The text of a cell as the user sees it in the preview and the error workbook.</summary>
    internal static string CellText(object? value, ImportColumn? column = null) => value switch
    {
        null => "",
        string s => Unquote(s),
        DateTime dt => dt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",

        // Numeric cells lose leading zeros: a 12-digit citizen ID starting with 0 (every northern province's code
        // does) or a 10-digit phone number comes back one digit short, so the zero is put back.
        // A CCCD that Excel stored as a number lost its leading zeros: 10–12 digits get them back. Anything shorter
        // (0, an old 9-digit ID card) is left as typed, so the validator refuses it rather than a fake CCCD passing.
        double d when column == ImportColumn.CitizenId && d is >= 1e9 and < 1e12 && d == Math.Floor(d) => d.ToString("000000000000", CultureInfo.InvariantCulture),
        double d when column == ImportColumn.Phone && d is >= 1e8 and < 1e9 && d == Math.Floor(d) => "0" + d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // SpreadsheetSafety.Text writes "'=..." so a formula-looking text stays text; reading it back undoes that, so
    // a downloaded error workbook, corrected and uploaded again, holds what the user typed.
    private static string Unquote(string s) =>
        s.Length > 1 && s[0] == '\'' && s[1] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' ? s[1..] : s;

    private static ImportColumn? ColumnOf(string property) => property switch
    {
        nameof(CandidateForm.FullName) => ImportColumn.FullName,
        nameof(CandidateForm.BirthDate) => ImportColumn.BirthDate,
        nameof(CandidateForm.Gender) => ImportColumn.Gender,
        nameof(CandidateForm.Ethnicity) => ImportColumn.Ethnicity,
        nameof(CandidateForm.Religion) => ImportColumn.Religion,
        nameof(CandidateForm.CitizenId) => ImportColumn.CitizenId,
        nameof(CandidateForm.Phone) => ImportColumn.Phone,
        nameof(CandidateForm.Address) => ImportColumn.Address,
        nameof(CandidateForm.ResidentialZone) => ImportColumn.ResidentialZone,
        nameof(CandidateForm.GeneralEducation) => ImportColumn.GeneralEducation,
        nameof(CandidateForm.ProfessionalEducation) => ImportColumn.ProfessionalEducation,
        nameof(CandidateForm.Occupation) => ImportColumn.Occupation,
        nameof(CandidateForm.Workplace) => ImportColumn.Workplace,
        nameof(CandidateForm.IsYouthUnionMember) => ImportColumn.YouthUnion,
        nameof(CandidateForm.YouthUnionPosition) => ImportColumn.YouthUnionPosition,
        nameof(CandidateForm.WardId) => ImportColumn.Ward,
        nameof(CandidateForm.CellId) => ImportColumn.Cell,
        nameof(CandidateForm.Category) => ImportColumn.Category,
        nameof(CandidateForm.SourceOn) => ImportColumn.SourceOn,
        nameof(CandidateForm.Notes) => ImportColumn.Notes,
        _ => null,
    };

    private sealed class TooManyRowsException : Exception;
}
