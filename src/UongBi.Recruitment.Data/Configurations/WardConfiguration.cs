using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Data.Configurations;

internal sealed class WardConfiguration : IEntityTypeConfiguration<Ward>
{
    public void Configure(EntityTypeBuilder<Ward> builder)
    {
        builder.ConfigureEditable();
        builder.Property(w => w.Code).HasMaxLength(32);
        builder.Property(w => w.Name).HasMaxLength(120);
        builder.Property(w => w.PartyCommitteeName).HasMaxLength(200);
        builder.HasIndex(w => w.Code).IsUnique();
        builder.HasOne(w => w.Successor).WithMany().HasForeignKey(w => w.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Cells).WithOne(c => c.Ward).HasForeignKey(c => c.WardId).OnDelete(DeleteBehavior.Restrict);
    }
}
