using UongBi.Recruitment.Domain.Calendar;

namespace UongBi.Recruitment.Data.Seeding;

/// <summary>
/// Days off under the Labour Code (Article 112) as announced for 2024–2026; 2027 follows the same pattern
/// and must be checked against the government's announcement. Only weekdays matter for working-day
/// arithmetic, but weekend days of a holiday period are listed too so the table reads like the notice.
/// Administrators maintain this table; the seed only fills an empty one.
/// </summary>
public static class VietnameseHolidays
{
    public static IReadOnlyList<PublicHoliday> Seed { get; } =
    [
        .. Days(2024, 1, 1, 1, "Tết Dương lịch", "New Year's Day"),
        .. Days(2024, 2, 8, 7, "Tết Nguyên đán Giáp Thìn", "Lunar New Year (Tết)"),
        .. Days(2024, 4, 18, 1, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration"),
        .. Days(2024, 4, 29, 1, "Nghỉ bù (hoán đổi ngày làm việc)", "Swapped day off"),
        .. Days(2024, 4, 30, 1, "Ngày Giải phóng miền Nam", "Reunification Day"),
        .. Days(2024, 5, 1, 1, "Ngày Quốc tế Lao động", "International Labour Day"),
        .. Days(2024, 9, 2, 2, "Quốc khánh", "National Day"),

        .. Days(2025, 1, 1, 1, "Tết Dương lịch", "New Year's Day"),
        .. Days(2025, 1, 25, 9, "Tết Nguyên đán Ất Tỵ", "Lunar New Year (Tết)"),
        .. Days(2025, 4, 7, 1, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration"),
        .. Days(2025, 4, 30, 1, "Ngày Giải phóng miền Nam", "Reunification Day"),
        .. Days(2025, 5, 1, 1, "Ngày Quốc tế Lao động", "International Labour Day"),
        .. Days(2025, 5, 2, 1, "Nghỉ bù (hoán đổi ngày làm việc)", "Swapped day off"),
        .. Days(2025, 9, 1, 2, "Quốc khánh", "National Day"),

        .. Days(2026, 1, 1, 1, "Tết Dương lịch", "New Year's Day"),
        .. Days(2026, 2, 14, 9, "Tết Nguyên đán Bính Ngọ", "Lunar New Year (Tết)"),
        .. Days(2026, 4, 27, 1, "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật)", "Hùng Kings' Commemoration (observed)"),
        .. Days(2026, 4, 30, 1, "Ngày Giải phóng miền Nam", "Reunification Day"),
        .. Days(2026, 5, 1, 1, "Ngày Quốc tế Lao động", "International Labour Day"),
        .. Days(2026, 9, 1, 2, "Quốc khánh", "National Day"),

        .. Days(2027, 1, 1, 1, "Tết Dương lịch", "New Year's Day"),
        .. Days(2027, 2, 4, 7, "Tết Nguyên đán Đinh Mùi (dự kiến)", "Lunar New Year (Tết, provisional)"),
        .. Days(2027, 4, 16, 1, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration"),
        .. Days(2027, 4, 30, 1, "Ngày Giải phóng miền Nam", "Reunification Day"),
        .. Days(2027, 5, 3, 1, "Nghỉ bù Quốc tế Lao động (1/5 rơi vào thứ Bảy)", "Labour Day (observed)"),
        .. Days(2027, 9, 2, 2, "Quốc khánh (dự kiến)", "National Day (provisional)"),
    ];

    private static IEnumerable<PublicHoliday> Days(int year, int month, int day, int count, string name, string nameEn) =>
        Enumerable.Range(0, count).Select(i => new PublicHoliday
        {
            Date = new DateOnly(year, month, day).AddDays(i),
            Name = name,
            NameEn = nameEn,
        });
}
