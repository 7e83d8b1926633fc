namespace UongBi.Recruitment.Domain.Calendar;

/// <summary>
/// A day off under the Labour Code. Lunar holidays (Tết, Hùng Kings) move every year, so the table is
/// maintained by an administrator and seeded for 2024–2027.
/// </summary>
public sealed class PublicHoliday
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
}
