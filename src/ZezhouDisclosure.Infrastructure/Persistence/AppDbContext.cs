using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Auditing;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Infrastructure.Persistence;

/// <summary>
/// The one EF Core model, valid on SQLite, SQL Server and PostgreSQL alike. Identity, Data Protection keys and the
/// portal's own records live in the same database.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IAppDbContext, IDataProtectionKeyContext
{
    public const string SoftDeleteFilter = "SoftDelete";
    public const string OrganisationScopeFilter = "OrganisationScope";

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PilotArea> PilotAreas => Set<PilotArea>();

    public DbSet<Column> Columns => Set<Column>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<TopicCategory> TopicCategories => Set<TopicCategory>();

    public DbSet<IndexNumberSequence> IndexNumberSequences => Set<IndexNumberSequence>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        builder.Entity<Document>()
            .HasQueryFilter(SoftDeleteFilter, d => !d.IsDeleted)
            .HasQueryFilter(
                OrganisationScopeFilter,
                d => RecordScope == null || d.OrganisationId == RecordScope || d.Status == DocumentStatus.Published);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; providers that lose the kind (SQLite) get it back on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
