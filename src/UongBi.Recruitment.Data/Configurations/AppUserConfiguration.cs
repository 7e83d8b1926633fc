using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Data.Identity;
using UongBi.Recruitment.Domain.Organisation;

namespace UongBi.Recruitment.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(120);
        builder.HasOne<Ward>().WithMany().HasForeignKey(u => u.WardId).OnDelete(DeleteBehavior.Restrict);
    }
}
