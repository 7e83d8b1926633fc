using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Data.Configurations;

internal sealed class PartyCellConfiguration : IEntityTypeConfiguration<PartyCell>
{
    public void Configure(EntityTypeBuilder<PartyCell> builder)
    {
        builder.ConfigureEditable();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.ResidentialZone).HasMaxLength(100);
        builder.HasIndex(c => new { c.WardId, c.Name }).IsUnique();
    }
}
