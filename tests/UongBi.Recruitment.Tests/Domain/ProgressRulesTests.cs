using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Tests.Domain;

public class ProgressRulesTests
{
    [Fact]
    public void Period_as_of_2_september_2024_has_246_days_behind_and_120_ahead()
    {
        var period = new ProgressPeriod(2024, new DateOnly(2024, 9, 2));

        period.ElapsedDays.ShouldBe(246);
        period.RemainingDays.ShouldBe(120);
        period.DaysInYear.ShouldBe(366);
    }

    [Fact]
    public void Period_a_date_after_the_year_is_its_31_december()
    {
        var period = new ProgressPeriod(2024, new DateOnly(2025, 2, 1));

        period.AsOf.ShouldBe(new DateOnly(2024, 12, 31));
        period.RemainingDays.ShouldBe(0);
        period.ElapsedDays.ShouldBe(366);
    }

    [Fact]
    public void Period_a_date_before_the_year_has_nothing_behind_and_the_whole_year_ahead()
    {
        var period = new ProgressPeriod(2025, new DateOnly(2024, 12, 31));

        period.ElapsedDays.ShouldBe(0);
        period.RemainingDays.ShouldBe(365);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Period_an_impossible_year_is_refused(int year) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ProgressPeriod(year, new DateOnly(2024, 1, 1)));

    [Theory]
    // admitted, at stages 5–7, as of → forecast
    [InlineData(15, 4, "2024-09-02", 22)]  // pace 15 × 120 / 246 = 7.3 → 7 > 4 pipeline
    [InlineData(2, 5, "2024-09-02", 7)]    // pace 1 < 5 at stages 5–7
    [InlineData(0, 0, "2024-01-01", 0)]    // nothing admitted, nobody close
    [InlineData(0, 3, "2024-01-15", 3)]    // as of before the first admission: the pipeline alone
    [InlineData(295, 40, "2024-12-31", 295)] // the year is over: what was admitted
    [InlineData(1, 0, "2024-07-01", 2)]    // 1 × 183 / 183 = 1
    public void Forecast_adds_the_larger_of_the_pace_and_the_pipeline(int admitted, int pipeline, string asOf, int expected)
    {
        var period = new ProgressPeriod(2024, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        ProgressRules.Forecast(admitted, pipeline, period).ShouldBe(expected);
    }

    [Fact]
    public void Forecast_pace_rounds_half_away_from_zero()
    {
        // As of 4 Jan 2024: 4 days behind, 362 ahead; 1 × 362 / 4 = 90.5 → 91 (banker's rounding would give 90).
        var period = new ProgressPeriod(2024, new DateOnly(2024, 1, 4));

        ProgressRules.Forecast(1, 0, period).ShouldBe(1 + 91);
    }

    [Theory]
    [InlineData(15, 15, 15, TargetStatus.Reached)]
    [InlineData(30, 30, 15, TargetStatus.Reached)]  // above 100 % is normal
    [InlineData(10, 15, 15, TargetStatus.OnTrack)]
    [InlineData(10, 14, 15, TargetStatus.AtRisk)]
    [InlineData(3, 5, 0, TargetStatus.NoTarget)]
    [InlineData(3, 5, null, TargetStatus.NoTarget)]
    public void Status_compares_admitted_and_forecast_with_the_target(int admitted, int forecast, int? target, TargetStatus expected) =>
        ProgressRules.Status(admitted, forecast, target).ShouldBe(expected);

    [Theory]
    [InlineData(289, "2024-12-31", 289.0)]
    [InlineData(15, "2024-06-30", 7.5)]    // 182 / 366 × 15 = 7.459 → 7.5
    [InlineData(12, "2025-01-31", 1.0)]    // 31 / 365 × 12 = 1.019 → 1.0
    [InlineData(0, "2025-06-30", 0.0)]
    public void EvenPace_is_the_target_spread_evenly_over_the_days(int target, string day, double expected) =>
        ProgressRules.EvenPace(target, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe((decimal)expected);

    [Fact]
    public void ScopeOrAll_no_target_counts_every_cell() =>
        ProgressRules.ScopeOrAll(null).ShouldBe(TargetScope.AllCells);
}

public class ProgressDefaultsTests
{
    [Theory]
    [InlineData(2024, "2024-12-31")]
    [InlineData(2026, "2026-11-24")]
    [InlineData(2027, "2027-01-01")]
    public void DefaultAsOf_is_today_this_year_and_31_december_for_past_years(int year, string expected) =>
        ProgressRules.DefaultAsOf(year, new DateOnly(2026, 11, 24))
            .ShouldBe(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
