using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Batches;
using UongBi.Recruitment.Domain.Calendar;

namespace UongBi.Recruitment.Data.Configurations;

internal sealed class AdmissionBatchConfiguration : IEntityTypeConfiguration<AdmissionBatch>
{
    public void Configure(EntityTypeBuilder<AdmissionBatch> builder)
    {
        builder.ConfigureEditable();
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.HasIndex(b => b.Date);
        builder.HasMany(b => b.Wards).WithMany().UsingEntity("BatchWards");
    }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Name).HasMaxLength(200);
        builder.Property(h => h.NameEn).HasMaxLength(200);
    }
}

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(1000);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.User).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(100);
        builder.Property(a => a.Changes).HasMaxLength(100_000);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.At);
    }
}
