using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class ConsultationCommentConfiguration
    : IEntityTypeConfiguration<ConsultationComment>, IOrganisationScopePublicRows<ConsultationComment>
{
    /// <summary>Room for the ciphertext of a contact (100 characters, up to 4 UTF-8 bytes each).</summary>
    public const int ProtectedContactLength = 1000;

    /// <summary>Longest contact a commenter may give (a phone number or an e-mail address).</summary>
    public const int ContactLength = 100;

    /// <summary>Moderated, published comments are read by everyone; pending and rejected ones only by their unit.</summary>
    Expression<Func<AppDbContext, ConsultationComment, bool>> IOrganisationScopePublicRows<ConsultationComment>.PublicRows =>
        (_, c) => c.Status == CommentStatus.Published;

    public void Configure(EntityTypeBuilder<ConsultationComment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(ConsultationComment.MaxLength).IsRequired();
        builder.Property(c => c.AuthorName).HasMaxLength(DataLimits.ShortText);
        builder.Property(c => c.Contact).HasMaxLength(ProtectedContactLength);
        builder.Property(c => c.ModeratedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.RejectionReason).HasMaxLength(DataLimits.Summary);
        builder.Property(c => c.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.ShownName);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ConsultationId, c.Status });
    }
}
