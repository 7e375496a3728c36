using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class DocumentRevisionConfiguration : IEntityTypeConfiguration<DocumentRevision>
{
    public void Configure(EntityTypeBuilder<DocumentRevision> builder)
    {
        builder.HasIndex(r => new { r.DocumentId, r.Number }).IsUnique();
        builder.Property(r => r.Note).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(DataLimits.UserName).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(r => r.BodyHtml).HasMaxLength(DataLimits.BodyHtml).IsRequired();
        builder.Property(r => r.DocumentNumber).HasMaxLength(DataLimits.DocumentNumber);
        builder.Property(r => r.Summary).HasMaxLength(500);
        builder.Property(r => r.Keywords).HasMaxLength(200);
        builder.Property(r => r.Genre).HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(DataLimits.Reason);
        builder.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
