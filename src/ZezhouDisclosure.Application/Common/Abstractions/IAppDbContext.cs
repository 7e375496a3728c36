using Microsoft.EntityFrameworkCore.ChangeTracking;
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

namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>The unit of work handlers use directly (ADR-0004: no repository layer).</summary>
public interface IAppDbContext
{
    DbSet<Organisation> Organisations { get; }

    DbSet<PilotArea> PilotAreas { get; }

    DbSet<Column> Columns { get; }

    DbSet<Document> Documents { get; }

    DbSet<TopicCategory> TopicCategories { get; }

    DbSet<DocumentRevision> DocumentRevisions { get; }

    DbSet<InterpretationLink> InterpretationLinks { get; }

    DbSet<DocumentAttachment> DocumentAttachments { get; }

    DbSet<IndexNumberSequence> IndexNumberSequences { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<CalendarYear> CalendarYears { get; }

    DbSet<CalendarDay> CalendarDays { get; }

    DbSet<DisclosureRequest> DisclosureRequests { get; }

    DbSet<RequestReplyFile> RequestReplyFiles { get; }

    DbSet<NoticeNumberSequence> NoticeNumberSequences { get; }

    DbSet<CatalogueTemplate> CatalogueTemplates { get; }

    DbSet<TownshipCatalogue> TownshipCatalogues { get; }

    DbSet<CatalogueVersion> CatalogueVersions { get; }

    DbSet<CatalogueItemDocument> CatalogueItemDocuments { get; }

    DbSet<ServiceItem> ServiceItems { get; }

    DbSet<ServiceItemVersion> ServiceItemVersions { get; }

    DbSet<ServiceItemFile> ServiceItemFiles { get; }

    DbSet<CatalogueServiceLink> CatalogueServiceLinks { get; }

    DbSet<NewMediaAccount> NewMediaAccounts { get; }

    DbSet<NewMediaCheck> NewMediaChecks { get; }
    DbSet<OrganisationNameRecord> OrganisationNameRecords { get; }

    DbSet<ColumnFormerPath> ColumnFormerPaths { get; }

    DbSet<VillagePosting> VillagePostings { get; }

    DbSet<VillagePostingAttachment> VillagePostingAttachments { get; }

    DbSet<VillageCatalogueItem> VillageCatalogueItems { get; }
    DbSet<Domain.Interactions.CitizenMessage> CitizenMessages { get; }

    DbSet<Domain.Sentiment.SentimentCase> SentimentCases { get; }
    DbSet<AnnualReport> AnnualReports { get; }

    DbSet<AppealCase> AppealCases { get; }
    DbSet<Consultation> Consultations { get; }

    DbSet<ConsultationComment> ConsultationComments { get; }

    DbSet<ConsultationAttachment> ConsultationAttachments { get; }

    DbSet<ParticipationCatalogue> ParticipationCatalogues { get; }

    DbSet<ParticipationRecord> ParticipationRecords { get; }
    DbSet<Finding> Findings { get; }

    DbSet<InspectionRun> InspectionRuns { get; }

    DbSet<StoredSelfCheckReport> StoredSelfCheckReports { get; }

    DbSet<Rectification> Rectifications { get; }

    DbSet<NotApplicableMark> NotApplicableMarks { get; }

    DbSet<Assessment> Assessments { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
