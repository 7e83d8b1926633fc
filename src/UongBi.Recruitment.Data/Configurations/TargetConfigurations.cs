using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Data.Configurations;

internal sealed class AdmissionTargetConfiguration : IEntityTypeConfiguration<AdmissionTarget>
{
    public void Configure(EntityTypeBuilder<AdmissionTarget> builder)
    {
        builder.ConfigureEditable();
        builder.HasOne(t => t.Ward).WithMany().HasForeignKey(t => t.WardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.Year, t.WardId }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_Targets_Count", "\"Count\" >= 0"));
    }
}

internal sealed class CityPlanConfiguration : IEntityTypeConfiguration<CityPlan>
{
    public void Configure(EntityTypeBuilder<CityPlan> builder)
    {
        builder.ConfigureEditable();
        builder.HasIndex(p => p.Year).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_CityPlans_Count", "\"Count\" >= 0"));
    }
}
