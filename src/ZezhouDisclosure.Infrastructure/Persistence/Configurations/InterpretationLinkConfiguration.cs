using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class InterpretationLinkConfiguration : IEntityTypeConfiguration<InterpretationLink>
{
    public void Configure(EntityTypeBuilder<InterpretationLink> builder)
    {
        builder.HasKey(l => new { l.PolicyId, l.InterpretationId });
        builder.HasIndex(l => l.InterpretationId);
        builder.HasOne<Document>().WithMany().HasForeignKey(l => l.PolicyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(l => l.InterpretationId).OnDelete(DeleteBehavior.Restrict);
    }
}
