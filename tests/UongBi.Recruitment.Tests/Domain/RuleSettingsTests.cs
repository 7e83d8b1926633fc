using UongBi.Recruitment.Domain.Rules;

namespace UongBi.Recruitment.Tests.Domain;

public class RuleSettingsTests
{
    [Fact]
    public void Defaults_are_the_statutory_values()
    {
        // Act
        var settings = new RuleSettings();

        // Assert
        settings.MinAgeMonths.ShouldBe(216);
        settings.MaxAgeMonths.ShouldBe(720);
        settings.RequiredHelpers.ShouldBe(2);
        settings.HelperKnownMonths.ShouldBe(12);
        settings.CertificateValidityMonths.ShouldBe(60);
        settings.DocumentValidityMonths.ShouldBe(12);
        settings.DecisionWorkingDays.ShouldBe(60);
        settings.DecisionExtensionWorkingDays.ShouldBe(30);
        settings.CeremonyWorkingDays.ShouldBe(30);
        settings.ProbationMonths.ShouldBe(12);
        settings.RecognitionWorkingDays.ShouldBe(30);
        settings.ReadmissionMinMonths.ShouldBe(36);
        settings.VoteThresholdNumerator.ShouldBe(2);
        settings.VoteThresholdDenominator.ShouldBe(3);
        settings.DueSoonDays.ShouldBe(30);
    }

    [Fact]
    public void ToValues_defaults_writes_every_key_as_invariant_text()
    {
        // Act
        var values = new RuleSettings().ToValues();

        // Assert
        values.Count.ShouldBe(15);
        values["Rules.MinAgeMonths"].ShouldBe("216");
        values["Rules.MaxAgeMonths"].ShouldBe("720");
        values["Rules.CertificateValidityMonths"].ShouldBe("60");
        values["Rules.DecisionWorkingDays"].ShouldBe("60");
        values["Rules.VoteThresholdDenominator"].ShouldBe("3");
        values["Rules.DueSoonDays"].ShouldBe("30");
    }

    [Fact]
    public void Descriptors_keys_are_unique_and_prefixed()
    {
        // Act
        var keys = RuleSettings.Descriptors.Select(d => d.Key).ToList();

        // Assert
        keys.Count.ShouldBe(15);
        keys.Distinct(StringComparer.Ordinal).Count().ShouldBe(keys.Count);
        keys.ShouldAllBe(k => k.StartsWith("Rules.", StringComparison.Ordinal));
    }

    [Fact]
    public void Descriptors_each_with_sets_only_its_own_value()
    {
        // Arrange
        var defaults = new RuleSettings();

        foreach (var descriptor in RuleSettings.Descriptors)
        {
            // Act
            var changed = descriptor.With(defaults, 1234);

            // Assert
            descriptor.Get(changed).ShouldBe(1234, descriptor.Key);
            foreach (var other in RuleSettings.Descriptors.Where(d => d.Key != descriptor.Key))
            {
                other.Get(changed).ShouldBe(other.Get(defaults), $"{descriptor.Key} changed {other.Key}");
            }
        }
    }

    [Fact]
    public void FromValues_round_trips_default_values()
    {
        // Arrange
        var settings = new RuleSettings();

        // Act
        var restored = RuleSettings.FromValues(settings.ToValues());

        // Assert
        restored.ShouldBe(settings);
    }

    [Fact]
    public void FromValues_round_trips_changed_values()
    {
        // Arrange
        var settings = new RuleSettings
        {
            MinAgeMonths = 17 * 12,
            MaxAgeMonths = 65 * 12,
            RequiredHelpers = 3,
            CertificateValidityMonths = 48,
            DocumentValidityMonths = 6,
            DecisionWorkingDays = 45,
            DecisionExtensionWorkingDays = 15,
            CeremonyWorkingDays = 20,
            ProbationMonths = 18,
            RecognitionWorkingDays = 25,
            ReadmissionMinMonths = 24,
            VoteThresholdNumerator = 3,
            VoteThresholdDenominator = 4,
            DueSoonDays = 14,
            HelperKnownMonths = 6,
        };

        // Act
        var values = settings.ToValues();
        var restored = RuleSettings.FromValues(values);

        // Assert
        restored.ShouldBe(settings);
        values["Rules.VoteThresholdNumerator"].ShouldBe("3");
    }

    [Fact]
    public void FromValues_empty_returns_defaults()
    {
        // Act
        var settings = RuleSettings.FromValues(new Dictionary<string, string>());

        // Assert
        settings.ShouldBe(new RuleSettings());
    }

    [Fact]
    public void FromValues_unknown_keys_are_ignored()
    {
        // Arrange
        var values = new Dictionary<string, string>
        {
            ["Rules.Unknown"] = "5",
            ["Ui.PageSize"] = "50",
            ["MinAgeMonths"] = "100",
            ["rules.minagemonths"] = "100",
            ["Rules.ProbationMonths"] = "18",
        };

        // Act
        var settings = RuleSettings.FromValues(values);

        // Assert
        settings.ShouldBe(new RuleSettings { ProbationMonths = 18 });
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("12.5")]
    [InlineData("1,000")]
    [InlineData("-1")]
    [InlineData("-60")]
    [InlineData("99999999999")]
    public void FromValues_bad_or_negative_value_keeps_the_default(string text)
    {
        // Arrange
        var values = new Dictionary<string, string>
        {
            ["Rules.DecisionWorkingDays"] = text,
            ["Rules.CeremonyWorkingDays"] = "25",
        };

        // Act
        var settings = RuleSettings.FromValues(values);

        // Assert
        settings.DecisionWorkingDays.ShouldBe(60);
        settings.CeremonyWorkingDays.ShouldBe(25);
    }

    [Fact]
    public void FromValues_number_with_surrounding_spaces_is_read()
    {
        // Arrange
        var values = new Dictionary<string, string> { ["Rules.DueSoonDays"] = " 14 " };

        // Act
        var settings = RuleSettings.FromValues(values);

        // Assert
        settings.DueSoonDays.ShouldBe(14);
    }

    [Theory]
    [InlineData("Rules.VoteThresholdDenominator")]
    [InlineData("Rules.CertificateValidityMonths")]
    [InlineData("Rules.MinAgeMonths")]
    public void FromValues_zero_where_zero_is_meaningless_keeps_the_default(string key)
    {
        // Arrange
        var defaults = new RuleSettings();
        var descriptor = RuleSettings.Descriptors.Single(d => d.Key == key);

        // Act
        var settings = RuleSettings.FromValues(new Dictionary<string, string> { [key] = "0" });

        // Assert
        descriptor.Get(settings).ShouldBe(descriptor.Get(defaults));
    }

    [Fact]
    public void FromValues_zero_extension_is_allowed()
    {
        var settings = RuleSettings.FromValues(new Dictionary<string, string> { ["Rules.DecisionExtensionWorkingDays"] = "0" });

        settings.DecisionExtensionWorkingDays.ShouldBe(0);
    }

    [Fact]
    public void FromValues_threshold_above_one_falls_back_to_two_thirds()
    {
        var settings = RuleSettings.FromValues(new Dictionary<string, string>
        {
            ["Rules.VoteThresholdNumerator"] = "4",
            ["Rules.VoteThresholdDenominator"] = "3",
        });

        settings.VoteThresholdNumerator.ShouldBe(2);
        settings.VoteThresholdDenominator.ShouldBe(3);
    }
}
