using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.Domain.Auditing;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.NewMedia;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Participation;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.Domain.Villages;
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
    public const string OrganisationScopeFilter = RecordScope.FilterName;

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

    public DbSet<RequestReplyFile> RequestReplyFiles => Set<RequestReplyFile>();

    public DbSet<NoticeNumberSequence> NoticeNumberSequences => Set<NoticeNumberSequence>();

    public DbSet<RequestConsultation> RequestConsultations => Set<RequestConsultation>();

    public DbSet<CatalogueTemplate> CatalogueTemplates => Set<CatalogueTemplate>();

    public DbSet<TownshipCatalogue> TownshipCatalogues => Set<TownshipCatalogue>();

    public DbSet<CatalogueVersion> CatalogueVersions => Set<CatalogueVersion>();

    public DbSet<CatalogueItemDocument> CatalogueItemDocuments => Set<CatalogueItemDocument>();

    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();

    public DbSet<ServiceItemVersion> ServiceItemVersions => Set<ServiceItemVersion>();

    public DbSet<ServiceItemFile> ServiceItemFiles => Set<ServiceItemFile>();

    public DbSet<CatalogueServiceLink> CatalogueServiceLinks => Set<CatalogueServiceLink>();

    public DbSet<NewMediaAccount> NewMediaAccounts => Set<NewMediaAccount>();

    public DbSet<NewMediaCheck> NewMediaChecks => Set<NewMediaCheck>();
    public DbSet<OrganisationNameRecord> OrganisationNameRecords => Set<OrganisationNameRecord>();

    public DbSet<ColumnFormerPath> ColumnFormerPaths => Set<ColumnFormerPath>();

    public DbSet<VillagePosting> VillagePostings => Set<VillagePosting>();

    public DbSet<VillagePostingAttachment> VillagePostingAttachments => Set<VillagePostingAttachment>();

    public DbSet<VillageCatalogueItem> VillageCatalogueItems => Set<VillageCatalogueItem>();
    public DbSet<Domain.Interactions.CitizenMessage> CitizenMessages => Set<Domain.Interactions.CitizenMessage>();

    public DbSet<Domain.Sentiment.SentimentCase> SentimentCases => Set<Domain.Sentiment.SentimentCase>();
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();

    public DbSet<AppealCase> AppealCases => Set<AppealCase>();
    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<ConsultationComment> ConsultationComments => Set<ConsultationComment>();

    public DbSet<ConsultationAttachment> ConsultationAttachments => Set<ConsultationAttachment>();

    public DbSet<ParticipationCatalogue> ParticipationCatalogues => Set<ParticipationCatalogue>();

    public DbSet<ParticipationRecord> ParticipationRecords => Set<ParticipationRecord>();
    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<InspectionRun> InspectionRuns => Set<InspectionRun>();

    public DbSet<StoredSelfCheckReport> StoredSelfCheckReports => Set<StoredSelfCheckReport>();

    public DbSet<Rectification> Rectifications => Set<Rectification>();

    public DbSet<NotApplicableMark> NotApplicableMarks => Set<NotApplicableMark>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Signed-in staff sessions (ended by sign-out; see StaffSessions).</summary>
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    /// <summary>
    /// Whose non-public records this context may read (county-wide, a set of organisations, or none: public records
    /// only). Evaluated per query by the organisation-scope filters, which reference it through the context instance.
    /// </summary>
    internal RecordScope RecordScope => currentUser.RecordScope();

    /// <summary>The organisation-scope test on an organisation id, as the convention puts it into every filter.</summary>
    internal Expression<Func<int, bool>> InScope =>
        organisationId => RecordScope.IsCountyWide || RecordScope.OrganisationIds.Contains(organisationId);

    /// <summary>The same test on a child row's parent organisation (a query of one value).</summary>
    internal Expression<Func<IQueryable<int>, bool>> ParentInScope =>
        parentOrganisation => RecordScope.IsCountyWide || parentOrganisation.Any(id => RecordScope.OrganisationIds.Contains(id));

    /// <summary>The model depends on the Data Protection provider (the ID-number converter holds its protector).</summary>
    internal IDataProtectionProvider DataProtection => dataProtection;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, DataProtectionModelCacheKeyFactory>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Concurrent edits are detected for every IVersioned entity: its Version is the optimistic-concurrency token
        // (AuditingInterceptor increments it, ExpectVersion sets the version a form was read at). One rule here, so a
        // new capability's entity cannot forget the line in its configuration (two did: 服务事项, 新媒体账号).
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(Domain.Common.IVersioned).IsAssignableFrom(e.ClrType)))
        {
            entity.FindProperty(nameof(Domain.Common.IVersioned.Version))!.IsConcurrencyToken = true;
        }

        builder.Entity<Document>().HasQueryFilter(SoftDeleteFilter, d => !d.IsDeleted);

        // Attachments are removed by soft delete, hidden like documents.
        builder.Entity<DocumentAttachment>().HasQueryFilter(SoftDeleteFilter, a => !a.IsDeleted);
        builder.Entity<ServiceItemFile>().HasQueryFilter(SoftDeleteFilter, f => !f.IsDeleted);

        // One rule for every IOrganisationOwned entity (and the children that follow an owned parent): see
        // OrganisationScopeConvention, the entities' configurations for their public rows, OrganisationScopeOptOuts.
        OrganisationScopeConvention.Apply(builder, this);

        var requests = builder.Entity<DisclosureRequest>();
        requests.Property(r => r.IdNumber)
            .HasConversion(new ProtectedStringConverter(dataProtection.CreateProtector(ProtectedStringConverter.IdNumberPurpose)));

        // The applicant's contact details are personal information too (privacy notice): encrypted at rest alike.
        ValueConverter contact = new ProtectedStringConverter(dataProtection.CreateProtector(ProtectedStringConverter.ContactPurpose), acceptPlaintext: true);
        requests.Property(r => r.Phone).HasConversion(contact);
        requests.Property(r => r.Email).HasConversion(contact);
        requests.Property(r => r.PostalAddress).HasConversion(contact);

        // 留言 contacts are personal information alike (the name stays readable for the retention job's test).
        var messages = builder.Entity<Domain.Interactions.CitizenMessage>();
        messages.Property(m => m.Phone).HasConversion(contact);
        messages.Property(m => m.Email).HasConversion(contact);
        // A commenter's contact details (公众参与) are for the unit only: encrypted at rest like an applicant's.
        builder.Entity<ConsultationComment>().Property(c => c.Contact).HasConversion(contact);
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
