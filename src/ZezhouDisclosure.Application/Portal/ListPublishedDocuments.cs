using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Persistence;
using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>
/// Published documents of a column and all its sub-columns, optionally of one organisation, newest first.
/// A null column path means every column.
/// </summary>
public sealed record ListPublishedDocumentsQuery(string? ColumnPath, int? OrganisationId, int Page, int PageSize = PagedList<PublicDocumentRow>.DefaultPageSize)
    : IQuery<PagedList<PublicDocumentRow>>;

/// <remarks>
/// Built for 200 000 documents and a crowd (docs/performance.md): the page's ids are read in a subquery from the
/// covering indexes on (Status, ColumnId, PublishedAt, Id, …) and (Status, PublishedAt, Id, …), so skipping to a deep
/// page walks index entries only, and the 20 rows are read by primary key in the same command; the total is counted once and kept in
/// <see cref="IPublicReadCache"/> until public content changes.
/// </remarks>
public sealed class ListPublishedDocumentsHandler(IAppDbContext db, IPublicReadCache cache)
    : IQueryHandler<ListPublishedDocumentsQuery, PagedList<PublicDocumentRow>>
{
    public async ValueTask<PagedList<PublicDocumentRow>> Handle(
        ListPublishedDocumentsQuery query, CancellationToken cancellationToken)
    {
        var page = PagedList<PublicDocumentRow>.NormalisePage(query.Page);
        var pageSize = PagedList<PublicDocumentRow>.NormalisePageSize(query.PageSize);
        var documents = db.Documents.AsNoTracking().PublishedRowsOnly().Where(d => d.Status == DocumentStatus.Published);
        if (query.ColumnPath is { } path)
        {
            documents = await PublishedDocumentPages.InColumnAsync(documents, path, db, cache, cancellationToken);
        }

        if (query.OrganisationId is int organisationId)
        {
            documents = documents.Where(d => d.OrganisationId == organisationId);
        }

        var key = $"published-count:{query.ColumnPath}:{query.OrganisationId}";
        var total = await cache.GetOrCreateAsync(key, documents.CountAsync, cancellationToken);
        // One command (issue 19): the page's ids come from the covering index in a subquery, the rows by primary key.
        var ids = PublishedDocumentPages.PageIds(documents, page, pageSize);
        var rows = await (
            from d in db.Documents.AsNoTracking().PublishedRowsOnly()
            where ids.Contains(d.Id)
            join o in db.Organisations on d.OrganisationId equals o.Id
            orderby d.PublishedAt descending, d.Id descending
            select new PublicDocumentRow(
                d.Id, d.Title, d.IndexNumber, d.DocumentNumber, d.PublishedAt!.Value, o.Name, d.Summary,
                db.InterpretationLinks.Any(l => l.PolicyId == d.Id
                    && db.Documents.Any(i => i.Id == l.InterpretationId && i.Status == DocumentStatus.Published)),
                d.WrittenOn))
            .ToListAsync(cancellationToken);
        return new PagedList<PublicDocumentRow>(rows, page, pageSize, total);
    }
}
