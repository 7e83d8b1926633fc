namespace UongBi.Recruitment.Web.Features.Candidates.Import;

/// <summary>Why a whole file was refused before any row was looked at.</summary>
public enum ImportProblem
{
    None,
    NotAllowed,
    TooLarge,
    NotXlsx,
    Corrupt,
    Empty,
    NoRows,
    TooManyRows,
    MissingColumns,
    UnknownColumns,
}

/// <summary>
/// One message about one row: <paramref name="Code"/> is a form validation code ("Required", "TooLong:120") or an
/// import code ("Import_DuplicateInFile:7"), worded by the page in the user's language. Warnings do not block.
/// </summary>
public sealed record ImportIssue(int Row, ImportColumn? Column, string Code, bool IsWarning = false);

/// <summary>A data row as uploaded (cell texts in template order) and the form it was read into.</summary>
public sealed record ImportRow(int RowNumber, IReadOnlyList<string> Cells, CandidateForm Form, IReadOnlyList<ImportIssue> Issues)
{
    public bool HasErrors => Issues.Any(i => !i.IsWarning);
}

/// <summary>
/// What a file holds, checked: either a file-level <see cref="Problem"/> (with <see cref="ProblemDetail"/>, e.g. the
/// column names), or every row with its issues. Only the service makes one, so a preview that reaches
/// <see cref="CandidateImportService.CommitAsync"/> has been validated on the server.
/// </summary>
public sealed class ImportPreview
{
    internal ImportPreview(ImportProblem problem, string? problemDetail = null, IReadOnlyList<ImportRow>? rows = null, IReadOnlyList<string>? headers = null)
    {
        Problem = problem;
        ProblemDetail = problemDetail;
        Rows = rows ?? [];
        Headers = headers ?? [];
    }

    public ImportProblem Problem { get; }

    public string? ProblemDetail { get; }

    public IReadOnlyList<ImportRow> Rows { get; }

    /// <summary>The header row as uploaded, in template column order.</summary>
    public IReadOnlyList<string> Headers { get; }

    public int ErrorRowCount => Rows.Count(r => r.HasErrors);

    public int WarningCount => Rows.Sum(r => r.Issues.Count(i => i.IsWarning));

    public int ValidRowCount => Rows.Count(r => !r.HasErrors);

    public bool CanImport => Problem == ImportProblem.None && Rows.Count > 0 && ErrorRowCount == 0;
}

public enum ImportOutcome
{
    Imported,
    Refused,
    Conflict,
}

/// <summary>What "Import" did: all rows saved (<see cref="Count"/>), or nothing.</summary>
public sealed record ImportResult(ImportOutcome Outcome, int Count = 0);
