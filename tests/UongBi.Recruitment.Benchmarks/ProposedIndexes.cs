using Microsoft.Data.Sqlite;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>
/// "What if" for the findings: a copy of the generated file with the indexes the benchmark proposes, so both
/// sides can be measured on them before anyone writes a migration. The original file is never changed.
/// </summary>
internal static class ProposedIndexes
{
    /// <summary>
    /// The admissions index gains IsDeleted (the soft-delete filter otherwise reads 80,000 table rows a year);
    /// the as-of index answers "on the path and not yet admitted on D" from three ranges of its first three
    /// columns, with every column the stage CASE and the reinstatement test read.
    /// </summary>
    public const string Ddl = """
        DROP INDEX IF EXISTS "IX_Candidates_Admitted_Covering";
        CREATE INDEX "IX_Candidates_Admitted_Covering" ON "Candidates" ("AdmittedOn", "WardId", "CellId", "Category", "Gender", "BirthDate", "IsDeleted");
        CREATE INDEX "IX_Candidates_AsOf" ON "Candidates" ("AdmittedOn", "DroppedOn", "SourceOn", "IsDeleted", "WardId", "CellId",
            "LastDroppedOn", "ReinstatedOn", "SympathiserOn", "DossierOn", "VerificationOn", "CellResolutionOn", "CommitteeReviewOn", "DecisionOn");
        ANALYZE;
        """;

    public static async Task<string> PrepareCopyAsync(string databaseFile, TextWriter log)
    {
        var copy = Path.ChangeExtension(databaseFile, ".proposed.db");
        var marker = copy + ".source";
        var source = $"{new FileInfo(databaseFile).Length}:{File.GetLastWriteTimeUtc(databaseFile):O}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Ddl)))[..16]}";
        if (File.Exists(copy) && File.Exists(marker) && await File.ReadAllTextAsync(marker) == source)
        {
            log.WriteLine($"Reusing {copy} (the file with the proposed indexes).");
            return copy;
        }

        SqliteConnection.ClearAllPools();
        foreach (var stale in new[] { copy, copy + "-wal", copy + "-shm", marker })
        {
            File.Delete(stale);
        }

        await using (var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }

        File.Copy(databaseFile, copy);
        await using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = Ddl;
            command.CommandTimeout = 0;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await command.ExecuteNonQueryAsync();
            log.WriteLine($"Proposed indexes built on {copy} in {watch.Elapsed.TotalSeconds:N1} s:");
            log.WriteLine(Ddl);
        }

        await File.WriteAllTextAsync(marker, source);
        return copy;
    }
}
