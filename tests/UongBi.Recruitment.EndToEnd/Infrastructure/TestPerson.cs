using System.Globalization;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>
/// A candidate invented for one run: a four-word woman's name (the demo data's names have three words, so a
/// search for it finds only her), a citizen ID outside the demo data's province code 022, and a mobile number.
/// Names and IDs are never handed out twice in a run.
/// </summary>
public sealed record TestPerson(string FullName, string CitizenId, string Phone)
{
    private static readonly string[] FamilyNames = ["Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Đinh"];
    private static readonly string[] MiddleNames = ["Thu", "Ngọc", "Minh", "Hồng", "Phương", "Khánh", "Bảo", "Diệu"];
    private static readonly string[] GivenNames =
        ["An", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hiền", "Hoa", "Hương", "Lan", "Linh", "Loan", "Ly", "My", "Nga", "Ngân", "Nhung", "Oanh", "Quỳnh", "Thảo", "Trang", "Vân", "Yến"];

    private static readonly HashSet<string> Issued = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static TestPerson NewWoman()
    {
        lock (Gate)
        {
            string name;
            do
            {
                name = $"{Pick(FamilyNames)} Thị {Pick(MiddleNames)} {Pick(GivenNames)}";
            }
            while (!Issued.Add(name));

            string citizenId;
            do
            {
                citizenId = "099" + Digits(9);
            }
            while (!Issued.Add(citizenId));

            return new TestPerson(name, citizenId, "09" + Digits(8));
        }
    }

    private static string Pick(string[] values) => values[Random.Shared.Next(values.Length)];

    private static string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => Random.Shared.Next(10).ToString(CultureInfo.InvariantCulture)));
}
