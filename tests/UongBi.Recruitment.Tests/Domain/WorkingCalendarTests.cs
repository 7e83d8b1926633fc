using UongBi.Recruitment.Domain.Calendar;

namespace UongBi.Recruitment.Tests.Domain;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = VietnamHolidays.Calendar;

    [Theory]
    [InlineData(2024, 2, 7, 1, 2024, 2, 15)]   // Wed before Tết 2024 → Thu after it
    [InlineData(2024, 2, 7, 2, 2024, 2, 16)]
    [InlineData(2024, 2, 7, 3, 2024, 2, 19)]   // weekend after Tết skipped too
    [InlineData(2024, 8, 30, 1, 2024, 9, 4)]   // Fri → weekend, 2/9 and 3/9 → Wed
    [InlineData(2024, 4, 26, 1, 2024, 5, 2)]   // Fri → weekend, 29/4, 30/4, 1/5 → Thu
    [InlineData(2024, 4, 17, 1, 2024, 4, 19)]  // Hùng Kings 18/4/2024 skipped
    [InlineData(2024, 12, 31, 1, 2025, 1, 2)]  // New Year's Day skipped
    [InlineData(2025, 1, 24, 1, 2025, 2, 3)]   // Fri before Tết 2025 → Mon after it
    [InlineData(2025, 4, 29, 1, 2025, 5, 5)]   // 30/4, 1/5, 2/5 and weekend skipped
    [InlineData(2025, 8, 29, 1, 2025, 9, 3)]   // Fri → weekend, 1/9, 2/9 → Wed
    [InlineData(2024, 1, 10, 60, 2024, 4, 10)]
    [InlineData(2024, 1, 10, 90, 2024, 5, 28)]
    [InlineData(2025, 3, 15, 30, 2025, 4, 28)]
    public void AddWorkingDays_across_holidays_skips_them(int sy, int sm, int sd, int days, int ey, int em, int ed)
    {
        // Arrange
        var start = new DateOnly(sy, sm, sd);

        // Act
        var result = Calendar.AddWorkingDays(start, days);

        // Assert
        result.ShouldBe(new DateOnly(ey, em, ed));
    }

    [Theory]
    [InlineData(2023, 6, 2, 1, 2023, 6, 5)]    // Fri + 1 → Mon
    [InlineData(2023, 6, 3, 1, 2023, 6, 5)]    // Sat + 1 → Mon
    [InlineData(2023, 6, 4, 1, 2023, 6, 5)]    // Sun + 1 → Mon
    [InlineData(2023, 6, 5, 5, 2023, 6, 12)]   // Mon + 5 → next Mon
    [InlineData(2023, 6, 5, 10, 2023, 6, 19)]
    public void AddWorkingDays_weekends_are_skipped(int sy, int sm, int sd, int days, int ey, int em, int ed)
    {
        // Arrange
        var start = new DateOnly(sy, sm, sd);

        // Act
        var result = Calendar.AddWorkingDays(start, days);

        // Assert
        result.ShouldBe(new DateOnly(ey, em, ed));
    }

    [Theory]
    [InlineData(2024, 2, 7)]
    [InlineData(2024, 2, 10)]  // a holiday on a Saturday
    [InlineData(2024, 9, 2)]   // a holiday
    public void AddWorkingDays_zero_days_returns_the_start(int year, int month, int day)
    {
        // Arrange
        var start = new DateOnly(year, month, day);

        // Act
        var result = Calendar.AddWorkingDays(start, 0);

        // Assert
        result.ShouldBe(start);
    }

    [Fact]
    public void AddWorkingDays_negative_days_throws()
    {
        // Arrange
        var start = new DateOnly(2024, 2, 7);

        // Act
        Action act = () => Calendar.AddWorkingDays(start, -1);

        // Assert
        act.ShouldThrow<ArgumentOutOfRangeException>().ParamName.ShouldBe("workingDays");
    }

    [Fact]
    public void AddWorkingDays_empty_calendar_counts_only_weekends()
    {
        // Arrange
        var start = new DateOnly(2024, 2, 7);

        // Act
        var result = WorkingCalendar.Empty.AddWorkingDays(start, 1);

        // Assert
        result.ShouldBe(new DateOnly(2024, 2, 8));
    }

    [Theory]
    [InlineData(2024, 2, 7, 2024, 2, 15, 1)]
    [InlineData(2024, 2, 2, 2024, 2, 19, 6)]
    [InlineData(2024, 8, 30, 2024, 9, 4, 1)]
    [InlineData(2024, 1, 10, 2024, 4, 10, 60)]
    [InlineData(2024, 1, 1, 2024, 12, 31, 250)]
    [InlineData(2025, 1, 1, 2025, 12, 31, 249)]
    [InlineData(2024, 6, 3, 2024, 6, 3, 0)]
    [InlineData(2024, 6, 3, 2024, 6, 4, 1)]   // the start day is not counted, the end day is
    [InlineData(2024, 6, 7, 2024, 6, 9, 0)]   // Fri → Sun
    public void WorkingDaysBetween_counts_working_days_after_start_up_to_end(int fy, int fm, int fd, int ty, int tm, int td, int expected)
    {
        // Arrange
        var from = new DateOnly(fy, fm, fd);
        var to = new DateOnly(ty, tm, td);

        // Act
        var count = Calendar.WorkingDaysBetween(from, to);

        // Assert
        count.ShouldBe(expected);
    }

    [Theory]
    [InlineData(2024, 2, 2, 2024, 2, 19)]
    [InlineData(2024, 1, 10, 2024, 4, 10)]
    [InlineData(2024, 8, 30, 2024, 9, 10)]
    [InlineData(2024, 12, 20, 2025, 2, 10)]
    public void WorkingDaysBetween_reversed_dates_is_negative_and_symmetric(int fy, int fm, int fd, int ty, int tm, int td)
    {
        // Arrange
        var from = new DateOnly(fy, fm, fd);
        var to = new DateOnly(ty, tm, td);

        // Act
        var forward = Calendar.WorkingDaysBetween(from, to);
        var backward = Calendar.WorkingDaysBetween(to, from);

        // Assert
        forward.ShouldBeGreaterThan(0);
        backward.ShouldBe(-forward);
    }

    [Fact]
    public void WorkingDaysBetween_reversed_across_tet_counts_negative_working_days()
    {
        // Act
        var count = Calendar.WorkingDaysBetween(new DateOnly(2024, 2, 19), new DateOnly(2024, 2, 2));

        // Assert
        count.ShouldBe(-6);
    }

    [Theory]
    [InlineData(2024, 2, 7, true)]    // Wednesday
    [InlineData(2024, 2, 8, false)]   // Tết
    [InlineData(2024, 2, 14, false)]  // Tết
    [InlineData(2024, 2, 15, true)]
    [InlineData(2024, 4, 18, false)]  // Hùng Kings
    [InlineData(2024, 9, 2, false)]
    [InlineData(2024, 9, 3, false)]
    [InlineData(2024, 9, 4, true)]
    [InlineData(2024, 6, 8, false)]   // Saturday
    [InlineData(2024, 6, 9, false)]   // Sunday
    [InlineData(2024, 6, 10, true)]   // Monday
    [InlineData(2025, 1, 1, false)]
    [InlineData(2025, 1, 27, false)]
    [InlineData(2025, 4, 7, false)]
    [InlineData(2025, 5, 2, false)]
    [InlineData(2025, 9, 1, false)]
    [InlineData(2025, 9, 3, true)]
    public void IsWorkingDay_weekdays_weekends_and_holidays(int year, int month, int day, bool expected)
    {
        // Act
        var working = Calendar.IsWorkingDay(new DateOnly(year, month, day));

        // Assert
        working.ShouldBe(expected);
    }

    [Fact]
    public void IsWorkingDay_every_seeded_holiday_is_not_a_working_day()
    {
        // Act
        var working = VietnamHolidays.Dates.Where(Calendar.IsWorkingDay).ToList();

        // Assert
        working.ShouldBeEmpty();
    }

    [Fact]
    public void IsWorkingDay_holiday_not_in_the_table_is_a_working_day()
    {
        // Arrange: 2026 has not been entered in this calendar
        var newYear2026 = new DateOnly(2026, 1, 1);

        // Act
        var working = Calendar.IsWorkingDay(newYear2026);

        // Assert
        working.ShouldBeTrue();
    }

    [Fact]
    public void AddWorkingDays_agrees_with_WorkingDaysBetween_over_2024_and_2025()
    {
        // Arrange
        var mismatches = new List<string>();
        for (var start = new DateOnly(2024, 1, 1); start <= new DateOnly(2025, 10, 31); start = start.AddDays(1))
        {
            foreach (var days in new[] { 1, 5, 30, 60 })
            {
                // Act
                var end = Calendar.AddWorkingDays(start, days);

                if (!Calendar.IsWorkingDay(end) || Calendar.WorkingDaysBetween(start, end) != days
                    || Calendar.WorkingDaysBetween(start, end.AddDays(-1)) != days - 1)
                {
                    mismatches.Add($"{start:O}+{days}");
                }
            }
        }

        // Assert
        mismatches.ShouldBeEmpty();
    }
}
