using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Data.Seeding;

/// <summary>The units of Uông Bí city as of 2024, with each ward's 2024 figures for the demo data.</summary>
internal static class DemoUnits
{
    /// <param name="Admitted2024">Admissions in residential-area and village cells in 2024 (they sum to 295).</param>
    /// <param name="Target2024">The ward's 2024 target, residential scope.</param>
    internal sealed record UnitSpec(
        string Code, string Name, UnitKind Kind, int Zones, string[] Villages, string[] Enterprises, string[] Schools,
        int Target2024, int Admitted2024);

    public static readonly UnitSpec[] Units =
    [
        new("BS", "Bắc Sơn", UnitKind.Ward, 12, [], ["Công ty CP Xi măng Lam Thạch"], ["Trường THCS Bắc Sơn"], 15, 15),
        new("NK", "Nam Khê", UnitKind.Ward, 11, [], ["Công ty Than Nam Mẫu"], ["Trường THCS Nam Khê"], 30, 32),
        new("PD", "Phương Đông", UnitKind.Ward, 10, ["Thôn Tân Lập"], ["Công ty CP Gạch Cẩm Phả"], ["Trường THPT Hoàng Văn Thụ"], 32, 34),
        new("PN", "Phương Nam", UnitKind.Ward, 8, ["Thôn Hiệp Thanh", "Thôn Hiệp Thuận"], ["Công ty TNHH May Uông Bí"], ["Trường THCS Phương Nam"], 32, 30),
        new("QT", "Quang Trung", UnitKind.Ward, 14, [], ["Công ty Nhiệt điện Uông Bí", "Công ty CP Cơ khí Mạo Khê"], ["Trường THCS Quang Trung"], 36, 38),
        new("TS", "Thanh Sơn", UnitKind.Ward, 12, [], ["Công ty Xây lắp Mỏ"], ["Trường THCS Thanh Sơn"], 32, 33),
        new("TV", "Trưng Vương", UnitKind.Ward, 8, ["Thôn Điền Công 1", "Thôn Điền Công 2", "Thôn Hồng Hà"], ["Công ty TNHH Kính nổi Chu Lai"], ["Trường THCS Trưng Vương"], 35, 36),
        new("VD", "Vàng Danh", UnitKind.Ward, 11, [], ["Công ty Than Vàng Danh", "Công ty Than Uông Bí"], ["Trường THCS Vàng Danh"], 30, 28),
        new("YT", "Yên Thanh", UnitKind.Ward, 9, [], ["Công ty CP Dệt may Yên Thanh"], ["Trường THCS Yên Thanh"], 26, 27),
        new("TYC", "Thượng Yên Công", UnitKind.Commune, 0, ["Thôn Năm Mẫu 1", "Thôn Năm Mẫu 2", "Thôn Khe Sú 1", "Thôn Khe Sú 2", "Thôn Tân Lập", "Thôn Nhuệ Hổ", "Thôn Tập Đoàn"], ["Hợp tác xã Chè Thượng Yên Công"], ["Trường TH&THCS Thượng Yên Công"], 20, 22),
    ];

    /// <summary>The province's plan for the city in 2024 (residential areas and villages): 295 of 289 = 102 %.</summary>
    public const int CityPlan2024 = 289;
}
