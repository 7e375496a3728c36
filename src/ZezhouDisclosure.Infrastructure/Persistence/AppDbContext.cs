using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Auditing;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Infrastructure.Persistence;

/// <summary>
/// The one EF Core model, valid on SQLite, SQL Server and PostgreSQL alike. Identity, Data Protection keys and the
/// portal's own records live in the same database.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser, IDataProtectionProvider dataProtection)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IAppDbContext, IDataProtectionKeyContext
{
    public const string SoftDeleteFilter = "SoftDelete";
    public const string OrganisationScopeFilter = "OrganisationScope";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PilotArea> PilotAreas => Set<PilotArea>();

    public DbSet<Column> Columns => Set<Column>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<TopicCategory> TopicCategories => Set<TopicCategory>();

    public DbSet<DocumentRevision> DocumentRevisions => Set<DocumentRevision>();

    public DbSet<InterpretationLink> InterpretationLinks => Set<InterpretationLink>();

    public DbSet<DocumentAttachment> DocumentAttachments => Set<DocumentAttachment>();

    public DbSet<IndexNumberSequence> IndexNumberSequences => Set<IndexNumberSequence>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<DisclosureRequest> DisclosureRequests => Set<DisclosureRequest>();

    public DbSet<RequestConsultation> RequestConsultations => Set<RequestConsultation>();

    public DbSet<CatalogueTemplate> CatalogueTemplates => Set<CatalogueTemplate>();

    public DbSet<TownshipCatalogue> TownshipCatalogues => Set<TownshipCatalogue>();

    public DbSet<CatalogueVersion> CatalogueVersions => Set<CatalogueVersion>();

    public DbSet<CatalogueItemDocument> CatalogueItemDocuments => Set<CatalogueItemDocument>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Whose unpublished records this context may read: null = all (county office), a clerk's organisation id,
    /// or 0 (anonymous: published records only). Evaluated per query by the organisation-scope filter.
    /// </summary>
    internal int? RecordScope => currentUser.RecordScope();

    /// <summary>The model depends on the Data Protection provider (the ID-number converter holds its protector).</summary>
    internal IDataProtectionProvider DataProtection => dataProtection;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, DataProtectionModelCacheKeyFactory>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        builder.Entity<Document>()
            .HasQueryFilter(SoftDeleteFilter, d => !d.IsDeleted)
            .HasQueryFilter(
                OrganisationScopeFilter,
                d => RecordScope == null || d.OrganisationId == RecordScope
                    || d.Status == DocumentStatus.Published || d.Status == DocumentStatus.Withdrawn);

        // Attachments are read through their document, whose filters scope them; removed ones are hidden.
        builder.Entity<DocumentAttachment>().HasQueryFilter(SoftDeleteFilter, a => !a.IsDeleted);

        // A township's working catalogue (draft, in review, returned) is visible to its own clerks and the county
        // office only; the public reads published CatalogueVersions. Areas and rows follow their catalogue.
        builder.Entity<TownshipCatalogue>()
            .HasQueryFilter(OrganisationScopeFilter, c => RecordScope == null || c.OrganisationId == RecordScope);
        builder.Entity<TownshipCatalogueArea>()
            .HasQueryFilter(
                OrganisationScopeFilter,
                a => RecordScope == null
                    || Set<TownshipCatalogue>().Any(c => c.Id == a.TownshipCatalogueId && c.OrganisationId == RecordScope));
        builder.Entity<TownshipCatalogueItem>()
            .HasQueryFilter(
                OrganisationScopeFilter,
                i => RecordScope == null
                    || Set<TownshipCatalogue>().Any(c => c.Id == i.TownshipCatalogueId && c.OrganisationId == RecordScope));

        builder.Entity<DisclosureRequest>()
            .Property(r => r.IdNumber)
            .HasConversion(new ProtectedStringConverter(dataProtection.CreateProtector(ProtectedStringConverter.IdNumberPurpose)));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; providers that lose the kind (SQLite) get it back on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

/// <summary>One cached model per Data Protection provider, so a converter never uses another host's keys.</summary>
internal sealed class DataProtectionModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is AppDbContext app ? (context.GetType(), app.DataProtection, designTime) : (context.GetType(), designTime);
}
