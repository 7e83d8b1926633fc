using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Domain.Candidates;

namespace UongBi.Recruitment.Data.Configurations;

internal sealed class CandidateHelperConfiguration : IEntityTypeConfiguration<CandidateHelper>
{
    public void Configure(EntityTypeBuilder<CandidateHelper> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.FullName).HasMaxLength(120);
        builder.Property(h => h.PartyCardNumber).HasMaxLength(30);
        builder.HasIndex(h => h.CandidateId);
    }
}
