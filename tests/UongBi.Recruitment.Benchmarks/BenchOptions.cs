using System.Globalization;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>A size of the deployment, from QUALITY.md's scale levels.</summary>
internal sealed record Scale(string Name, int Units, int DefaultCandidates)
{
    public static readonly Scale City = new("city", 11, 6_000);
    public static readonly Scale Province = new("province", 170, 120_000);
    public static readonly Scale Nation = new("nation", 3_300, 1_000_000);

    public static Scale Parse(string name) => name.ToUpperInvariant() switch
    {
        "CITY" => City,
        "PROVINCE" => Province,
        "NATION" => Nation,
        _ => throw new ArgumentException($"Unknown scale '{name}' (city, province, nation)."),
    };
}

/// <summary>Command line of the benchmark program.</summary>
internal sealed class BenchOptions
{
    public const string Usage = """
        dotnet run -c Release --project tests/UongBi.Recruitment.Benchmarks -- [options]
          --scale city|province|nation   units and default candidate count (default city)
          --candidates N                 candidates to generate (default per scale: 6,000 / 120,000 / 1,000,000)
          --db FILE                      SQLite file; reused when it was generated with the same parameters
                                         (default artifacts/benchmarks/<scale>-<N>.db)
          --json FILE                    also write the figures as JSON
          --provider sqlite              database provider (only sqlite for now)
          --year Y --as-of yyyy-MM-dd    dashboard year and as-of date (default 2025 as of 2025-09-02)
          --runs N --warmup N            timed runs (default 20) and warm-up runs (default 3)
          --plans FILE                   where to write EXPLAIN QUERY PLAN of both sides (default <db>.plans.txt)
          --seed N                       random seed of the generator (default 2024)
          --regenerate                   build the file again even when it matches
          --sql-only                     measure the hand-written SQL only
          --export                       measure the Excel export of every candidate instead of the dashboard:
                                         the app's export code vs SpreadCheetah writing the same rows from a list
          --proposed-indexes             run on a copy of the file (<db>.proposed.db) with the indexes the
                                         benchmark proposes (docs/benchmarks.md); the file itself is unchanged
        """;

    public Scale Scale { get; private set; } = Scale.City;
    public int Candidates { get; private set; }
    public string? DatabaseFile { get; private set; }
    public string? JsonFile { get; private set; }
    public string? PlansFile { get; private set; }
    public string Provider { get; private set; } = "sqlite";
    public int Year { get; private set; } = 2025;
    public DateOnly AsOf { get; private set; } = new(2025, 9, 2);
    public int Runs { get; private set; } = 20;
    public int Warmup { get; private set; } = 3;
    public int Seed { get; private set; } = 2024;
    public bool Regenerate { get; private set; }
    public bool SqlOnly { get; private set; }
    public bool Export { get; private set; }
    public bool ProposedIndexes { get; private set; }
    public bool Help { get; private set; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        int? candidates = null;
        var asOfGiven = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--scale": options.Scale = Scale.Parse(Value()); break;
                case "--candidates": candidates = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--db": options.DatabaseFile = Path.GetFullPath(Value()); break;
                case "--json": options.JsonFile = Path.GetFullPath(Value()); break;
                case "--plans": options.PlansFile = Path.GetFullPath(Value()); break;
                case "--provider": options.Provider = Value(); break;
                case "--year": options.Year = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--as-of":
                    options.AsOf = DateOnly.ParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    asOfGiven = true;
                    break;
                case "--runs": options.Runs = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--warmup": options.Warmup = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--seed": options.Seed = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--regenerate": options.Regenerate = true; break;
                case "--sql-only": options.SqlOnly = true; break;
                case "--export": options.Export = true; break;
                case "--proposed-indexes": options.ProposedIndexes = true; break;
                case "-h" or "--help": options.Help = true; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (!string.Equals(options.Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Provider '{options.Provider}' is not supported yet (sqlite only).");
        }

        if (!asOfGiven && options.Year != 2025)
        {
            // Like the dashboard: a past year is shown as of its last day.
            options.AsOf = new DateOnly(options.Year, 12, 31);
        }

        options.Candidates = candidates ?? options.Scale.DefaultCandidates;
        options.DatabaseFile ??= Path.GetFullPath(Path.Combine(
            RepositoryRoot(), "artifacts", "benchmarks", $"{options.Scale.Name}-{options.Candidates}.db"));
        return options;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "UongBi.Recruitment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
