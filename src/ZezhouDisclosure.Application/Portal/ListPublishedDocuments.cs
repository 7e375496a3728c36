using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Models;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>
/// Published documents of a column and all its sub-columns, optionally of one organisation, newest first.
/// A null column path means every column.
/// </summary>
public sealed record ListPublishedDocumentsQuery(string? ColumnPath, int? OrganisationId, int Page, int PageSize = PagedList<PublicDocumentRow>.DefaultPageSize)
    : IQuery<PagedList<PublicDocumentRow>>;

public sealed class ListPublishedDocumentsHandler(IAppDbContext db)
    : IQueryHandler<ListPublishedDocumentsQuery, PagedList<PublicDocumentRow>>
{
    public async ValueTask<PagedList<PublicDocumentRow>> Handle(
        ListPublishedDocumentsQuery query, CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published);
        if (query.ColumnPath is { } path)
        {
            var prefix = path + "/";
            var columnIds = db.Columns.Where(c => c.Path == path || c.Path.StartsWith(prefix)).Select(c => c.Id);
            documents = documents.Where(d => columnIds.Contains(d.ColumnId));
        }

        if (query.OrganisationId is int organisationId)
        {
            documents = documents.Where(d => d.OrganisationId == organisationId);
        }

        var rows =
            from d in documents
            join o in db.Organisations on d.OrganisationId equals o.Id
            orderby d.PublishedAt descending, d.Id descending
            select new PublicDocumentRow(
                d.Id, d.Title, d.IndexNumber, d.DocumentNumber, d.PublishedAt!.Value, o.Name, d.Summary,
                db.InterpretationLinks.Any(l => l.PolicyId == d.Id
                    && db.Documents.Any(i => i.Id == l.InterpretationId && i.Status == DocumentStatus.Published)));
        return await rows.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
