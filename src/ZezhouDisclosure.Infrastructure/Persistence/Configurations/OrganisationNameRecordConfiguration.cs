using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class OrganisationNameRecordConfiguration : IEntityTypeConfiguration<OrganisationNameRecord>
{
    public void Configure(EntityTypeBuilder<OrganisationNameRecord> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(r => r.LegalName).HasMaxLength(DataLimits.Name);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.UsedUntil });
    }
}
