using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class ConsultationAttachmentConfiguration
    : IEntityTypeConfiguration<ConsultationAttachment>, IOrganisationScopePublicRows<ConsultationAttachment>
{
    /// <summary>The files of a published consultation are public; a draft's are its unit's.</summary>
    Expression<Func<AppDbContext, ConsultationAttachment, bool>> IOrganisationScopePublicRows<ConsultationAttachment>.PublicRows =>
        (db, a) => db.Set<Consultation>().Any(c => c.Id == a.ConsultationId && c.Status == ConsultationStatus.Published);

    public void Configure(EntityTypeBuilder<ConsultationAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(a => a.StorageKey).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.HasIndex(a => a.StorageKey).IsUnique();
        builder.Property(a => a.ContentType).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.ExtractedText).HasMaxLength(AttachmentKinds.MaxExtractedTextLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(a => a.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Ignore(a => a.IsScanWithoutText);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(a => a.ConsultationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ConsultationId);
    }
}
