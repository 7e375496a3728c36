using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record CatalogueQueueRow(
    int Id, string OrganisationName, CatalogueStatus Status, DateTime? SubmittedAt, string? SubmittedBy, int PublishedVersionNumber);

/// <summary>The county office's view of every township catalogue, submitted ones first.</summary>
public sealed record ListCataloguesForReviewQuery : IQuery<IReadOnlyList<CatalogueQueueRow>>;

public sealed class ListCataloguesForReviewHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListCataloguesForReviewQuery, IReadOnlyList<CatalogueQueueRow>>
{
    public async ValueTask<IReadOnlyList<CatalogueQueueRow>> Handle(ListCataloguesForReviewQuery query, CancellationToken cancellationToken)
    {
        currentUser.Require(Permissions.Catalogues.Review, "只有县政务公开办审核员可以审核。");
        var rows = await (
            from c in db.TownshipCatalogues.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on c.OrganisationId equals o.Id
            select new { c.Id, o.Name, o.SortOrder, c.Status, c.SubmittedAt, c.SubmittedBy, c.PublishedVersionNumber })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Status == CatalogueStatus.Submitted ? 0 : 1)
            .ThenBy(r => r.SortOrder)
            .Select(r => new CatalogueQueueRow(r.Id, r.Name, r.Status, r.SubmittedAt, r.SubmittedBy, r.PublishedVersionNumber))
            .ToList();
    }
}
