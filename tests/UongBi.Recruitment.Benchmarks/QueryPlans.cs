using System.Text;
using Microsoft.Data.Sqlite;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>One SQL statement as it ran, with its parameters and how long it took (when known).</summary>
internal sealed record CapturedCommand(string Source, string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, double? DurationMs);

/// <summary>A statement with the plan SQLite chose for it.</summary>
internal sealed record PlannedCommand(string Source, string Sql, double? DurationMs, string Plan, IReadOnlyList<string> IndexesUsed, IReadOnlyList<string> FullScans);

/// <summary>
/// EXPLAIN QUERY PLAN of a statement on the benchmark file, printed as SQLite's tree, with the indexes it
/// names and the tables it scans without one (the 2.4 s case of QUALITY.md).
/// </summary>
internal static class QueryPlans
{
    public static async Task<PlannedCommand> ExplainAsync(string connectionString, CapturedCommand command)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var rows = new List<(int Id, int Parent, string Detail)>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
            }
        }

        var depth = new Dictionary<int, int> { [0] = -1 };
        var text = new StringBuilder();
        foreach (var (id, parent, detail) in rows)
        {
            depth[id] = depth.GetValueOrDefault(parent, -1) + 1;
            text.Append(' ', 2 + (2 * depth[id])).Append(detail).Append('\n');
        }

        var indexes = rows
            .Select(r => r.Detail)
            .SelectMany(d => new[] { " USING COVERING INDEX ", " USING INDEX " }.Select(marker => (d, marker)))
            .Where(x => x.d.Contains(x.marker, StringComparison.Ordinal))
            .Select(x => x.d[(x.d.IndexOf(x.marker, StringComparison.Ordinal) + x.marker.Length)..].Split(' ')[0] + (x.marker.Contains("COVERING", StringComparison.Ordinal) ? " (covering)" : ""))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var scans = rows
            .Select(r => r.Detail)
            .Where(d => d.StartsWith("SCAN ", StringComparison.Ordinal) && !d.Contains(" INDEX ", StringComparison.Ordinal) && !d.StartsWith("SCAN CONSTANT", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new PlannedCommand(command.Source, command.Sql, command.DurationMs, text.ToString(), indexes, scans);
    }

    public static string Format(PlannedCommand planned)
    {
        var text = new StringBuilder();
        text.Append("---- ").Append(planned.Source);
        if (planned.DurationMs is { } ms)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" ({ms:N1} ms)");
        }

        text.Append('\n').Append(planned.Sql.Trim()).Append("\n  plan:\n").Append(planned.Plan);
        return text.ToString();
    }
}
