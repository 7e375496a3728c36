using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class DocumentAttachmentConfiguration : IEntityTypeConfiguration<DocumentAttachment>, IOrganisationScopePublicRows<DocumentAttachment>
{
    /// <summary>The attachments of a document everyone may read (published, or withdrawn: 410 rather than 404).</summary>
    Expression<Func<AppDbContext, DocumentAttachment, bool>> IOrganisationScopePublicRows<DocumentAttachment>.PublicRows =>
        (db, a) => db.Set<Document>().Any(d => d.Id == a.DocumentId
            && (d.Status == DocumentStatus.Published || d.Status == DocumentStatus.Withdrawn));

    public void Configure(EntityTypeBuilder<DocumentAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(a => a.DisplayName).HasMaxLength(DataLimits.Name);
        builder.Property(a => a.StorageKey).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.HasIndex(a => a.StorageKey).IsUnique();
        builder.Property(a => a.ContentType).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.ExtractedText).HasMaxLength(AttachmentKinds.MaxExtractedTextLength);
        builder.Property(a => a.DeletedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(a => a.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(a => a.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.DocumentId, a.SortOrder });
    }
}
