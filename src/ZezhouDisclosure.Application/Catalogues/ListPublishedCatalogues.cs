using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>A township whose 标准目录 has a published version.</summary>
public sealed record PublishedCatalogueSummary(
    string OrganisationSlug, string OrganisationName, int CurrentVersion, DateOnly EffectiveFrom, DateTime ApprovedAt);

/// <summary>Every township with a published catalogue and its newest version (townships never approved are absent).</summary>
public sealed record ListPublishedCataloguesQuery : IQuery<IReadOnlyList<PublishedCatalogueSummary>>;

public sealed class ListPublishedCataloguesHandler(IAppDbContext db)
    : IQueryHandler<ListPublishedCataloguesQuery, IReadOnlyList<PublishedCatalogueSummary>>
{
    public async ValueTask<IReadOnlyList<PublishedCatalogueSummary>> Handle(ListPublishedCataloguesQuery query, CancellationToken cancellationToken)
    {
        var latest = db.CatalogueVersions.GroupBy(v => v.OrganisationId).Select(g => new { OrganisationId = g.Key, Number = g.Max(v => v.Number) });
        return await (
            from v in db.CatalogueVersions.AsNoTracking()
            join l in latest on new { v.OrganisationId, v.Number } equals new { l.OrganisationId, l.Number }
            join o in db.Organisations.AsNoTracking() on v.OrganisationId equals o.Id
            orderby o.SortOrder, o.Id
            select new PublishedCatalogueSummary(o.Slug, o.Name, v.Number, v.EffectiveFrom, v.ApprovedAt))
            .ToListAsync(cancellationToken);
    }
}
