using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Participation;

namespace ZezhouDisclosure.Infrastructure.Persistence.Configurations;

public sealed class ParticipationCatalogueConfiguration
    : IEntityTypeConfiguration<ParticipationCatalogue>, IOrganisationScopePublicRows<ParticipationCatalogue>
{
    /// <summary>A published 参与事项目录 (current or superseded by an amendment) is read by everyone.</summary>
    Expression<Func<AppDbContext, ParticipationCatalogue, bool>> IOrganisationScopePublicRows<ParticipationCatalogue>.PublicRows =>
        (_, c) => c.Status == ParticipationCatalogueStatus.Published || c.Status == ParticipationCatalogueStatus.Superseded;

    public void Configure(EntityTypeBuilder<ParticipationCatalogue> builder)
    {
        builder.Property(c => c.Scope).HasMaxLength(DataLimits.Description).IsRequired();
        builder.Property(c => c.Methods).HasMaxLength(DataLimits.Description).IsRequired();
        builder.Property(c => c.Channels).HasMaxLength(DataLimits.Description).IsRequired();
        builder.Property(c => c.SubmittedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.ReviewedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.ReviewComment).HasMaxLength(DataLimits.Reason);
        builder.Property(c => c.AmendmentReason).HasMaxLength(DataLimits.Reason);
        builder.Property(c => c.Revision).HasDefaultValue(1);
        builder.Ignore(c => c.IsAmendment);
        builder.Property(c => c.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Items).WithOne(i => i.Catalogue).HasForeignKey(i => i.CatalogueId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One row per version: an amendment is the next revision of the unit's catalogue for the year.
        builder.HasIndex(c => new { c.OrganisationId, c.Year, c.Revision }).IsUnique();
        builder.HasOne<ParticipationCatalogue>().WithMany().HasForeignKey(c => c.AmendsId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ParticipationCatalogueItemConfiguration
    : IEntityTypeConfiguration<ParticipationCatalogueItem>, IOrganisationScopePublicRows<ParticipationCatalogueItem>
{
    /// <summary>The items of a published catalogue are read by everyone.</summary>
    Expression<Func<AppDbContext, ParticipationCatalogueItem, bool>> IOrganisationScopePublicRows<ParticipationCatalogueItem>.PublicRows =>
        (db, i) => db.Set<ParticipationCatalogue>().Any(c => c.Id == i.CatalogueId
            && (c.Status == ParticipationCatalogueStatus.Published || c.Status == ParticipationCatalogueStatus.Superseded));

    public void Configure(EntityTypeBuilder<ParticipationCatalogueItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(i => i.Channel).HasMaxLength(DataLimits.Summary).IsRequired();
        builder.Property(i => i.PlannedTime).HasMaxLength(DataLimits.ShortText);
        builder.HasIndex(i => new { i.CatalogueId, i.Number });
    }
}

public sealed class ParticipationRecordConfiguration
    : IEntityTypeConfiguration<ParticipationRecord>, IOrganisationScopePublicRows<ParticipationRecord>
{
    /// <summary>A published 列席 / 访谈 record is read by everyone.</summary>
    Expression<Func<AppDbContext, ParticipationRecord, bool>> IOrganisationScopePublicRows<ParticipationRecord>.PublicRows =>
        (_, r) => r.IsPublished;

    public void Configure(EntityTypeBuilder<ParticipationRecord> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(DataLimits.Title).IsRequired();
        builder.Property(r => r.Topics).HasMaxLength(DataLimits.Description).IsRequired();
        builder.Property(r => r.Guests).HasMaxLength(DataLimits.Summary);
        builder.Property(r => r.Transcript).HasMaxLength(DataLimits.BodyHtml);
        builder.Property(r => r.VideoUrl).HasMaxLength(DataLimits.Path);
        builder.Property(r => r.CreatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.UpdatedBy).HasMaxLength(DataLimits.UserName);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsAttendance);
        builder.Ignore(r => r.Attendees);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(r => r.DecisionDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.IsPublished, r.Kind });
    }
}
