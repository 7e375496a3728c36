using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class PilotAreaConfiguration : IEntityTypeConfiguration<PilotArea>
{
    public void Configure(EntityTypeBuilder<PilotArea> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(DataLimits.Slug).IsRequired();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(DataLimits.Name).IsRequired();
        builder.HasMany(a => a.Responsibilities).WithOne().HasForeignKey(r => r.PilotAreaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Responsibilities).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PilotAreaResponsibilityConfiguration : IEntityTypeConfiguration<PilotAreaResponsibility>
{
    public void Configure(EntityTypeBuilder<PilotAreaResponsibility> builder)
    {
        builder.HasKey(r => new { r.PilotAreaId, r.OrganisationId });
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
