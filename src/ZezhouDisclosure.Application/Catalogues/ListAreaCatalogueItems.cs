using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.ServiceItems;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record TownshipAreaRows(string OrganisationName, string OrganisationSlug, int VersionNumber, bool NotInvolved, string? Explanation, IReadOnlyList<PublishedRow> Rows);

public sealed record AreaCatalogues(string AreaName, string AreaSlug, IReadOnlyList<TownshipAreaRows> Townships);

/// <summary>For one pilot area, each township's rows in its current published catalogue.</summary>
public sealed record ListAreaCatalogueItemsQuery(string AreaSlug, string? Keyword) : IQuery<AreaCatalogues>;

public sealed class ListAreaCatalogueItemsHandler(IAppDbContext db) : IQueryHandler<ListAreaCatalogueItemsQuery, AreaCatalogues>
{
    public async ValueTask<AreaCatalogues> Handle(ListAreaCatalogueItemsQuery query, CancellationToken cancellationToken)
    {
        var area = await db.PilotAreas.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == query.AreaSlug, cancellationToken)
            ?? throw new NotFoundException();
        var keyword = string.IsNullOrWhiteSpace(query.Keyword) ? null : query.Keyword.Trim();
        var latest = db.CatalogueVersions.GroupBy(v => v.OrganisationId).Select(g => new { OrganisationId = g.Key, Number = g.Max(v => v.Number) });
        var versions = await (
            from v in db.CatalogueVersions.AsNoTracking().Include(v => v.Items).Include(v => v.Areas)
            join l in latest on new { v.OrganisationId, v.Number } equals new { l.OrganisationId, l.Number }
            join o in db.Organisations.AsNoTracking() on v.OrganisationId equals o.Id
            orderby o.SortOrder
            select new { Version = v, o.Name, o.Slug })
            .ToListAsync(cancellationToken);
        var services = await ServiceCatalogueRows.PublishedGuidesAsync(
            db, [.. versions.SelectMany(v => v.Version.Items).Where(i => i.PilotAreaId == area.Id).Select(i => i.SourceItemId)], cancellationToken);
        var result = new List<TownshipAreaRows>();
        foreach (var entry in versions)
        {
            var areaRow = entry.Version.Areas.FirstOrDefault(a => a.PilotAreaId == area.Id);
            if (areaRow is null)
            {
                continue;
            }

            var rows = entry.Version.Items.Where(i => i.PilotAreaId == area.Id).OrderBy(i => i.Number)
                .Select(i => new PublishedRow(i.Number, i.AreaName, i.ToContent(), i.NotInvolved, i.NotInvolvedExplanation, ItemId: i.SourceItemId, Services: [.. services[i.SourceItemId]]))
                .Where(r => keyword is null || GetPublishedCatalogueHandler.Matches(r, keyword))
                .ToList();
            result.Add(new TownshipAreaRows(entry.Name, entry.Slug, entry.Version.Number, areaRow.NotInvolved, areaRow.Explanation, rows));
        }

        return new AreaCatalogues(area.Name, area.Slug, result);
    }
}
