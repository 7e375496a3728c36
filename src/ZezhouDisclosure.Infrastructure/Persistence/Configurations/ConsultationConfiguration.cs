using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>, IOrganisationScopePublicRows<Consultation>
{
    /// <summary>Published consultations (with their feedback once published) are read by everyone.</summary>
    Expression<Func<AppDbContext, Consultation, bool>> IOrganisationScopePublicRows<Consultation>.PublicRows =>
        (_, c) => c.Status == ConsultationStatus.Published;

    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(c => c.DraftText).HasMaxLength(DataLimits.BodyHtml).IsRequired();
        builder.Property(c => c.DraftingNotes).HasMaxLength(DataLimits.Description);
        builder.Property(c => c.OtherChannels).HasMaxLength(DataLimits.Summary);
        builder.Property(c => c.ShortPeriodReason).HasMaxLength(DataLimits.Summary);
        builder.Property(c => c.SubmittedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UnitApprovedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.ReviewedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.ReviewComment).HasMaxLength(DataLimits.Reason);
        builder.Property(c => c.FeedbackText).HasMaxLength(DataLimits.BodyHtml);
        builder.Property(c => c.FeedbackSubmittedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.FeedbackReviewedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.FeedbackReviewComment).HasMaxLength(DataLimits.Reason);
        builder.Property(c => c.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Counts);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(c => c.DecisionDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.Status });
        builder.HasIndex(c => c.DecisionDocumentId);
    }
}
