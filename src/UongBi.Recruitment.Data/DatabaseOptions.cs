namespace UongBi.Recruitment.Data;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>SQLite file; relative paths are resolved against the content root.</summary>
    public string Path { get; set; } = "data/recruitment.db";

    /// <summary>Where the automatic copy taken before a migration goes; relative to the database folder.</summary>
    public string BackupFolder { get; set; } = "backups";

    /// <summary>Seed the Uông Bí demo data into an empty database at start-up (on in Development).</summary>
    public bool SeedDemoData { get; set; }
}
