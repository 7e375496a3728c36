using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class IndexNumberSequenceConfiguration : IEntityTypeConfiguration<IndexNumberSequence>
{
    public void Configure(EntityTypeBuilder<IndexNumberSequence> builder)
    {
        builder.HasKey(s => new { s.OrganisationId, s.Year });
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
