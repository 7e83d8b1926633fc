using System.Globalization;
using Microsoft.Data.Sqlite;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>
/// The yardstick of QUALITY.md: every figure of the dashboard in ONE statement, written by hand with the
/// definitions of <c>CandidatesAsOf</c> (the app's reference): admitted in Y = ceremony between 1 Jan Y and
/// min(as-of, 31 Dec Y); on the path on D = proposed by D, not dropped on D, not inside the last
/// drop-to-reinstatement episode on D; at stage S on D = reached S by D and not S+1 (stage dates never go
/// backwards, so a CASE from the top gives the stage). Units are those that existed in Y and are not deleted;
/// a unit without a live target row has no target and counts all cells.
/// </summary>
/// <remarks>
/// One row per unit, then the city row (WardId NULL) with the plan, the admissions in the plan's scope over
/// the same units, and the months. The admissions are grouped once (MATERIALIZED) at the finest grain any
/// figure needs (unit, category, month, residential or not) and every figure is summed from that.
/// </remarks>
/// <summary>
/// The yardstick of QUALITY.md: every figure of the dashboard in ONE statement, written by hand with the
/// definitions of <c>CandidatesAsOf</c> (the app's reference): admitted in Y = ceremony between 1 Jan Y and
/// min(as-of, 31 Dec Y); on the path on D = proposed by D, not dropped on D, not inside the last
/// drop-to-reinstatement episode on D; at stage S on D = reached S by D and not S+1 (stage dates never go
/// backwards, so a CASE from the top gives the stage). Units are those that existed in Y and are not deleted;
/// a unit without a live target row has no target and counts all cells.
/// </summary>
/// <remarks>
/// One row per unit, then the city row (WardId NULL) with the plan, the admissions in the plan's scope over
/// the same units, and the months. Admissions are grouped once (MATERIALIZED) at the grain every figure needs
/// (unit, residential or not, category, month); the pipeline is grouped by unit, cell and stage before the
/// cells' kinds are joined, so the join runs on groups rather than on candidates.
/// Two forms of the pipeline part, because which is faster depends on the file's indexes and "the same file"
/// is the rule: <see cref="HandWrittenVariant.Scan"/> reads the table once (best without a covering index for
/// the as-of question), <see cref="HandWrittenVariant.Ranges"/> splits "on the path and not yet admitted on D"
/// into three disjoint index ranges — still open, dropped after D, admitted after D — which a covering index
/// led by (AdmittedOn, DroppedOn, SourceOn) answers without touching the table. Both are timed; the faster is
/// the reference.
/// </remarks>
internal static class HandWrittenSql
{
    private const string Head = """
        WITH
        units AS (
            SELECT w.Id AS WardId, t.Count AS Target, COALESCE(t.Scope, 1) AS Scope
            FROM Wards AS w
            LEFT JOIN Targets AS t ON t.WardId = w.Id AND t.Year = $year AND NOT t.IsDeleted
            WHERE NOT w.IsDeleted AND w.ValidFrom <= $yearEnd AND (w.ValidTo IS NULL OR w.ValidTo >= $yearStart)
        ),
        plan AS (
            SELECT p.Count AS Plan, p.Scope AS Scope FROM CityPlans AS p WHERE p.Year = $year AND NOT p.IsDeleted
        ),
        admitted AS MATERIALIZED (
            SELECT c.WardId AS WardId, k.Kind IN (1, 2) AS Residential, c.Category AS Category,
                   CAST(substr(c.AdmittedOn, 6, 2) AS INTEGER) AS Month, COUNT(*) AS N
            FROM Candidates AS c
            JOIN Cells AS k ON k.Id = c.CellId
            WHERE c.AdmittedOn >= $yearStart AND c.AdmittedOn <= $until AND NOT c.IsDeleted
            GROUP BY c.WardId, Residential, c.Category, Month
        ),

        """;

    private const string StageColumns = """
        c.WardId, c.CellId, c.LastDroppedOn, c.ReinstatedOn,
                   CASE WHEN c.DecisionOn <= $asOf THEN 7
                        WHEN c.CommitteeReviewOn <= $asOf THEN 6
                        WHEN c.CellResolutionOn <= $asOf THEN 5
                        WHEN c.VerificationOn <= $asOf THEN 4
                        WHEN c.DossierOn <= $asOf THEN 3
                        WHEN c.SympathiserOn <= $asOf THEN 2
                        ELSE 1 END AS StageOn
        """;

    private const string ScanPipeline = $$"""
        on_path AS (
            SELECT {{StageColumns}}
            FROM Candidates AS c NOT INDEXED
            WHERE NOT c.IsDeleted AND c.SourceOn <= $asOf
              AND (c.AdmittedOn IS NULL OR c.AdmittedOn > $asOf)
              AND (c.DroppedOn IS NULL OR c.DroppedOn > $asOf)
        ),

        """;

    private const string RangesPipeline = $$"""
        on_path AS (
            SELECT {{StageColumns}}
            FROM Candidates AS c
            WHERE c.AdmittedOn IS NULL AND c.DroppedOn IS NULL AND c.SourceOn <= $asOf AND NOT c.IsDeleted
            UNION ALL
            SELECT {{StageColumns}}
            FROM Candidates AS c
            WHERE c.AdmittedOn IS NULL AND c.DroppedOn > $asOf AND c.SourceOn <= $asOf AND NOT c.IsDeleted
            UNION ALL
            SELECT {{StageColumns}}
            FROM Candidates AS c
            WHERE c.AdmittedOn > $asOf AND (c.DroppedOn IS NULL OR c.DroppedOn > $asOf) AND c.SourceOn <= $asOf AND NOT c.IsDeleted
        ),

        """;

    private const string Tail = """
        pipeline AS MATERIALIZED (
            SELECT WardId, CellId, StageOn, COUNT(*) AS N
            FROM on_path
            WHERE NOT (LastDroppedOn IS NOT NULL AND LastDroppedOn <= $asOf AND ReinstatedOn IS NOT NULL AND ReinstatedOn > $asOf)
            GROUP BY WardId, CellId, StageOn
        ),
        admitted_by_unit AS (
            SELECT a.WardId AS WardId,
                   SUM(CASE WHEN a.Residential OR u.Scope = 1 THEN a.N ELSE 0 END) AS InScope,
                   SUM(CASE WHEN a.Residential THEN a.N ELSE 0 END) AS Residential,
                   SUM(a.N) AS AllCells,
                   SUM(CASE WHEN a.Category = 1 AND (a.Residential OR u.Scope = 1) THEN a.N ELSE 0 END) AS C1,
                   SUM(CASE WHEN a.Category = 2 AND (a.Residential OR u.Scope = 1) THEN a.N ELSE 0 END) AS C2,
                   SUM(CASE WHEN a.Category = 3 AND (a.Residential OR u.Scope = 1) THEN a.N ELSE 0 END) AS C3,
                   SUM(CASE WHEN a.Category = 4 AND (a.Residential OR u.Scope = 1) THEN a.N ELSE 0 END) AS C4,
                   SUM(CASE WHEN a.Category = 5 AND (a.Residential OR u.Scope = 1) THEN a.N ELSE 0 END) AS C5,
                   SUM(CASE WHEN a.Category = 9 AND (a.Residential OR u.Scope = 1) THEN a.N ELSE 0 END) AS C9
            FROM admitted AS a
            JOIN units AS u ON u.WardId = a.WardId
            GROUP BY a.WardId
        ),
        pipeline_by_unit AS (
            SELECT p.WardId AS WardId,
                   SUM(CASE WHEN p.StageOn = 1 THEN p.N ELSE 0 END) AS S1, SUM(CASE WHEN p.StageOn = 2 THEN p.N ELSE 0 END) AS S2,
                   SUM(CASE WHEN p.StageOn = 3 THEN p.N ELSE 0 END) AS S3, SUM(CASE WHEN p.StageOn = 4 THEN p.N ELSE 0 END) AS S4,
                   SUM(CASE WHEN p.StageOn = 5 THEN p.N ELSE 0 END) AS S5, SUM(CASE WHEN p.StageOn = 6 THEN p.N ELSE 0 END) AS S6,
                   SUM(CASE WHEN p.StageOn = 7 THEN p.N ELSE 0 END) AS S7
            FROM pipeline AS p
            JOIN Cells AS k ON k.Id = p.CellId
            JOIN units AS u ON u.WardId = p.WardId
            WHERE k.Kind IN (1, 2) OR u.Scope = 1
            GROUP BY p.WardId
        ),
        city AS (
            SELECT SUM(a.N) AS InScope,
                   SUM(CASE WHEN a.Month = 1 THEN a.N ELSE 0 END) AS M1, SUM(CASE WHEN a.Month = 2 THEN a.N ELSE 0 END) AS M2,
                   SUM(CASE WHEN a.Month = 3 THEN a.N ELSE 0 END) AS M3, SUM(CASE WHEN a.Month = 4 THEN a.N ELSE 0 END) AS M4,
                   SUM(CASE WHEN a.Month = 5 THEN a.N ELSE 0 END) AS M5, SUM(CASE WHEN a.Month = 6 THEN a.N ELSE 0 END) AS M6,
                   SUM(CASE WHEN a.Month = 7 THEN a.N ELSE 0 END) AS M7, SUM(CASE WHEN a.Month = 8 THEN a.N ELSE 0 END) AS M8,
                   SUM(CASE WHEN a.Month = 9 THEN a.N ELSE 0 END) AS M9, SUM(CASE WHEN a.Month = 10 THEN a.N ELSE 0 END) AS M10,
                   SUM(CASE WHEN a.Month = 11 THEN a.N ELSE 0 END) AS M11, SUM(CASE WHEN a.Month = 12 THEN a.N ELSE 0 END) AS M12
            FROM admitted AS a
            JOIN units AS u ON u.WardId = a.WardId
            WHERE a.Residential OR COALESCE((SELECT Scope FROM plan), 1) = 1
        )
        SELECT u.WardId, u.Target, u.Scope,
               COALESCE(a.InScope, 0), COALESCE(a.Residential, 0), COALESCE(a.AllCells, 0),
               COALESCE(p.S1, 0), COALESCE(p.S2, 0), COALESCE(p.S3, 0), COALESCE(p.S4, 0),
               COALESCE(p.S5, 0), COALESCE(p.S6, 0), COALESCE(p.S7, 0),
               COALESCE(a.C1, 0), COALESCE(a.C2, 0), COALESCE(a.C3, 0), COALESCE(a.C4, 0), COALESCE(a.C5, 0), COALESCE(a.C9, 0),
               0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        FROM units AS u
        LEFT JOIN admitted_by_unit AS a ON a.WardId = u.WardId
        LEFT JOIN pipeline_by_unit AS p ON p.WardId = u.WardId
        UNION ALL
        SELECT NULL, (SELECT Plan FROM plan), COALESCE((SELECT Scope FROM plan), 1),
               COALESCE(city.InScope, 0), 0, 0,
               0, 0, 0, 0, 0, 0, 0,
               0, 0, 0, 0, 0, 0,
               COALESCE(M1, 0), COALESCE(M2, 0), COALESCE(M3, 0), COALESCE(M4, 0), COALESCE(M5, 0), COALESCE(M6, 0),
               COALESCE(M7, 0), COALESCE(M8, 0), COALESCE(M9, 0), COALESCE(M10, 0), COALESCE(M11, 0), COALESCE(M12, 0)
        FROM city
        """;

    public static string Text(HandWrittenVariant variant) =>
        Head + (variant == HandWrittenVariant.Scan ? ScanPipeline : RangesPipeline) + Tail;

    private static readonly Category[] CategoryColumns =
        [Category.YouthUnionMember, Category.DemobilisedSoldier, Category.YoungEntrepreneur, Category.EnterpriseWorker, Category.Student, Category.Other];

    /// <summary>The statement's parameters; dates as the ISO text EF Core stores for DateOnly.</summary>
    public static IReadOnlyList<(string Name, object Value)> Parameters(int year, DateOnly asOf)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var until = asOf < yearEnd ? asOf : yearEnd;
        static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            ("$year", year),
            ("$yearStart", Text(yearStart)),
            ("$yearEnd", Text(yearEnd)),
            ("$until", Text(until)),
            ("$asOf", Text(asOf)),
        ];
    }

    public static async Task<DashboardFigures> RunAsync(string connectionString, HandWrittenVariant variant, int year, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Text(variant);
        foreach (var (name, value) in Parameters(year, asOf))
        {
            command.Parameters.AddWithValue(name, value);
        }

        var units = new Dictionary<int, UnitFigures>();
        CityFigures? city = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            int Int(int ordinal) => reader.GetInt32(ordinal);
            var target = reader.IsDBNull(1) ? (int?)null : Int(1);
            var scope = (TargetScope)Int(2);
            if (reader.IsDBNull(0))
            {
                city = new CityFigures(target, scope, Int(3), [.. Enumerable.Range(19, 12).Select(Int)]);
                continue;
            }

            var byStage = Enumerable.Range(6, 7).Select(Int).ToArray();
            var byCategory = CategoryColumns.Select((c, i) => (c, Int(13 + i))).Where(x => x.Item2 != 0).ToDictionary(x => x.c, x => x.Item2);
            units[Int(0)] = new UnitFigures(
                Int(0), target, scope, Int(3), Int(4), Int(5),
                AwaitingCeremony: byStage[6],
                InPipeline: byStage[4] + byStage[5] + byStage[6],
                byStage,
                byCategory);
        }

        return new DashboardFigures(units, city ?? throw new InvalidOperationException("The statement returned no city row."));
    }
}

/// <summary>How the hand-written statement finds the candidates on the path on the as-of date.</summary>
internal enum HandWrittenVariant
{
    /// <summary>One pass over the table.</summary>
    Scan,

    /// <summary>Three disjoint index ranges (still open, dropped after D, admitted after D).</summary>
    Ranges,
}
