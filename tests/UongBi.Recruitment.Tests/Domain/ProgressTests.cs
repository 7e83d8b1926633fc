using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Tests.Domain;

public class ProgressTests
{
    [Theory]
    [InlineData(295, 289, 102)] // the city in 2024: 102 % of the plan
    [InlineData(15, 15, 100)]   // Bắc Sơn ward by 2 September 2024
    [InlineData(0, 15, 0)]
    [InlineData(30, 15, 200)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(14, 15, 93)]
    public void Percent_admitted_over_target_returns_whole_percent(int admitted, int target, int expected)
    {
        // Act
        var percent = Progress.Percent(admitted, target);

        // Assert
        percent.ShouldBe(expected);
    }

    [Theory]
    [InlineData(1, 8, 13)]     // 12.5 → 13 (banker's rounding would give 12)
    [InlineData(5, 200, 3)]    // 2.5 → 3 (banker's rounding would give 2)
    [InlineData(3, 8, 38)]     // 37.5 → 38
    [InlineData(1, 200, 1)]    // 0.5 → 1
    [InlineData(1, 16, 6)]     // 6.25 → 6
    [InlineData(7, 16, 44)]    // 43.75 → 44
    public void Percent_rounds_half_away_from_zero(int admitted, int target, int expected)
    {
        // Act
        var percent = Progress.Percent(admitted, target);

        // Assert
        percent.ShouldBe(expected);
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(5, null)]
    [InlineData(0, 0)]
    [InlineData(5, -10)]
    public void Percent_zero_or_missing_target_returns_null(int admitted, int? target)
    {
        // Act
        var percent = Progress.Percent(admitted, target);

        // Assert
        percent.ShouldBeNull();
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(5, null)]
    [InlineData(5, -1)]
    public void Ratio_zero_or_missing_target_returns_null(int admitted, int? target)
    {
        // Act
        var ratio = Progress.Ratio(admitted, target);

        // Assert
        ratio.ShouldBeNull();
    }

    [Fact]
    public void Ratio_is_the_exact_unrounded_quotient()
    {
        // Act
        var ratio = Progress.Ratio(295, 289);

        // Assert
        ratio.ShouldBe(295m / 289m);
        ratio!.Value.ShouldBeGreaterThan(1.0207m);
        ratio.Value.ShouldBeLessThan(1.0208m);
    }

    [Theory]
    [InlineData(15, 15, "1")]
    [InlineData(1, 8, "0.125")]
    [InlineData(5, 200, "0.025")]
    [InlineData(0, 7, "0")]
    [InlineData(3, 2, "1.5")]
    public void Ratio_terminating_fractions_are_exact(int admitted, int target, string expected)
    {
        // Act
        var ratio = Progress.Ratio(admitted, target);

        // Assert
        ratio.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }
}
