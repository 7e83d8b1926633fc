using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UongBi.Recruitment.Domain.Common;

namespace UongBi.Recruitment.Data.Configurations;

/// <summary>What every editable record shares: concurrency token, stamps, soft-delete filter.</summary>
internal static class EditableEntityConfiguration
{
    public static void ConfigureEditable<T>(this EntityTypeBuilder<T> builder)
        where T : EditableEntity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.DeletedBy).HasMaxLength(256);
        builder.HasQueryFilter(e => !e.IsDeleted);
    }
}
