using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Web.Features.Candidates;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>Candidate commands: only the ward's own secretary changes its candidates (spoofed ids and ward values included).</summary>
public sealed class CandidateEditOperations : IMatrixOperations
{
    private static readonly string[] Secretary = [Users.WardSecretary];
    private static int _serial;

    public IEnumerable<MatrixOperation> Operations =>
    [
        new("CandidateEdit.Create(posted ward)", true, Secretary, Users.Nobody, async (sp, f, ward) =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var cell = await db.Cells.Where(c => c.WardId == ward && c.ValidTo == null).Select(c => c.Id).FirstAsync();
            var result = await sp.GetRequiredService<CandidateEditService>().CreateAsync(new CandidateForm
            {
                FullName = "Người Kiểm Tra",
                BirthDate = new DateOnly(2000, 1, 1).AddDays(Interlocked.Increment(ref _serial)),
                Gender = Gender.Male,
                CitizenId = $"0991{Interlocked.Increment(ref _serial):00000000}",
                WardId = ward,
                CellId = cell,
                Category = Category.Other,
                SourceOn = new DateOnly(2026, 1, 5),
            }, confirmPossibleDuplicate: true);
            return result.Succeeded;
        }),
        new("CandidateEdit.Update(id)", true, Secretary, Users.Nobody, async (sp, f, ward) =>
        {
            var id = ward == f.OwnWard ? f.OwnCandidate : f.OtherCandidate;
            var current = await sp.GetRequiredService<AppDbContext>().Candidates.AsNoTracking().SingleAsync(c => c.Id == id);
            var result = await sp.GetRequiredService<CandidateEditService>().UpdateAsync(id, CandidateForm.From(current) with { Notes = $"matrix {Guid.NewGuid():N}" }, confirmPossibleDuplicate: true);
            return result.Succeeded;
        }),
        new("CandidateEdit.Advance(id)", true, Secretary, Users.Nobody, async (sp, f, ward) =>
        {
            var id = ward == f.OwnWard ? f.OwnCandidate : f.OtherCandidate;
            var current = await sp.GetRequiredService<AppDbContext>().Candidates.AsNoTracking().SingleAsync(c => c.Id == id);
            // Any answer from the rules (even a refusal) means the service let the user act on the record.
            var check = await sp.GetRequiredService<CandidateEditService>().AdvanceAsync(id, new AdvanceRequest(Stage.Official, new DateOnly(2026, 11, 20), "x"), current.Version);
            return check is not null;
        }),
        new("CandidateEdit.AssignHelper(id)", true, Secretary, Users.Nobody, async (sp, f, ward) =>
        {
            var id = ward == f.OwnWard ? f.OwnCandidate : f.OtherCandidate;
            var current = await sp.GetRequiredService<AppDbContext>().Candidates.AsNoTracking().SingleAsync(c => c.Id == id);
            var result = await sp.GetRequiredService<CandidateEditService>().AssignHelperAsync(id, "Đảng Viên", null, new DateOnly(2026, 1, 1), current.Version);
            return result.Outcome != SaveOutcome.NotFound;
        }),
        new("CandidateEdit.Delete(id)", true, Secretary, Users.Nobody, async (sp, f, ward) =>
        {
            // A fresh record of the ward, so deleting it does not disturb the other operations.
            var db = sp.GetRequiredService<AppDbContext>();
            var cell = await db.Cells.Where(c => c.WardId == ward).Select(c => c.Id).FirstAsync();
            var victim = new Candidate
            {
                FullName = "Hồ Sơ Tạm",
                CitizenId = $"0992{Interlocked.Increment(ref _serial):00000000}",
                BirthDate = new DateOnly(1999, 9, 9),
                WardId = ward,
                CellId = cell,
                SourceOn = new DateOnly(2026, 1, 5),
            };
            db.Candidates.Add(victim);
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<CandidateEditService>().DeleteAsync(victim.Id);
        }),
        new("CandidateEdit.Restore()", false, [Users.Administrator], [Users.Administrator], async (sp, f, ward) =>
            await MatrixOperation.Try(async () => (object)await sp.GetRequiredService<CandidateEditService>().DeletedAsync()) is not null),
    ];
}
