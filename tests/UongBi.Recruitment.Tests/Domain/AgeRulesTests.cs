using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Tests.Domain;

public class AgeRulesTests
{
    private static readonly RuleSettings Settings = new();

    [Theory]
    [InlineData(2000, 5, 10, 2000, 5, 10, 0)]
    [InlineData(2000, 5, 10, 2000, 6, 9, 0)]
    [InlineData(2000, 5, 10, 2000, 6, 10, 1)]
    [InlineData(2000, 5, 10, 2024, 5, 9, 287)]
    [InlineData(2000, 5, 10, 2024, 5, 10, 288)]
    [InlineData(2000, 5, 10, 2024, 12, 31, 295)]
    [InlineData(1999, 12, 15, 2000, 1, 15, 1)]
    public void AgeInMonths_counts_whole_months_completed(int by, int bm, int bd, int oy, int om, int od, int expected)
    {
        // Arrange
        var birth = new DateOnly(by, bm, bd);
        var on = new DateOnly(oy, om, od);

        // Act
        var months = AgeRules.AgeInMonths(birth, on);

        // Assert
        months.ShouldBe(expected);
    }

    [Theory]
    [InlineData(2024, 1, 31, 2024, 2, 28, 0)] // leap year: 28 Feb is not yet the end of February
    [InlineData(2024, 1, 31, 2024, 2, 29, 1)] // leap year: one month on 29 Feb
    [InlineData(2023, 1, 31, 2023, 2, 27, 0)]
    [InlineData(2023, 1, 31, 2023, 2, 28, 1)] // common year: one month on 28 Feb
    [InlineData(2023, 1, 31, 2023, 3, 30, 1)]
    [InlineData(2023, 1, 31, 2023, 3, 31, 2)]
    [InlineData(2023, 3, 31, 2023, 4, 30, 1)]
    [InlineData(2024, 1, 30, 2024, 2, 29, 1)]
    public void AgeInMonths_born_at_month_end_completes_month_on_last_day_of_shorter_month(
        int by, int bm, int bd, int oy, int om, int od, int expected)
    {
        // Arrange
        var birth = new DateOnly(by, bm, bd);
        var on = new DateOnly(oy, om, od);

        // Act
        var months = AgeRules.AgeInMonths(birth, on);

        // Assert
        months.ShouldBe(expected);
    }

    [Theory]
    [InlineData(2005, 2, 27, 11)]
    [InlineData(2005, 2, 28, 12)]  // common year: the birthday is taken as 28 Feb
    [InlineData(2005, 3, 1, 12)]
    [InlineData(2008, 2, 28, 47)]  // leap year: not yet, the birthday is 29 Feb
    [InlineData(2008, 2, 29, 48)]
    [InlineData(2022, 2, 27, 215)]
    [InlineData(2022, 2, 28, 216)] // 18 years
    public void AgeInMonths_born_on_29_february_counts_birthdays_correctly(int oy, int om, int od, int expected)
    {
        // Arrange
        var birth = new DateOnly(2004, 2, 29);

        // Act
        var months = AgeRules.AgeInMonths(birth, new DateOnly(oy, om, od));

        // Assert
        months.ShouldBe(expected);
    }

    [Theory]
    [InlineData(1999, 5, 10, -12)]
    [InlineData(2000, 2, 10, -3)]
    [InlineData(1990, 5, 10, -120)]
    public void AgeInMonths_date_before_birth_is_negative(int oy, int om, int od, int expected)
    {
        // Arrange
        var birth = new DateOnly(2000, 5, 10);

        // Act
        var months = AgeRules.AgeInMonths(birth, new DateOnly(oy, om, od));

        // Assert
        months.ShouldBe(expected);
    }

    [Fact]
    public void Check_day_before_18th_birthday_is_too_young()
    {
        // Arrange
        var birth = new DateOnly(2006, 5, 19);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 5, 18), Settings, hasOverAgeConsent: false);

        // Assert
        check.Months.ShouldBe(215);
        check.Status.ShouldBe(AgeStatus.TooYoung);
        check.Allowed.ShouldBeFalse();
    }

    [Fact]
    public void Check_on_18th_birthday_is_eligible()
    {
        // Arrange
        var birth = new DateOnly(2006, 5, 19);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 5, 19), Settings, hasOverAgeConsent: false);

        // Assert
        check.Months.ShouldBe(216);
        check.Status.ShouldBe(AgeStatus.Eligible);
        check.Allowed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(2022, 2, 27, AgeStatus.TooYoung)]
    [InlineData(2022, 2, 28, AgeStatus.Eligible)]
    public void Check_born_29_february_turns_18_on_28_february_of_a_common_year(int oy, int om, int od, AgeStatus expected)
    {
        // Arrange
        var birth = new DateOnly(2004, 2, 29);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(oy, om, od), Settings, hasOverAgeConsent: false);

        // Assert
        check.Status.ShouldBe(expected);
    }

    [Fact]
    public void Check_too_young_with_over_age_consent_is_still_too_young()
    {
        // Arrange
        var birth = new DateOnly(2006, 5, 19);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 5, 18), Settings, hasOverAgeConsent: true);

        // Assert
        check.Status.ShouldBe(AgeStatus.TooYoung);
    }

    [Fact]
    public void Check_exactly_60_years_is_eligible()
    {
        // Arrange
        var birth = new DateOnly(1964, 1, 10);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 1, 10), Settings, hasOverAgeConsent: false);

        // Assert
        check.Months.ShouldBe(720);
        check.Status.ShouldBe(AgeStatus.Eligible);
    }

    [Fact]
    public void Check_60_years_and_a_few_days_is_still_eligible()
    {
        // Arrange: the 721st month is not complete until 10/02/2024
        var birth = new DateOnly(1964, 1, 10);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 2, 9), Settings, hasOverAgeConsent: false);

        // Assert
        check.Months.ShouldBe(720);
        check.Status.ShouldBe(AgeStatus.Eligible);
    }

    [Fact]
    public void Check_60_years_and_1_month_is_too_old()
    {
        // Arrange
        var birth = new DateOnly(1964, 1, 10);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 2, 10), Settings, hasOverAgeConsent: false);

        // Assert
        check.Months.ShouldBe(721);
        check.Status.ShouldBe(AgeStatus.TooOld);
        check.Allowed.ShouldBeFalse();
    }

    [Fact]
    public void Check_over_60_with_consent_is_allowed_as_over_age_with_consent()
    {
        // Arrange
        var birth = new DateOnly(1964, 1, 10);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 2, 10), Settings, hasOverAgeConsent: true);

        // Assert
        check.Months.ShouldBe(721);
        check.Status.ShouldBe(AgeStatus.OverAgeWithConsent);
        check.Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Check_eligible_with_consent_stays_eligible()
    {
        // Arrange
        var birth = new DateOnly(1990, 1, 10);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 2, 10), Settings, hasOverAgeConsent: true);

        // Assert
        check.Status.ShouldBe(AgeStatus.Eligible);
    }

    [Fact]
    public void Check_age_limits_come_from_settings()
    {
        // Arrange: 35 years as the upper limit
        var settings = Settings with { MaxAgeMonths = 35 * 12 };
        var birth = new DateOnly(1988, 1, 10);

        // Act
        var check = AgeRules.Check(birth, new DateOnly(2024, 1, 10), settings, hasOverAgeConsent: false);

        // Assert
        check.Months.ShouldBe(432);
        check.Status.ShouldBe(AgeStatus.TooOld);
    }

    [Theory]
    [InlineData(2006, 1, 10, 216, 2024, 1, 10)]
    [InlineData(2004, 2, 29, 216, 2022, 2, 28)]
    [InlineData(2006, 3, 31, 1, 2006, 4, 30)]
    [InlineData(1964, 1, 10, 720, 2024, 1, 10)]
    public void DateTurning_returns_first_day_at_that_age(int by, int bm, int bd, int months, int ey, int em, int ed)
    {
        // Arrange
        var birth = new DateOnly(by, bm, bd);

        // Act
        var date = AgeRules.DateTurning(birth, months);

        // Assert
        date.ShouldBe(new DateOnly(ey, em, ed));
        AgeRules.AgeInMonths(birth, date).ShouldBe(months);
        AgeRules.AgeInMonths(birth, date.AddDays(-1)).ShouldBe(months - 1);
    }

    [Theory]
    [InlineData(2024, 5, 18, 17)]
    [InlineData(2024, 5, 19, 18)]
    [InlineData(2025, 5, 18, 18)]
    public void AgeInYears_returns_whole_years(int oy, int om, int od, int expected)
    {
        // Arrange
        var birth = new DateOnly(2006, 5, 19);

        // Act
        var years = AgeRules.AgeInYears(birth, new DateOnly(oy, om, od));

        // Assert
        years.ShouldBe(expected);
    }

    [Fact]
    public void AgeInMonths_agrees_with_DateTurning_for_every_birth_date_of_a_leap_cycle()
    {
        // Arrange: every birth date from 2003 to 2006 (including 29/02/2004), ages 0 to 25 months
        var mismatches = new List<string>();
        for (var birth = new DateOnly(2003, 1, 1); birth <= new DateOnly(2006, 12, 31); birth = birth.AddDays(1))
        {
            for (var months = 1; months <= 25; months++)
            {
                // Act
                var turning = AgeRules.DateTurning(birth, months);
                var onTheDay = AgeRules.AgeInMonths(birth, turning);
                var dayBefore = AgeRules.AgeInMonths(birth, turning.AddDays(-1));

                if (onTheDay != months || dayBefore != months - 1)
                {
                    mismatches.Add($"{birth:O}+{months}: {onTheDay}/{dayBefore}");
                }
            }
        }

        // Assert
        mismatches.ShouldBeEmpty();
    }
}
