using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Tests.Features.Import;
using UongBi.Recruitment.Web.Features.Candidates.Import;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>Import from Excel: only a ward's own secretary imports, and only rows of her ward (the ward is named in the file).</summary>
public sealed class ImportOperations : IMatrixOperations
{
    private static int _serial;

    public IEnumerable<MatrixOperation> Operations =>
    [
        new("CandidateImport.Read+Commit(ward named in the file)", true, [Users.WardSecretary], Users.Nobody, async (sp, f, ward) =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var wardName = await db.Wards.Where(w => w.Id == ward).Select(w => w.Name).SingleAsync();
            var cell = await db.Cells.Where(c => c.WardId == ward && c.ValidTo == null).Select(c => c.Name).FirstAsync();
            var row = ImportWorkbooks.Row($"0993{Interlocked.Increment(ref _serial):00000000}", wardName, cell, "Người Nhập Thử", new DateTime(1995, 1, 1).AddDays(Interlocked.Increment(ref _serial)));
            await using var file = await ImportWorkbooks.BuildAsync(ImportWorkbooks.Headers(), [row]);
            var service = sp.GetRequiredService<CandidateImportService>();
            var preview = await service.ReadAsync(file, file.Length);
            return (await service.CommitAsync(preview)).Outcome == ImportOutcome.Imported;
        }),
    ];
}
