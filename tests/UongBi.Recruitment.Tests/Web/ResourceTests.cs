using System.Xml.Linq;

namespace UongBi.Recruitment.Tests.Web;

public sealed class ResourceTests
{
    private static string ResourcesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "UongBi.Recruitment.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "src", "UongBi.Recruitment.Web", "Resources");
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(ResourcesFolder(), file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Vietnamese_and_english_strings_have_the_same_keys_and_no_empty_value()
    {
        var vi = Load("SharedResource.resx");
        var en = Load("SharedResource.en.resx");

        vi.Keys.Order().ShouldBe(en.Keys.Order());
        vi.Values.ShouldAllBe(v => !string.IsNullOrWhiteSpace(v));
        en.Values.ShouldAllBe(v => !string.IsNullOrWhiteSpace(v));
    }

    [Fact]
    public void Every_domain_code_has_words_in_both_languages()
    {
        var vi = Load("SharedResource.resx");
        var expected = Enum.GetNames<UongBi.Recruitment.Domain.Candidates.Stage>().Select(n => $"Stage_{n}")
            .Concat(Enum.GetNames<UongBi.Recruitment.Domain.Candidates.Category>().Select(n => $"Category_{n}"))
            .Concat(Enum.GetNames<UongBi.Recruitment.Domain.Organisation.CellKind>().Select(n => $"CellKind_{n}"))
            .Concat(Enum.GetNames<UongBi.Recruitment.Domain.Organisation.UnitKind>().Select(n => $"UnitKind_{n}"))
            .Concat(Enum.GetNames<UongBi.Recruitment.Domain.Targets.TargetScope>().Select(n => $"Scope_{n}"))
            .Concat(Enum.GetNames<UongBi.Recruitment.Domain.Rules.DeadlineKind>().Select(n => $"DeadlineKind_{n}"))
            .Concat(Enum.GetNames<UongBi.Recruitment.Domain.Rules.DeadlineState>().Select(n => $"DeadlineState_{n}"))
            .Concat(UongBi.Recruitment.Domain.Rules.RuleSettings.Descriptors.Select(d => $"Setting_{d.Key}"));

        expected.Except(vi.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void Drill_down_chip_strings_the_candidates_list_uses_exist_in_both_languages_with_the_same_placeholders()
    {
        // Arrange: every key the list names, read from its source (a missing key would show as its name)
        var source = File.ReadAllText(Path.Combine(ResourcesFolder(), "..", "Features", "Candidates", "CandidatesPage.razor"));
        var used = System.Text.RegularExpressions.Regex.Matches(source, @"L\[""(Candidates_Drill\w+)""").Select(m => m.Groups[1].Value).Distinct().ToList();
        var vi = Load("SharedResource.resx");
        var en = Load("SharedResource.en.resx");
        static string Holes(string s) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(s, @"\{\d+\}").Select(m => m.Value).Order());

        // Assert
        used.Count.ShouldBeGreaterThanOrEqualTo(8);
        vi.Keys.Where(k => k.StartsWith("Candidates_Drill", StringComparison.Ordinal)).Order()
            .ShouldBe(en.Keys.Where(k => k.StartsWith("Candidates_Drill", StringComparison.Ordinal)).Order());
        foreach (var key in used)
        {
            vi.ShouldContainKey(key);
            en.ShouldContainKey(key);
            Holes(vi[key]).ShouldBe(Holes(en[key]), key);
        }

        vi.Keys.Where(k => k.StartsWith("Candidates_Drill", StringComparison.Ordinal)).Except(used).ShouldBeEmpty("no unused drill-down strings");
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        var vi = Load("SharedResource.resx");
        var en = Load("SharedResource.en.resx");

        foreach (var (key, value) in vi)
        {
            static string Holes(string s) => string.Join(",", System.Text.RegularExpressions.Regex.Matches(s, @"\{\d+\}").Select(m => m.Value).Order());
            Holes(value).ShouldBe(Holes(en[key]), key);
        }
    }
}
