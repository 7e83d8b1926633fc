using UongBi.Recruitment.Domain.Calendar;

namespace UongBi.Recruitment.Tests.Domain;

/// <summary>The real Vietnamese public holidays of 2024 and 2025, as the administrator seeds them.</summary>
internal static class VietnamHolidays
{
    public static IReadOnlyList<DateOnly> Dates { get; } =
    [
        // 2024
        new(2024, 1, 1),
        new(2024, 2, 8), new(2024, 2, 9), new(2024, 2, 10), new(2024, 2, 11),
        new(2024, 2, 12), new(2024, 2, 13), new(2024, 2, 14),
        new(2024, 4, 18),
        new(2024, 4, 29), new(2024, 4, 30), new(2024, 5, 1),
        new(2024, 9, 2), new(2024, 9, 3),

        // 2025
        new(2025, 1, 1),
        new(2025, 1, 27), new(2025, 1, 28), new(2025, 1, 29), new(2025, 1, 30), new(2025, 1, 31),
        new(2025, 4, 7),
        new(2025, 4, 30), new(2025, 5, 1), new(2025, 5, 2),
        new(2025, 9, 1), new(2025, 9, 2),
    ];

    public static WorkingCalendar Calendar { get; } = new(Dates);
}
