using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Data.Seeding;
using UongBi.Recruitment.Domain.Calendar;

namespace UongBi.Recruitment.Benchmarks.Generation;

/// <summary>What the file was generated from; a file is reused only when all of it matches.</summary>
internal sealed record GeneratorParameters(int GeneratorVersion, string Scale, int Units, int Candidates, int Seed, DateOnly Today)
{
    /// <summary>Raise when the generated data changes shape, so old files are rebuilt.</summary>
    public const int CurrentVersion = 2;
}

internal sealed record GenerationResult(bool Reused, TimeSpan Elapsed, int Units, int Cells, long Candidates, double RowsPerSecond, string Summary);

/// <summary>
/// Builds a benchmark database: created and migrated by the app's own <see cref="DatabaseMigrator"/> (so the
/// schema is exactly the app's), reference data by the app's <see cref="ReferenceDataSeeder"/> (settings and
/// holidays), then bulk inserts through prepared commands in large transactions — no EF change tracking.
/// The candidates' secondary indexes are dropped during the load and recreated from their own stored SQL
/// (one sort per index instead of a million random inserts), then ANALYZE gives the planner statistics.
/// </summary>
internal static class DatabaseGenerator
{
    public static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly int[] Years = [2021, 2022, 2023, 2024, 2025, 2026];
    private static readonly (int Month, int Day, string Name)[] BatchDays =
    [
        (2, 3, "Kỷ niệm Ngày thành lập Đảng 3/2"),
        (5, 19, "Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5"),
        (9, 2, "Quốc khánh 2/9"),
        (11, 7, "Kỷ niệm Cách mạng Tháng Mười 7/11"),
        (12, 22, "Ngày thành lập Quân đội nhân dân 22/12"),
    ];

    public static async Task<GenerationResult> EnsureAsync(BenchOptions options, TextWriter log)
    {
        var file = options.DatabaseFile!;
        var parameters = new GeneratorParameters(
            GeneratorParameters.CurrentVersion, options.Scale.Name, options.Scale.Units, options.Candidates, options.Seed, Today);
        var sideFile = file + ".params.json";
        if (!options.Regenerate && File.Exists(file) && File.Exists(sideFile)
            && JsonSerializer.Deserialize<GeneratorParameters>(await File.ReadAllTextAsync(sideFile)) == parameters)
        {
            var pending = await MigrateExistingAsync(file);
            log.WriteLine($"Reusing {file} (generated with the same parameters){(pending > 0 ? $"; applied {pending} new migrations and ANALYZE" : "")}.");
            var previous = File.Exists(file + ".summary.txt") ? await File.ReadAllTextAsync(file + ".summary.txt") : "";
            return new GenerationResult(true, TimeSpan.Zero, 0, 0, options.Candidates, 0, previous);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        foreach (var stale in new[] { file, file + "-wal", file + "-shm", sideFile })
        {
            File.Delete(stale);
        }

        var watch = Stopwatch.StartNew();
        log.WriteLine($"Generating {file}: scale {options.Scale.Name}, {options.Scale.Units:N0} units, {options.Candidates:N0} candidates, seed {options.Seed}");
        await MigrateNewAsync(file);

        var random = new Random(options.Seed);
        var organisation = OrganisationPlan.Build(random, options.Scale.Units, options.Candidates, Years);
        var ticks = (Func<DateTimeOffset, long>)new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();

        // A throw-away load: no journal, no fsync, a large page cache. The file returns to WAL at the end.
        await ExecuteAsync(connection, "PRAGMA journal_mode=DELETE; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-524288; PRAGMA temp_store=MEMORY;");
        var holidays = await ReadDatesAsync(connection, "SELECT Date FROM Holidays");
        var simulator = new CandidateSimulator(random, Today, organisation, BatchIds(), holidays, ticks);
        var stamp = ticks(new DateTimeOffset(2020, 6, 1, 9, 0, 0, TimeSpan.FromHours(7)));

        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            InsertOrganisation(connection, transaction, organisation, simulator, stamp);
            transaction.Commit();
        }

        log.WriteLine($"  {organisation.Units.Count:N0} units, {organisation.CellCount:N0} cells, {organisation.Targets.Count:N0} targets, {organisation.Plans.Count} plans, {BatchIds().Count} batches");

        var indexes = await ReadIndexesAsync(connection);
        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        var loadWatch = Stopwatch.StartNew();
        const int TransactionSize = 100_000;
        using (var binder = new RowBinder(connection, "Candidates"))
        {
            for (var done = 0; done < options.Candidates;)
            {
                using var transaction = connection.BeginTransaction();
                var end = Math.Min(options.Candidates, done + TransactionSize);
                for (; done < end; done++)
                {
                    simulator.Next(binder);
                    binder.Insert(transaction);
                }

                transaction.Commit();
                log.WriteLine($"  candidates {done,12:N0} / {options.Candidates:N0}   {done / loadWatch.Elapsed.TotalSeconds,9:N0} rows/s");
            }
        }

        var rowsPerSecond = options.Candidates / loadWatch.Elapsed.TotalSeconds;
        var indexWatch = Stopwatch.StartNew();
        foreach (var (_, sql) in indexes)
        {
            await ExecuteAsync(connection, sql);
        }

        log.WriteLine($"  {indexes.Count} candidate indexes rebuilt in {indexWatch.Elapsed.TotalSeconds:N1} s");

        var violations = await ScalarAsync(connection, "SELECT COUNT(*) FROM pragma_foreign_key_check");
        if (violations != 0)
        {
            throw new InvalidOperationException($"Generated data breaks {violations} foreign keys.");
        }

        // The app never runs ANALYZE itself (noted in docs/benchmarks.md); without statistics SQLite guesses.
        var analyzeWatch = Stopwatch.StartNew();
        await ExecuteAsync(connection, "ANALYZE");
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL");
        log.WriteLine($"  ANALYZE {analyzeWatch.Elapsed.TotalSeconds:N1} s; foreign keys checked");

        await CheckReadableAsync(file);
        var stages = string.Join(", ", Enumerable.Range(1, 9).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s}:{simulator.StageCounts[s]:N0}")));
        var summary =
            $"{organisation.Units.Count:N0} units ({organisation.Units.Count(u => u.ValidTo is not null)} dissolved, {organisation.Units.Count(u => u.ValidFrom.Year > 1900)} created 2025, {organisation.Units.Count(u => u.IsDeleted)} deleted), "
            + $"{organisation.CellCount:N0} cells, {options.Candidates:N0} candidates; furthest stage {stages}; "
            + $"dropped {simulator.Dropped:N0}, reinstated {simulator.Reinstated:N0}, moved to a successor unit {simulator.Transferred:N0}, soft-deleted {simulator.Deleted:N0}";
        log.WriteLine("  " + summary);
        await File.WriteAllTextAsync(file + ".summary.txt", summary);
        await File.WriteAllTextAsync(sideFile, JsonSerializer.Serialize(parameters));
        return new GenerationResult(false, watch.Elapsed, organisation.Units.Count, organisation.CellCount, options.Candidates, rowsPerSecond, summary);
    }

    /// <summary>The app's own migrator on a new file, exactly as the app does at start-up.</summary>
    private static async Task MigrateNewAsync(string file)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddRecruitmentData(file)
            .BuildServiceProvider();
        await using (services.ConfigureAwait(false))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync("backups");
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            await ReferenceDataSeeder.SeedAsync(db);
        }
    }

    /// <summary>
    /// A reused file gets migrations added since it was made (new indexes, say) without the 1M-row rebuild;
    /// the migrator's backup copy is skipped because the file can be regenerated.
    /// </summary>
    private static async Task<int> MigrateExistingAsync(string file)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DataServiceCollectionExtensions.BuildConnectionString(file));
        await using var db = new AppDbContext(builder.Options);
        var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        if (pending > 0)
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        return pending;
    }

    /// <summary>
    /// Rows written without EF must read back as entities: a sample is loaded through the app's context (value
    /// converters, Guid text, ticks) and its name keys compared with what the entity's setter computes.
    /// </summary>
    private static async Task CheckReadableAsync(string file)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DataServiceCollectionExtensions.BuildConnectionString(file));
        await using var db = new AppDbContext(builder.Options);
        var sample = await db.Candidates.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).Take(500).ToListAsync();
        foreach (var candidate in sample)
        {
            var copy = new Domain.Candidates.Candidate { FullName = candidate.FullName, CitizenId = candidate.CitizenId };
            if (copy.SearchKey != candidate.SearchKey || copy.ExactKey != candidate.ExactKey || candidate.Version == Guid.Empty
                || candidate.CreatedAt.Year < 2020 || candidate.CitizenId.Length != 12 || !candidate.CitizenId.All(char.IsAsciiDigit))
            {
                throw new InvalidOperationException($"Generated candidate {candidate.Id} does not read back as the entity would store it.");
            }
        }

        SqliteConnection.ClearAllPools();
    }

    private static Dictionary<DateOnly, int> BatchIds()
    {
        var ids = new Dictionary<DateOnly, int>();
        foreach (var year in Enumerable.Range(2020, 8))
        {
            foreach (var (month, day, _) in BatchDays)
            {
                ids[new DateOnly(year, month, day)] = ids.Count + 1;
            }
        }

        return ids;
    }

    private static void InsertOrganisation(SqliteConnection connection, SqliteTransaction transaction, OrganisationPlan organisation, CandidateSimulator simulator, long stamp)
    {
        void Editable(RowBinder row, bool isDeleted = false)
        {
            row.Add("CreatedAt", stamp);
            row.Add("CreatedBy", "generator");
            row.Add("Version", simulator.NewGuid());
            row.Add("IsDeleted", isDeleted ? 1 : 0);
            row.Add("DeletedAt", isDeleted ? stamp : null);
            row.Add("DeletedBy", isDeleted ? "generator" : null);
        }

        using (var row = new RowBinder(connection, "Batches"))
        {
            foreach (var (date, id) in BatchIds())
            {
                row.Add("Id", id);
                row.Add("Name", string.Create(CultureInfo.InvariantCulture, $"Đợt {BatchDays.Single(b => b.Month == date.Month && b.Day == date.Day).Name} năm {date.Year}"));
                row.Add("Date", simulator.Day(date));
                Editable(row);
                row.Insert(transaction);
            }
        }

        // Successors point at units inserted later in the list; foreign keys are off during the load.
        using (var row = new RowBinder(connection, "Wards"))
        {
            foreach (var unit in organisation.Units)
            {
                var word = unit.Kind == Domain.Organisation.UnitKind.Commune ? "xã" : "phường";
                row.Add("Id", unit.Id);
                row.Add("Code", unit.Code);
                row.Add("Name", unit.Name);
                row.Add("Kind", (int)unit.Kind);
                row.Add("PartyCommitteeName", $"Đảng bộ {word} {unit.Name}");
                row.Add("ValidFrom", simulator.Day(unit.ValidFrom));
                row.Add("ValidTo", simulator.Day(unit.ValidTo));
                row.Add("SuccessorId", unit.SuccessorId);
                Editable(row, unit.IsDeleted);
                row.Insert(transaction);
            }
        }

        using (var row = new RowBinder(connection, "Cells"))
        {
            foreach (var cell in organisation.Units.SelectMany(u => u.Cells))
            {
                row.Add("Id", cell.Id);
                row.Add("WardId", cell.WardId);
                row.Add("Name", cell.Name);
                row.Add("Kind", (int)cell.Kind);
                row.Add("ResidentialZone", cell.Zone);
                row.Add("ValidFrom", simulator.Day(cell.ValidFrom));
                row.Add("ValidTo", simulator.Day(cell.ValidTo));
                Editable(row);
                row.Insert(transaction);
            }
        }

        using (var row = new RowBinder(connection, "Targets"))
        {
            foreach (var target in organisation.Targets)
            {
                row.Add("WardId", target.WardId);
                row.Add("Year", target.Year);
                row.Add("Count", target.Count);
                row.Add("Scope", (int)target.Scope);
                Editable(row, target.IsDeleted);
                row.Insert(transaction);
            }
        }

        using (var row = new RowBinder(connection, "CityPlans"))
        {
            foreach (var plan in organisation.Plans)
            {
                row.Add("Year", plan.Year);
                row.Add("Count", plan.Count);
                row.Add("Scope", (int)plan.Scope);
                Editable(row);
                row.Insert(transaction);
            }
        }
    }

    private static async Task<List<(string Name, string Sql)>> ReadIndexesAsync(SqliteConnection connection)
    {
        var indexes = new List<(string, string)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Candidates' AND sql IS NOT NULL ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private static async Task<List<DateOnly>> ReadDatesAsync(SqliteConnection connection, string sql)
    {
        var dates = new List<DateOnly>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            dates.Add(DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return dates;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
