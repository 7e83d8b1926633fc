namespace UongBi.Recruitment.Domain.Calendar;

/// <summary>Users work in Vietnam time (UTC+7, no daylight saving): "today" is their today, not the server's.</summary>
public static class VietnamTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset Now(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>A stored instant shown as Vietnam wall-clock time.</summary>
    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // Minimal containers may lack tzdata; Vietnam has had a fixed +07:00 offset since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Indochina Time", "ICT");
        }
    }
}
