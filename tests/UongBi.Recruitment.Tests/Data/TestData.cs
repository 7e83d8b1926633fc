using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Tests.Data;

internal static class TestData
{
    public static async Task<(int WardId, int CellId)> AddWardWithCellAsync(AppDbContext db, string code = "BS", string name = "Bắc Sơn")
    {
        var ward = new Ward { Code = code, Name = name };
        ward.Cells.Add(new PartyCell { Name = "Chi bộ Khu 5", Kind = CellKind.ResidentialArea, ResidentialZone = "Khu 5" });
        db.Wards.Add(ward);
        await db.SaveChangesAsync();
        return (ward.Id, ward.Cells[0].Id);
    }

    public static Candidate NewCandidate(int wardId, int cellId, string citizenId = "022305000001", string name = "Nguyễn Thị Thanh Mai") => new()
    {
        FullName = name,
        CitizenId = citizenId,
        BirthDate = new DateOnly(2005, 8, 16),
        Gender = Gender.Female,
        WardId = wardId,
        CellId = cellId,
        Category = Category.YouthUnionMember,
        SourceOn = new DateOnly(2023, 1, 10),
    };
}
