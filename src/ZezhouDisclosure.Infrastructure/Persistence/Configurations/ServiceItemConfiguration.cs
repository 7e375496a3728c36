using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>, IOrganisationScopePublicRows<ServiceItem>
{
    /// <summary>A published item is public (its published guide; the pages never show the working copy to the public).</summary>
    Expression<Func<AppDbContext, ServiceItem, bool>> IOrganisationScopePublicRows<ServiceItem>.PublicRows =>
        (db, i) => i.PublishedGuideJson != null;

    public void Configure(EntityTypeBuilder<ServiceItem> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(i => i.PublishedName).HasMaxLength(DataLimits.Title);
        builder.Property(i => i.PublishedTags).HasMaxLength(DataLimits.Summary);
        builder.Property(i => i.GuideJson).HasMaxLength(DataLimits.BodyHtml).IsRequired();
        builder.Property(i => i.PublishedGuideJson).HasMaxLength(DataLimits.BodyHtml);
        builder.Property(i => i.ChangeNote).HasMaxLength(DataLimits.Summary);
        builder.Property(i => i.ReviewComment).HasMaxLength(DataLimits.Reason);
        builder.Property(i => i.SubmittedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(i => i.UnitApprovedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(i => i.ReviewedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(i => i.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(i => i.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Ignore(i => i.Guide);
        builder.Ignore(i => i.PublishedGuide);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganisationId, i.Status });
        builder.HasIndex(i => i.PublishedAt);
    }
}

public sealed class ServiceItemVersionConfiguration : IEntityTypeConfiguration<ServiceItemVersion>
{
    public void Configure(EntityTypeBuilder<ServiceItemVersion> builder)
    {
        builder.HasIndex(v => new { v.ServiceItemId, v.Number }).IsUnique();
        builder.Property(v => v.GuideJson).HasMaxLength(DataLimits.BodyHtml).IsRequired();
        builder.Property(v => v.Changes).HasMaxLength(DataLimits.Description).IsRequired();
        builder.Property(v => v.Note).HasMaxLength(DataLimits.Summary);
        builder.Property(v => v.ApprovedBy).HasMaxLength(DataLimits.UserName).IsRequired();
        builder.Ignore(v => v.Guide);
        builder.HasOne<ServiceItem>().WithMany().HasForeignKey(v => v.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ServiceItemFileConfiguration : IEntityTypeConfiguration<ServiceItemFile>, IOrganisationScopePublicRows<ServiceItemFile>
{
    /// <summary>The blank forms and examples of a published item are public.</summary>
    Expression<Func<AppDbContext, ServiceItemFile, bool>> IOrganisationScopePublicRows<ServiceItemFile>.PublicRows =>
        (db, f) => db.Set<ServiceItem>().Any(i => i.Id == f.ServiceItemId && i.PublishedGuideJson != null);

    public void Configure(EntityTypeBuilder<ServiceItemFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.HasIndex(f => f.StorageKey).IsUnique();
        builder.Property(f => f.ContentType).HasMaxLength(DataLimits.ShortText).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.DeletedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(f => f.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(f => f.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceItem>().WithMany().HasForeignKey(f => f.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ServiceItemId, f.MaterialKey });
    }
}

public sealed class CatalogueServiceLinkConfiguration : IEntityTypeConfiguration<CatalogueServiceLink>, IOrganisationScopePublicRows<CatalogueServiceLink>
{
    /// <summary>A link to a published item is public: the published catalogue shows it (and joins the item again).</summary>
    Expression<Func<AppDbContext, CatalogueServiceLink, bool>> IOrganisationScopePublicRows<CatalogueServiceLink>.PublicRows =>
        (db, l) => db.Set<ServiceItem>().Any(i => i.Id == l.ServiceItemId && i.PublishedGuideJson != null);

    public void Configure(EntityTypeBuilder<CatalogueServiceLink> builder)
    {
        builder.HasIndex(l => new { l.TownshipCatalogueItemId, l.ServiceItemId }).IsUnique();
        builder.HasIndex(l => l.ServiceItemId);
        builder.HasOne<TownshipCatalogueItem>().WithMany().HasForeignKey(l => l.TownshipCatalogueItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServiceItem>().WithMany().HasForeignKey(l => l.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.LinkedBy).HasMaxLength(DataLimits.UserName).IsRequired();
    }
}
