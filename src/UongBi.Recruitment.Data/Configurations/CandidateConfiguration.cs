using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Domain.Batches;
using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Data.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ConfigureEditable();
        builder.Property(c => c.FullName).HasMaxLength(120);
        builder.Property(c => c.SearchKey).HasMaxLength(120);
        builder.Property(c => c.ExactKey).HasMaxLength(120);
        builder.Property(c => c.CitizenId).HasMaxLength(12).IsFixedLength();
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Ethnicity).HasMaxLength(50);
        builder.Property(c => c.Religion).HasMaxLength(50);
        builder.Property(c => c.Address).HasMaxLength(300);
        builder.Property(c => c.ResidentialZone).HasMaxLength(100);
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.Property(c => c.DropNote).HasMaxLength(1000);
        builder.Ignore(c => c.IsDropped);
        builder.Ignore(c => c.ActiveHelpers);

        builder.HasOne(c => c.Ward).WithMany().HasForeignKey(c => c.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Cell).WithMany().HasForeignKey(c => c.CellId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AdmissionBatch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Helpers).WithOne().HasForeignKey(h => h.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.StageChanges).WithOne().HasForeignKey(h => h.CandidateId).OnDelete(DeleteBehavior.Cascade);

        // Unique across live and soft-deleted rows: restoring a deleted record must not create a duplicate.
        builder.HasIndex(c => c.CitizenId).IsUnique();

        // Dashboard: admissions in a date range per ward, with what the breakdowns need, from the index alone
        // (IsDeleted too: the soft-delete filter otherwise sends every row to the table).
        builder.HasIndex(c => new { c.AdmittedOn, c.WardId, c.CellId, c.Category, c.Gender, c.BirthDate, c.IsDeleted })
            .HasDatabaseName("IX_Candidates_Admitted_Covering");

        // Dashboard: who was on the path, at which stage, on a date (CandidatesAsOf.PipelineOn reads three ranges of
        // it: not admitted and not dropped; dropped later; admitted later), from the index alone.
        builder.HasIndex(c => new
            {
                c.AdmittedOn, c.DroppedOn, c.SourceOn, c.IsDeleted, c.WardId, c.CellId, c.LastDroppedOn, c.ReinstatedOn,
                c.SympathiserOn, c.DossierOn, c.VerificationOn, c.CellResolutionOn, c.CommitteeReviewOn, c.DecisionOn,
            })
            .HasDatabaseName("IX_Candidates_AsOf");

        // Lists and pipeline counts within a ward.
        builder.HasIndex(c => new { c.WardId, c.Stage, c.CellResolutionOn });
        builder.HasIndex(c => c.SearchKey);

        // Start-up repair (DataMaintenance.BackfillNameKeysAsync) looks for rows without an exact key; this
        // partial index holds only those, so the check costs nothing at a million rows instead of a full scan.
        builder.HasIndex(c => c.ExactKey).HasFilter("\"ExactKey\" = ''").HasDatabaseName("IX_Candidates_ExactKey_Missing");
        builder.HasIndex(c => c.CellId);
    }
}
