using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

internal static class CatalogueItemColumns
{
    /// <summary>The standard-table columns every catalogue row carries.</summary>
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : CatalogueItemBase
    {
        builder.Property(i => i.Level1).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(i => i.Level2).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(i => i.Level3).HasMaxLength(DataLimits.Name);
        builder.Property(i => i.Content).HasMaxLength(CatalogueItemContent.ContentLength).IsRequired();
        builder.Property(i => i.Basis).HasMaxLength(DataLimits.Reason);
        builder.Property(i => i.TimeLimit).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(i => i.Subject).HasMaxLength(DataLimits.Name).IsRequired();
    }
}

public sealed class CatalogueTemplateConfiguration : IEntityTypeConfiguration<CatalogueTemplate>
{
    public void Configure(EntityTypeBuilder<CatalogueTemplate> builder)
    {
        builder.HasIndex(t => t.PilotAreaId).IsUnique();
        builder.HasOne<PilotArea>().WithMany().HasForeignKey(t => t.PilotAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Note).HasMaxLength(DataLimits.Reason);
        builder.Property(t => t.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(t => t.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.CatalogueTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Revisions).WithOne().HasForeignKey(r => r.CatalogueTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CatalogueTemplateRevisionConfiguration : IEntityTypeConfiguration<CatalogueTemplateRevision>
{
    public void Configure(EntityTypeBuilder<CatalogueTemplateRevision> builder)
    {
        builder.HasIndex(r => new { r.CatalogueTemplateId, r.Revision }).IsUnique();
        builder.Property(r => r.Summary).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.CatalogueTemplateRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class TemplateRevisionItemConfiguration : IEntityTypeConfiguration<TemplateRevisionItem>
{
    public void Configure(EntityTypeBuilder<TemplateRevisionItem> builder) => CatalogueItemColumns.Configure(builder);
}

public sealed class TemplateItemConfiguration : IEntityTypeConfiguration<TemplateItem>
{
    public void Configure(EntityTypeBuilder<TemplateItem> builder) => CatalogueItemColumns.Configure(builder);
}

public sealed class TownshipCatalogueConfiguration : IEntityTypeConfiguration<TownshipCatalogue>
{
    public void Configure(EntityTypeBuilder<TownshipCatalogue> builder)
    {
        builder.HasIndex(c => c.OrganisationId).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ReviewComment).HasMaxLength(DataLimits.Reason);
        builder.Property(c => c.SubmittedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.ReviewedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Status);
        builder.HasMany(c => c.Areas).WithOne().HasForeignKey(a => a.TownshipCatalogueId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.TownshipCatalogueId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class TownshipCatalogueAreaConfiguration
    : IEntityTypeConfiguration<TownshipCatalogueArea>, IOrganisationScopeFollowsParent<TownshipCatalogueArea>
{
    /// <summary>A working catalogue's areas follow their catalogue.</summary>
    Expression<Func<AppDbContext, TownshipCatalogueArea, IQueryable<int>>> IOrganisationScopeFollowsParent<TownshipCatalogueArea>.ParentOrganisation =>
        (db, a) => db.Set<TownshipCatalogue>().Where(c => c.Id == a.TownshipCatalogueId).Select(c => c.OrganisationId);

    public void Configure(EntityTypeBuilder<TownshipCatalogueArea> builder)
    {
        builder.HasIndex(a => new { a.TownshipCatalogueId, a.PilotAreaId }).IsUnique();
        builder.HasOne<PilotArea>().WithMany().HasForeignKey(a => a.PilotAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Explanation).HasMaxLength(DataLimits.Reason);
    }
}

public sealed class TownshipCatalogueItemConfiguration
    : IEntityTypeConfiguration<TownshipCatalogueItem>, IOrganisationScopeFollowsParent<TownshipCatalogueItem>
{
    /// <summary>A working catalogue's rows follow their catalogue.</summary>
    Expression<Func<AppDbContext, TownshipCatalogueItem, IQueryable<int>>> IOrganisationScopeFollowsParent<TownshipCatalogueItem>.ParentOrganisation =>
        (db, i) => db.Set<TownshipCatalogue>().Where(c => c.Id == i.TownshipCatalogueId).Select(c => c.OrganisationId);

    public void Configure(EntityTypeBuilder<TownshipCatalogueItem> builder)
    {
        CatalogueItemColumns.Configure(builder);
        builder.HasOne<PilotArea>().WithMany().HasForeignKey(i => i.PilotAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TemplateItem>().WithMany().HasForeignKey(i => i.TemplateItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.NotInvolvedExplanation).HasMaxLength(DataLimits.Reason);
        builder.Property(i => i.ReviewComment).HasMaxLength(DataLimits.Reason);
    }
}

public sealed class CatalogueVersionConfiguration : IEntityTypeConfiguration<CatalogueVersion>
{
    public void Configure(EntityTypeBuilder<CatalogueVersion> builder)
    {
        builder.HasIndex(v => new { v.OrganisationId, v.Number }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.ApprovedBy).HasMaxLength(DataLimits.UserName).IsRequired();
        builder.HasMany(v => v.Items).WithOne().HasForeignKey(i => i.CatalogueVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(v => v.Areas).WithOne().HasForeignKey(a => a.CatalogueVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CatalogueVersionAreaConfiguration : IEntityTypeConfiguration<CatalogueVersionArea>
{
    public void Configure(EntityTypeBuilder<CatalogueVersionArea> builder)
    {
        builder.Property(a => a.AreaName).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(a => a.Explanation).HasMaxLength(DataLimits.Reason);
    }
}

public sealed class CatalogueVersionItemConfiguration : IEntityTypeConfiguration<CatalogueVersionItem>
{
    public void Configure(EntityTypeBuilder<CatalogueVersionItem> builder)
    {
        CatalogueItemColumns.Configure(builder);
        builder.Property(i => i.AreaName).HasMaxLength(DataLimits.Name).IsRequired();
        builder.Property(i => i.NotInvolvedExplanation).HasMaxLength(DataLimits.Reason);
    }
}

public sealed class CatalogueItemDocumentConfiguration
    : IEntityTypeConfiguration<CatalogueItemDocument>, IOrganisationScopePublicRows<CatalogueItemDocument>
{
    /// <summary>
    /// A filing of a published document is public: the published catalogue and the coverage pages list it (they also
    /// join the document and keep only published ones). Filings of drafts stay with the township and the county office.
    /// </summary>
    Expression<Func<AppDbContext, CatalogueItemDocument, bool>> IOrganisationScopePublicRows<CatalogueItemDocument>.PublicRows =>
        (db, f) => db.Set<Document>().Any(d => d.Id == f.DocumentId
            && (d.Status == DocumentStatus.Published || d.Status == DocumentStatus.Withdrawn));

    public void Configure(EntityTypeBuilder<CatalogueItemDocument> builder)
    {
        builder.HasIndex(f => new { f.TownshipCatalogueItemId, f.DocumentId }).IsUnique();
        builder.HasIndex(f => f.DocumentId);
        builder.HasOne<TownshipCatalogueItem>().WithMany().HasForeignKey(f => f.TownshipCatalogueItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Document>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.FiledBy).HasMaxLength(DataLimits.UserName).IsRequired();
    }
}
