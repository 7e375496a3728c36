using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(DataLimits.Slug).IsRequired();
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(o => o.LegalName).HasMaxLength(DataLimits.Name);
        builder.Ignore(o => o.OfficialName);
        builder.Property(o => o.NoticeNumberPattern).HasMaxLength(NoticeNumber.MaxLength);
        builder.Property(o => o.IndexCode).HasMaxLength(DataLimits.Code).IsRequired();
        builder.Property(o => o.StatisticalCode).HasMaxLength(DataLimits.Code);
        builder.Property(o => o.TownshipType).HasMaxLength(8);
        builder.Property(o => o.SourceNote).HasMaxLength(DataLimits.Reason);
        builder.Property(o => o.Address).HasMaxLength(DataLimits.Name);
        builder.Property(o => o.Phone).HasMaxLength(DataLimits.ShortText);
        builder.Property(o => o.OfficeHours).HasMaxLength(DataLimits.Name);
        builder.Property(o => o.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(o => o.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.ContactName).HasMaxLength(DataLimits.ShortText);
        builder.Ignore(o => o.IsVillageLevel);
        builder.Ignore(o => o.IsRetired);
    }
}
