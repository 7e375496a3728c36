using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Documents;

/// <summary>
/// The back-office list: a clerk sees their organisation's documents, the county office everybody's
/// (optionally one status, e.g. the review queue).
/// </summary>
public sealed record ListStaffDocumentsQuery(DocumentStatus? Status, int Page, string? Keyword = null, bool AwaitingPostReviewOnly = false)
    : IQuery<PagedList<StaffDocumentRow>>;

public sealed class ListStaffDocumentsHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListStaffDocumentsQuery, PagedList<StaffDocumentRow>>
{
    public async ValueTask<PagedList<StaffDocumentRow>> Handle(
        ListStaffDocumentsQuery query, CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking();
        if (!currentUser.IsCountyWide())
        {
            // The filter also lets through everybody's published documents: the staff list keeps to the scope's own.
            var organisationIds = currentUser.RecordScope().OrganisationIds;
            documents = documents.Where(d => organisationIds.Contains(d.OrganisationId));
        }

        if (query.Status is DocumentStatus status)
        {
            documents = documents.Where(d => d.Status == status);
        }

        if (query.AwaitingPostReviewOnly)
        {
            documents = documents.Where(d => d.AwaitingPostReview);
        }

        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            var keyword = query.Keyword.Trim();
            documents = documents.Where(d => d.Title.Contains(keyword) || (d.IndexNumber != null && d.IndexNumber.Contains(keyword)));
        }

        var rows =
            from d in documents
            join o in db.Organisations on d.OrganisationId equals o.Id
            join c in db.Columns on d.ColumnId equals c.Id
            orderby d.UpdatedAt ?? d.CreatedAt descending, d.Id descending
            select new StaffDocumentRow(
                d.Id, d.Title, o.Name, c.Name, d.Status, d.Attribute, d.IndexNumber, d.SubmittedAt,
                d.UpdatedAt ?? d.CreatedAt, d.AwaitingPostReview);
        return await rows.ToPagedListAsync(query.Page, PagedList<StaffDocumentRow>.DefaultPageSize, cancellationToken);
    }
}
