using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Data.Configurations;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasIndex(s => new { s.CandidateId, s.RecordedAt });
    }
}
