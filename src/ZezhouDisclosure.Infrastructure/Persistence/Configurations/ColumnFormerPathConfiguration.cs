using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class ColumnFormerPathConfiguration : IEntityTypeConfiguration<ColumnFormerPath>
{
    public void Configure(EntityTypeBuilder<ColumnFormerPath> builder)
    {
        builder.Property(p => p.Path).HasMaxLength(DataLimits.Path).IsRequired();
        builder.HasIndex(p => p.Path).IsUnique();
        builder.HasOne<Column>().WithMany().HasForeignKey(p => p.ColumnId).OnDelete(DeleteBehavior.Restrict);
    }
}
