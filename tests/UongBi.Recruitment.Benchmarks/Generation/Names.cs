using UongBi.Recruitment.Data.Seeding;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Text;

namespace UongBi.Recruitment.Benchmarks.Generation;

/// <summary>
/// Vietnamese names for generated people and units, from the demo seeder's lists; the keys are
/// computed once per distinct name with the entity's own <see cref="VietnameseText"/> functions, so SearchKey
/// and ExactKey are exactly what <c>Candidate.FullName</c>'s setter would store.
/// </summary>
internal sealed class Names
{
    private static readonly string[] FamilyNames = DemoNames.FamilyNames;
    private static readonly string[] MaleMiddle = DemoNames.MaleMiddle;
    private static readonly string[] FemaleMiddle = DemoNames.FemaleMiddle;
    private static readonly string[] MaleGiven = DemoNames.MaleGiven;
    private static readonly string[] FemaleGiven = DemoNames.FemaleGiven;

    private static readonly string[] PlaceParts =
        ["Tân", "An", "Bình", "Hòa", "Phú", "Thịnh", "Hưng", "Long", "Thành", "Minh", "Đông", "Tây", "Nam", "Bắc", "Quang", "Yên", "Hồng", "Phước", "Lộc", "Sơn", "Đức", "Trung", "Việt", "Thượng", "Hạ", "Vĩnh", "Xuân", "Cẩm", "Đồng", "Kim"];

    private readonly Dictionary<(int, int, int, int), (string Name, string Search, string Exact)> _cache = [];

    /// <summary>A person's name with its stored search keys.</summary>
    public (string Name, string Search, string Exact) Person(Random random, Gender gender)
    {
        var family = random.Next(FamilyNames.Length);
        var middle = random.Next(gender == Gender.Male ? MaleMiddle.Length : FemaleMiddle.Length);
        var given = random.Next(gender == Gender.Male ? MaleGiven.Length : FemaleGiven.Length);
        var key = ((int)gender, family, middle, given);
        if (!_cache.TryGetValue(key, out var entry))
        {
            var raw = gender == Gender.Male
                ? $"{FamilyNames[family]} {MaleMiddle[middle]} {MaleGiven[given]}"
                : $"{FamilyNames[family]} {FemaleMiddle[middle]} {FemaleGiven[given]}";
            var name = VietnameseText.Normalize(raw);
            entry = (name, VietnameseText.SearchKey(name), VietnameseText.ExactKey(name));
            _cache[key] = entry;
        }

        return entry;
    }

    public static string Place(Random random) =>
        $"{PlaceParts[random.Next(PlaceParts.Length)]} {PlaceParts[random.Next(PlaceParts.Length)]}";
}
