using System.Text;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Text;

namespace UongBi.Recruitment.Tests.Domain;

public class VietnameseTextTests
{
    private const string Name = "Nguyễn Thị Thanh Mai";

    [Fact]
    public void SearchKey_vietnamese_name_returns_lower_case_without_diacritics()
    {
        // Act
        var key = VietnameseText.SearchKey(Name);

        // Assert
        key.ShouldBe("nguyen thi thanh mai");
    }

    [Theory]
    [InlineData("Đặng", "dang")]
    [InlineData("đ", "d")]
    [InlineData("Đ", "d")]
    [InlineData("Đỗ Đức Đạt", "do duc dat")]
    [InlineData("NGUYỄN", "nguyen")]
    [InlineData("NGUYỄN THỊ THANH MAI", "nguyen thi thanh mai")]
    [InlineData("Trưng Vương", "trung vuong")]
    [InlineData("Thượng Yên Công", "thuong yen cong")]
    [InlineData("Uông Bí", "uong bi")]
    [InlineData("Phường Phương Đông", "phuong phuong dong")]
    [InlineData("nguyen thi thanh mai", "nguyen thi thanh mai")]
    public void SearchKey_folds_case_diacritics_and_d_with_stroke(string value, string expected)
    {
        // Act
        var key = VietnameseText.SearchKey(value);

        // Assert
        key.ShouldBe(expected);
    }

    [Theory]
    [InlineData(Name)]
    [InlineData("Đặng Văn Lâm")]
    [InlineData("Trưng Vương")]
    [InlineData("NGUYỄN")]
    public void SearchKey_nfd_input_gives_the_same_key_as_nfc(string nfc)
    {
        // Arrange
        var nfd = nfc.Normalize(NormalizationForm.FormD);

        // Act
        var fromNfd = VietnameseText.SearchKey(nfd);
        var fromNfc = VietnameseText.SearchKey(nfc);

        // Assert
        nfd.ShouldNotBe(nfc);
        fromNfd.ShouldBe(fromNfc);
    }

    [Theory]
    [InlineData("  Nguyễn   Thị  Thanh Mai  ")]
    [InlineData("Nguyễn\tThị\nThanh\u00A0Mai")]
    [InlineData("\r\n Nguyễn Thị Thanh    Mai\t")]
    public void SearchKey_extra_and_inner_whitespace_is_collapsed(string value)
    {
        // Act
        var key = VietnameseText.SearchKey(value);

        // Assert
        key.ShouldBe("nguyen thi thanh mai");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void SearchKey_null_or_blank_returns_empty(string? value)
    {
        // Act
        var key = VietnameseText.SearchKey(value);

        // Assert
        key.ShouldBe("");
    }

    [Theory]
    [InlineData("nguyen thi thanh mai")]
    [InlineData("NGUYEN")]
    [InlineData("thanh mai")]
    [InlineData("Thanh Mài")]
    public void SearchKey_what_users_type_is_found_in_the_name_key(string typed)
    {
        // Arrange
        var nameKey = VietnameseText.SearchKey(Name.Normalize(NormalizationForm.FormD));

        // Act
        var typedKey = VietnameseText.SearchKey(typed);

        // Assert
        nameKey.Contains(typedKey, StringComparison.Ordinal).ShouldBeTrue();
    }

    [Fact]
    public void Normalize_nfd_input_returns_nfc()
    {
        // Arrange
        var nfd = Name.Normalize(NormalizationForm.FormD);

        // Act
        var normalized = VietnameseText.Normalize(nfd);

        // Assert
        normalized.ShouldBe(Name);
        normalized.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        normalized.Length.ShouldBeLessThan(nfd.Length);
    }

    [Fact]
    public void Normalize_keeps_case_and_diacritics_and_collapses_whitespace()
    {
        // Act
        var normalized = VietnameseText.Normalize("  Nguyễn   Thị\tThanh  Mai ");

        // Assert
        normalized.ShouldBe(Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Normalize_null_or_blank_returns_empty(string? value)
    {
        // Act
        var normalized = VietnameseText.Normalize(value);

        // Assert
        normalized.ShouldBe("");
    }

    [Fact]
    public void ExactKey_keeps_diacritics_in_lower_case()
    {
        // Act
        var key = VietnameseText.ExactKey("NGUYỄN Thị  Thanh Mai");

        // Assert
        key.ShouldBe("nguyễn thị thanh mai");
        key.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public void ExactKey_nfd_input_matches_nfc_input()
    {
        // Act
        var fromNfd = VietnameseText.ExactKey(Name.Normalize(NormalizationForm.FormD));

        // Assert
        fromNfd.ShouldBe(VietnameseText.ExactKey(Name));
    }

    [Fact]
    public void ExactKey_distinguishes_names_the_search_key_folds_together()
    {
        // Act
        var exactMai = VietnameseText.ExactKey("Mai");
        var exactMai2 = VietnameseText.ExactKey("Mài");

        // Assert
        exactMai.ShouldNotBe(exactMai2);
        VietnameseText.SearchKey("Mai").ShouldBe(VietnameseText.SearchKey("Mài"));
        VietnameseText.ExactKey("Đặng").ShouldBe("đặng");
    }

    [Fact]
    public void Candidate_full_name_is_stored_nfc_with_its_search_key()
    {
        // Act
        var candidate = new Candidate
        {
            FullName = "  " + Name.Normalize(NormalizationForm.FormD) + "  ",
            CitizenId = "022300001234",
        };

        // Assert
        candidate.FullName.ShouldBe(Name);
        candidate.SearchKey.ShouldBe("nguyen thi thanh mai");
    }
}
