using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class ColumnConfiguration : IEntityTypeConfiguration<Column>
{
    public void Configure(EntityTypeBuilder<Column> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(DataLimits.Slug).IsRequired();
        builder.Property(c => c.Path).HasMaxLength(DataLimits.Path).IsRequired();
        builder.HasIndex(c => c.Path).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(DataLimits.Description);
        builder.Property(c => c.LegalBasis).HasMaxLength(DataLimits.Name);
        builder.Property(c => c.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
