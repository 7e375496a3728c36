using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class VillagePostingConfiguration : IEntityTypeConfiguration<VillagePosting>, IOrganisationScopePublicRows<VillagePosting>
{
    /// <summary>Published postings are public; drafts and those awaiting the township are the village's and township's.</summary>
    Expression<Func<AppDbContext, VillagePosting, bool>> IOrganisationScopePublicRows<VillagePosting>.PublicRows =>
        (db, p) => p.Status == VillagePostingStatus.Published;

    public void Configure(EntityTypeBuilder<VillagePosting> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(p => p.Body).HasMaxLength(DataLimits.Description).IsRequired();
        builder.Property(p => p.ObjectionContact).HasMaxLength(DataLimits.Name);
        builder.Property(p => p.ReturnReason).HasMaxLength(DataLimits.Reason);
        builder.Property(p => p.PublishedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(p => p.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(p => p.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Period);
        builder.Ignore(p => p.CanEdit);
        builder.Ignore(p => p.CanSubmit);
        builder.Ignore(p => p.CanReview);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.Status, p.PeriodStart });
    }
}

public sealed class VillagePostingAttachmentConfiguration
    : IEntityTypeConfiguration<VillagePostingAttachment>, IOrganisationScopePublicRows<VillagePostingAttachment>
{
    /// <summary>The files of a published posting are public.</summary>
    Expression<Func<AppDbContext, VillagePostingAttachment, bool>> IOrganisationScopePublicRows<VillagePostingAttachment>.PublicRows =>
        (db, a) => db.Set<VillagePosting>().Any(p => p.Id == a.PostingId && p.Status == VillagePostingStatus.Published);

    public void Configure(EntityTypeBuilder<VillagePostingAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(a => a.StorageKey).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.HasIndex(a => a.StorageKey).IsUnique();
        builder.Property(a => a.ContentType).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(a => a.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VillagePosting>().WithMany().HasForeignKey(a => a.PostingId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class VillageCatalogueItemConfiguration
    : IEntityTypeConfiguration<VillageCatalogueItem>, IOrganisationScopePublicRows<VillageCatalogueItem>
{
    /// <summary>A village's 公开事项清单 is public as a whole (it says what will be made public); writes stay scoped.</summary>
    Expression<Func<AppDbContext, VillageCatalogueItem, bool>> IOrganisationScopePublicRows<VillageCatalogueItem>.PublicRows =>
        (db, i) => true;

    public void Configure(EntityTypeBuilder<VillageCatalogueItem> builder)
    {
        builder.Property(i => i.Area).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(i => i.Item).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(i => i.Content).HasMaxLength(DataLimits.Summary).IsRequired();
        builder.Property(i => i.Timing).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(i => i.Channel).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(i => i.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(i => i.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganisationId, i.SortOrder });
    }
}
