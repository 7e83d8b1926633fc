namespace UongBi.Recruitment.Data.Settings;

/// <summary>A reference-data row: one statutory number or option an administrator can change.</summary>
public sealed class Setting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
