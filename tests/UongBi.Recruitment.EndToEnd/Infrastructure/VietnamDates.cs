using System.Globalization;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>Dates as the app sees them: "today" is the date in Vietnam (UTC+7), and dates are written dd/MM/yyyy.</summary>
public static class VietnamDates
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    /// <summary>dd/MM/yyyy: what the date fields accept and what the Vietnamese pages show.</summary>
    public static string Text(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
