using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>One row of a township's current published catalogue, with the version it belongs to.</summary>
public sealed record PublishedCatalogueItem(string OrganisationName, string OrganisationSlug, CatalogueVersionSummary Version, PublishedRow Row);

/// <summary>
/// A row of the township's current published 标准目录 by its stable id (the township's working row; see
/// <see cref="PublishedRow.ItemId"/>): what a search hit for a 目录事项 links to. Not found when the current version
/// has no such row (never published, or dropped in a later version).
/// </summary>
public sealed record GetPublishedCatalogueItemQuery(string TownshipSlug, int ItemId) : IQuery<PublishedCatalogueItem>;

public sealed class GetPublishedCatalogueItemHandler(IAppDbContext db) : IQueryHandler<GetPublishedCatalogueItemQuery, PublishedCatalogueItem>
{
    public async ValueTask<PublishedCatalogueItem> Handle(GetPublishedCatalogueItemQuery query, CancellationToken cancellationToken)
    {
        var catalogue = await new GetPublishedCatalogueHandler(db).Handle(new GetPublishedCatalogueQuery(query.TownshipSlug, null, null), cancellationToken);
        var row = catalogue.Rows.FirstOrDefault(r => r.ItemId == query.ItemId);
        if (catalogue.Current is not { } version || row is null)
        {
            throw new NotFoundException("该事项不在现行的标准目录中，请查看目录全文。");
        }

        return new PublishedCatalogueItem(catalogue.OrganisationName, catalogue.OrganisationSlug, version, row);
    }
}
