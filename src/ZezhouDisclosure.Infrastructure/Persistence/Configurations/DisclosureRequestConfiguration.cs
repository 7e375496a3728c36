using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Requests;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class DisclosureRequestConfiguration : IEntityTypeConfiguration<DisclosureRequest>
{
    /// <summary>Room for the Data Protection ciphertext of an ID number (base64url of ~100 bytes).</summary>
    public const int ProtectedIdNumberLength = 500;

    /// <summary>Room for the ciphertext of a phone number (≤ 50 characters).</summary>
    public const int ProtectedPhoneLength = 500;

    /// <summary>Room for the ciphertext of an e-mail address (256 characters, up to 4 UTF-8 bytes each).</summary>
    public const int ProtectedEmailLength = 2000;

    /// <summary>Room for the ciphertext of a postal address (300 characters, up to 4 UTF-8 bytes each).</summary>
    public const int ProtectedAddressLength = 2000;

    public void Configure(EntityTypeBuilder<DisclosureRequest> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(RequestNumber.Length).IsRequired();
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.SubmissionKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.Property(r => r.QueryCodeHash).HasMaxLength(128);
        builder.Property(r => r.ApplicantName).HasMaxLength(DataLimits.Name).IsRequired();
        // Encrypted at rest; the converter is attached by AppDbContext, which owns the protector.
        builder.Property(r => r.IdNumber).HasMaxLength(ProtectedIdNumberLength).IsRequired();
        // Contact details are encrypted at rest too (issue 20); their lengths are checked on the plaintext by the validators.
        builder.Property(r => r.Phone).HasMaxLength(ProtectedPhoneLength);
        builder.Property(r => r.Email).HasMaxLength(ProtectedEmailLength);
        builder.Property(r => r.PostalAddress).HasMaxLength(ProtectedAddressLength);
        builder.Property(r => r.Description).HasMaxLength(DataLimits.Description).IsRequired();
        builder.Property(r => r.SupplementItems).HasMaxLength(DataLimits.Reason);
        builder.Property(r => r.ExtensionReason).HasMaxLength(DataLimits.Reason);
        builder.Property(r => r.ExtensionApprovedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.DecisionText).HasMaxLength(DataLimits.Description);
        builder.Property(r => r.ReviewComment).HasMaxLength(DataLimits.Reason);
        builder.Property(r => r.ApprovedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.ReplyNoticeNumber).HasMaxLength(NoticeNumber.MaxLength);
        builder.Property(r => r.ReceiptEmailProblem).HasMaxLength(500);
        builder.Ignore(r => r.IsReplyOnline);
        builder.Ignore(r => r.ProvidesInformationOnline);
        builder.Property(r => r.TransferReason).HasMaxLength(DataLimits.Reason);
        builder.Property(r => r.ExtensionRequestedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.DecisionProposedBy).HasMaxLength(DataLimits.UserName);
        // A transferred application is taken in once: one receiving case per original.
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(r => r.TransferredFromRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.TransferredFromRequestId).IsUnique();
        builder.Ignore(r => r.HasPendingExtension);
        builder.Property(r => r.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.TransferredToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Consultations).WithOne().HasForeignKey(c => c.DisclosureRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Consultations).HasField("_consultations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.OpenConsultation);
        builder.Ignore(r => r.DeadlineFacts);
        builder.HasIndex(r => new { r.OrganisationId, r.Status });
        builder.HasIndex(r => new { r.Status, r.ReceivedOn });
    }
}
