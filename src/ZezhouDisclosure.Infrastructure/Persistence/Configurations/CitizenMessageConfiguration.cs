using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class CitizenMessageConfiguration : IEntityTypeConfiguration<CitizenMessage>, IOrganisationScopePublicRows<CitizenMessage>
{
    /// <summary>Published answers (with the citizen's consent, approved by the county office) are read by everyone.</summary>
    Expression<Func<AppDbContext, CitizenMessage, bool>> IOrganisationScopePublicRows<CitizenMessage>.PublicRows =>
        (_, m) => m.IsPublished;

    public void Configure(EntityTypeBuilder<CitizenMessage> builder)
    {
        builder.Property(m => m.Number).HasMaxLength(MessageNumber.Length).IsRequired();
        builder.HasIndex(m => m.Number).IsUnique();
        builder.Property(m => m.SubmissionKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(m => m.SubmissionKey).IsUnique();
        builder.Property(m => m.QueryCodeHash).HasMaxLength(128);
        builder.Property(m => m.Title).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(m => m.Content).HasMaxLength(DataLimits.Description).IsRequired();
        builder.Property(m => m.Name).HasMaxLength(DataLimits.ShortText);
        // Encrypted at rest (converter attached by AppDbContext); lengths checked on the plaintext by the validator.
        builder.Property(m => m.Phone).HasMaxLength(DisclosureRequestConfiguration.ProtectedPhoneLength);
        builder.Property(m => m.Email).HasMaxLength(DisclosureRequestConfiguration.ProtectedEmailLength);
        builder.Property(m => m.PageUrl).HasMaxLength(SubmitMessageValidator.MaxPageUrl);
        builder.Property(m => m.Reply).HasMaxLength(DataLimits.Description);
        builder.Property(m => m.RepliedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(m => m.RejectionReason).HasMaxLength(DataLimits.Summary);
        builder.Property(m => m.TransferRequestReason).HasMaxLength(DataLimits.Summary);
        builder.Property(m => m.TransferRequestedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(m => m.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(m => m.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.IsClosed);
        builder.Ignore(m => m.IsAnonymised);
        builder.Ignore(m => m.IsTransferRequested);
        builder.Ignore(m => m.CanRoute);
        builder.Ignore(m => m.CanTriage);
        builder.Ignore(m => m.CanAnswer);
        builder.Ignore(m => m.CanPublish);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.AddressedOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.AnsweredByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CitizenMessage>().WithMany().HasForeignKey(m => m.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Routings).WithOne().HasForeignKey(r => r.CitizenMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Routings).HasField("_routings").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(m => new { m.OrganisationId, m.Status, m.DueOn });
        builder.HasIndex(m => new { m.IsPublished, m.AnsweredOn });
    }
}

public sealed class MessageRoutingConfiguration : IEntityTypeConfiguration<MessageRouting>, IOrganisationScopeFollowsParent<MessageRouting>
{
    /// <summary>A routing is seen with its message, by that message's organisation scope.</summary>
    Expression<Func<AppDbContext, MessageRouting, IQueryable<int>>> IOrganisationScopeFollowsParent<MessageRouting>.ParentOrganisation =>
        (db, r) => db.Set<CitizenMessage>().Where(m => m.Id == r.CitizenMessageId).Select(m => m.OrganisationId);

    public void Configure(EntityTypeBuilder<MessageRouting> builder)
    {
        builder.Property(r => r.By).HasMaxLength(DataLimits.UserName).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(DataLimits.Summary);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.FromOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
