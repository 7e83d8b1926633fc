using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Data.Seeding;

/// <summary>
/// Realistic Vietnamese names for the demo data, drawn with a seeded random generator; the benchmark's generator
/// draws from the same lists.
/// </summary>
public static class DemoNames
{
    public static readonly string[] FamilyNames =
        ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Phan", "Trịnh", "Lương"];

    public static readonly string[] MaleMiddle = ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Tiến", "Công", "Xuân", "Mạnh"];
    public static readonly string[] FemaleMiddle = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Phương", "Minh", "Khánh"];

    public static readonly string[] MaleGiven =
        ["Anh", "Bình", "Cường", "Dũng", "Đạt", "Đông", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Kiên", "Long", "Mạnh", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Trung", "Tuấn", "Tùng", "Việt", "Vinh"];

    public static readonly string[] FemaleGiven =
        ["An", "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huyền", "Hương", "Lan", "Linh", "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Vân", "Yến"];

    public static readonly string[] HelperNames =
        ["Trần Văn Hùng", "Nguyễn Thị Hoa", "Lê Đức Thắng", "Phạm Thị Lan", "Hoàng Văn Sơn", "Vũ Thị Hằng", "Đặng Quang Vinh", "Bùi Thị Nga", "Đỗ Minh Tuấn", "Ngô Thị Thảo", "Tiến Thanh Sơn", "Dương Văn Long"];

    public static string Next(Random random, Gender gender)
    {
        var family = FamilyNames[random.Next(FamilyNames.Length)];
        if (gender == Gender.Male)
        {
            return $"{family} {MaleMiddle[random.Next(MaleMiddle.Length)]} {MaleGiven[random.Next(MaleGiven.Length)]}";
        }

        return $"{family} {FemaleMiddle[random.Next(FemaleMiddle.Length)]} {FemaleGiven[random.Next(FemaleGiven.Length)]}";
    }
}
