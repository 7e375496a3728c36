using Microsoft.EntityFrameworkCore.ChangeTracking;
using ZezhouDisclosure.Domain.Auditing;
using ZezhouDisclosure.Domain.Calendar;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.Domain.Requests;

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

    DbSet<Finding> Findings { get; }

    DbSet<InspectionRun> InspectionRuns { get; }

    DbSet<Rectification> Rectifications { get; }

    DbSet<NotApplicableMark> NotApplicableMarks { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
