using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class TopicCategoryConfiguration : IEntityTypeConfiguration<TopicCategory>
{
    public void Configure(EntityTypeBuilder<TopicCategory> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
