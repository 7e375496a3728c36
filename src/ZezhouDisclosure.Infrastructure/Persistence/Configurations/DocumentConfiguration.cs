using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>, IOrganisationScopePublicRows<Document>
{
    /// <summary>Published and withdrawn documents are read by everyone (a withdrawn one shows its notice).</summary>
    Expression<Func<AppDbContext, Document, bool>> IOrganisationScopePublicRows<Document>.PublicRows =>
        (_, d) => d.Status == DocumentStatus.Published || d.Status == DocumentStatus.Withdrawn;

    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(d => d.BodyHtml).HasMaxLength(DataLimits.BodyHtml).IsRequired();
        builder.Property(d => d.DocumentNumber).HasMaxLength(DataLimits.DocumentNumber);
        builder.Property(d => d.Summary).HasMaxLength(500);
        builder.Property(d => d.NormalisedDocumentNumber).HasMaxLength(DataLimits.DocumentNumber);
        builder.HasIndex(d => d.NormalisedDocumentNumber);
        builder.Property(d => d.Keywords).HasMaxLength(200);
        builder.Property(d => d.Genre).HasMaxLength(20);
        builder.Property(d => d.WithdrawnBy).HasMaxLength(DataLimits.UserName);
        builder.Property(d => d.FilingAcknowledgedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(d => d.InterpretingUnit).HasMaxLength(DataLimits.Name);
        builder.Property(d => d.NoInterpretationReason).HasMaxLength(500);
        builder.HasIndex(d => new { d.Status, d.ScheduledAt });
        builder.Property(d => d.WithdrawalReason).HasMaxLength(500);
        builder.Property(d => d.Reason).HasMaxLength(DataLimits.Reason);
        builder.Property(d => d.IndexNumber).HasMaxLength(DataLimits.IndexNumber);
        builder.HasIndex(d => d.IndexNumber).IsUnique();
        builder.Property(d => d.SubmittedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(d => d.ReviewedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(d => d.UnitApprovedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(d => d.ReviewComment).HasMaxLength(DataLimits.Reason);
        builder.Property(d => d.DeletedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(d => d.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(d => d.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Column>().WithMany().HasForeignKey(d => d.ColumnId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TopicCategory>().WithMany().HasForeignKey(d => d.TopicCategoryId).OnDelete(DeleteBehavior.Restrict);

        // Covering indexes of the public lists (newest first): every column the list query filters on (the soft-delete
        // and organisation-scope filters included) is in the index, so counting and skipping to a deep page read index
        // entries only; rows are then fetched by key (docs/performance.md).
        builder.HasIndex(d => new { d.Status, d.PublishedAt, d.Id, d.ColumnId, d.IsDeleted, d.OrganisationId });
        builder.HasIndex(d => new { d.Status, d.ColumnId, d.PublishedAt, d.Id, d.IsDeleted, d.OrganisationId });
        builder.HasIndex(d => new { d.OrganisationId, d.Status, d.PublishedAt, d.Id, d.IsDeleted, d.ColumnId });
    }
}
