using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record FilterOption(string Value, string Label);

/// <summary>What the coverage dashboard can be filtered by; <see cref="Townships"/> is empty for a township clerk.</summary>
public sealed record CoverageFilterOptions(IReadOnlyList<FilterOption> Townships, IReadOnlyList<FilterOption> Areas, IReadOnlyList<FilterOption> Statuses);

/// <summary>
/// The choices of the coverage dashboard's filters: the townships with a published catalogue (county office only),
/// the 26 pilot areas plus the townships' common items, and the coverage statuses.
/// </summary>
public sealed record GetCoverageFilterOptionsQuery : IQuery<CoverageFilterOptions>;

public sealed class GetCoverageFilterOptionsHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCoverageFilterOptionsQuery, CoverageFilterOptions>
{
    public async ValueTask<CoverageFilterOptions> Handle(GetCoverageFilterOptionsQuery query, CancellationToken cancellationToken)
    {
        List<FilterOption> townships = [];
        if (currentUser.IsCountyWide())
        {
            var published = db.CatalogueVersions.Select(v => v.OrganisationId);
            townships = (await db.Organisations.AsNoTracking()
                .Where(o => published.Contains(o.Id))
                .OrderBy(o => o.SortOrder)
                .Select(o => new { o.Slug, o.Name })
                .ToListAsync(cancellationToken))
                .Select(o => new FilterOption(o.Slug, o.Name))
                .ToList();
        }

        var areas = (await db.PilotAreas.AsNoTracking().OrderBy(a => a.Number).Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken))
            .Select(a => new FilterOption(a.Slug, a.Name))
            .Append(new FilterOption(GetCatalogueCoverageQuery.CommonAreaSlug, Domain.Catalogues.CatalogueDiff.CommonArea))
            .ToList();
        var statuses = Enum.GetValues<CoverageStatus>().Select(s => new FilterOption(s.ToString(), ItemCoverage.Label(s))).ToList();
        return new CoverageFilterOptions(townships, areas, statuses);
    }
}
