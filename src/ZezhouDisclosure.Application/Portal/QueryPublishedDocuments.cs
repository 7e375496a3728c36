using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Persistence;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>A published document in the read API's list.</summary>
public sealed record PublishedDocumentListItem(
    int Id,
    string Title,
    string? IndexNumber,
    string? DocumentNumber,
    DateOnly? WrittenOn,
    DateTime PublishedAt,
    DateTime? UpdatedAt,
    string OrganisationSlug,
    string OrganisationName,
    string ColumnPath,
    string ColumnName,
    string? Summary);

public sealed record PublishedDocumentPage(IReadOnlyList<PublishedDocumentListItem> Items, int Page, int PageSize, int TotalCount);

/// <summary>
/// Published documents for the read API, newest first, filtered by organisation, column (with sub-columns), Beijing
/// year of publication and last change. Only <see cref="DocumentStatus.Published"/>: never drafts, withdrawn or deleted.
/// </summary>
public sealed record QueryPublishedDocumentsQuery(
    int? OrganisationId, string? ColumnPath, int? Year, DateTime? UpdatedSince, int Page, int PageSize) : IQuery<PublishedDocumentPage>;

public sealed class QueryPublishedDocumentsValidator : AbstractValidator<QueryPublishedDocumentsQuery>
{
    public const int MaxPageSize = 100;

    public QueryPublishedDocumentsValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000).WithMessage("page 须在 1 至 100000 之间 (page must be 1–100000).");
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithMessage("pageSize 须在 1 至 100 之间 (pageSize must be 1–100).");
        RuleFor(q => q.Year).InclusiveBetween(1990, 2200).When(q => q.Year is not null).WithMessage("year 无效 (invalid year).");
    }
}

/// <remarks>Counts are kept in <see cref="IPublicReadCache"/>; the page's ids come from the covering indexes first (see
/// <see cref="ListPublishedDocumentsHandler"/>).</remarks>
public sealed class QueryPublishedDocumentsHandler(IAppDbContext db, IPublicReadCache cache)
    : IQueryHandler<QueryPublishedDocumentsQuery, PublishedDocumentPage>
{
    public async ValueTask<PublishedDocumentPage> Handle(QueryPublishedDocumentsQuery query, CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking().PublishedRowsOnly().Where(d => d.Status == DocumentStatus.Published);
        if (query.OrganisationId is int organisationId)
        {
            documents = documents.Where(d => d.OrganisationId == organisationId);
        }

        if (query.ColumnPath is { } path)
        {
            documents = await PublishedDocumentPages.InColumnAsync(documents, path, db, cache, cancellationToken);
        }

        if (query.Year is int year)
        {
            // The Beijing calendar year, as UTC instants.
            var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - ChinaTime.Offset;
            var to = from.AddYears(1);
            documents = documents.Where(d => d.PublishedAt >= from && d.PublishedAt < to);
        }

        if (query.UpdatedSince is DateTime since)
        {
            documents = documents.Where(d => d.UpdatedAt >= since || (d.UpdatedAt == null && d.PublishedAt >= since));
        }

        var key = string.Create(CultureInfo.InvariantCulture,
            $"api-count:{query.OrganisationId}:{query.ColumnPath}:{query.Year}:{query.UpdatedSince?.Ticks}");
        var total = await cache.GetOrCreateAsync(key, documents.CountAsync, cancellationToken);
        var ids = await PublishedDocumentPages.PageIdsAsync(documents, query.Page, query.PageSize, cancellationToken);
        var items = await (
            from d in db.Documents.AsNoTracking().PublishedRowsOnly()
            where ids.Contains(d.Id) && d.Status == DocumentStatus.Published
            join o in db.Organisations on d.OrganisationId equals o.Id
            join c in db.Columns on d.ColumnId equals c.Id
            select new PublishedDocumentListItem(
                d.Id, d.Title, d.IndexNumber, d.DocumentNumber, d.WrittenOn, d.PublishedAt!.Value, d.UpdatedAt,
                o.Slug, o.Name, c.Path, c.Name, d.Summary))
            .ToListAsync(cancellationToken);
        return new PublishedDocumentPage(PublishedDocumentPages.InOrderOf(items, ids, i => i.Id), query.Page, query.PageSize, total);
    }
}
