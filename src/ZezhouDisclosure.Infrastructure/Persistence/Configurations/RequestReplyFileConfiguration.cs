using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

/// <summary>答复所附信息: organisation-owned (scoped by convention); the applicant reaches it only through the status query.</summary>
public sealed class RequestReplyFileConfiguration : IEntityTypeConfiguration<RequestReplyFile>
{
    public void Configure(EntityTypeBuilder<RequestReplyFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.HasIndex(f => f.StorageKey).IsUnique();
        builder.Property(f => f.ContentType).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(f => f.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(f => f.DisclosureRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.DisclosureRequestId);
    }
}

public sealed class NoticeNumberSequenceConfiguration : IEntityTypeConfiguration<NoticeNumberSequence>
{
    public void Configure(EntityTypeBuilder<NoticeNumberSequence> builder)
    {
        builder.HasKey(s => new { s.OrganisationId, s.Year });
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
