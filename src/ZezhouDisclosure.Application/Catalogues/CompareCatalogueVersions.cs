using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record CatalogueComparison(
    string OrganisationName, string OrganisationSlug, CatalogueVersionSummary From, CatalogueVersionSummary To,
    IReadOnlyList<CatalogueChange> Changes);

/// <summary>What changed between two published versions of a township's catalogue (added, removed, changed rows).</summary>
public sealed record CompareCatalogueVersionsQuery(string TownshipSlug, int From, int To) : IQuery<CatalogueComparison>;

public sealed class CompareCatalogueVersionsHandler(IAppDbContext db) : IQueryHandler<CompareCatalogueVersionsQuery, CatalogueComparison>
{
    public async ValueTask<CatalogueComparison> Handle(CompareCatalogueVersionsQuery query, CancellationToken cancellationToken)
    {
        var township = await db.Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Slug == query.TownshipSlug && o.Kind == OrganisationKind.Township, cancellationToken)
            ?? throw new NotFoundException();
        var versions = await db.CatalogueVersions.AsNoTracking().Include(v => v.Items)
            .Where(v => v.OrganisationId == township.Id && (v.Number == query.From || v.Number == query.To))
            .ToListAsync(cancellationToken);
        var from = versions.FirstOrDefault(v => v.Number == query.From) ?? throw new NotFoundException();
        var to = versions.FirstOrDefault(v => v.Number == query.To) ?? throw new NotFoundException();
        static IEnumerable<ComparableItem> Items(CatalogueVersion v) =>
            v.Items.OrderBy(i => i.Number).Select(i => new ComparableItem(i.AreaName, i.ToContent(), i.NotInvolved));
        static CatalogueVersionSummary Summary(CatalogueVersion v) =>
            new(v.Number, v.EffectiveFrom, v.ApprovedAt, v.Items.Count(i => !i.NotInvolved));
        return new CatalogueComparison(
            township.Name, township.Slug, Summary(from), Summary(to), CatalogueDiff.Compare(Items(from), Items(to)));
    }
}
