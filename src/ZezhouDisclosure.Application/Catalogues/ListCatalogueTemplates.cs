using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record CatalogueTemplateSummary(
    int PilotAreaId, int Number, string Slug, string Name, int Revision, bool NeedsCompletion, int TownshipItemCount,
    int ItemCount, IReadOnlyList<string> ResponsibleUnits, bool MaintainedByMe);

/// <summary>The county templates of the 26 pilot areas; flags those the signed-in clerk's unit maintains.</summary>
public sealed record ListCatalogueTemplatesQuery : IQuery<IReadOnlyList<CatalogueTemplateSummary>>;

public sealed class ListCatalogueTemplatesHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListCatalogueTemplatesQuery, IReadOnlyList<CatalogueTemplateSummary>>
{
    public async ValueTask<IReadOnlyList<CatalogueTemplateSummary>> Handle(ListCatalogueTemplatesQuery query, CancellationToken cancellationToken)
    {
        var templates = await db.CatalogueTemplates.AsNoTracking().Include(t => t.Items).ToListAsync(cancellationToken);
        var areas = await db.PilotAreas.AsNoTracking().OrderBy(a => a.Number)
            .Select(a => new
            {
                a.Id, a.Number, a.Slug, a.Name,
                Units = a.Responsibilities.Select(r => new { r.OrganisationId, r.Organisation!.Name }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var result = new List<CatalogueTemplateSummary>();
        foreach (var area in areas)
        {
            var template = templates.FirstOrDefault(t => t.PilotAreaId == area.Id);
            var items = template?.CurrentItems().ToList() ?? [];
            result.Add(new CatalogueTemplateSummary(
                area.Id, area.Number, area.Slug, area.Name, template?.Revision ?? 0, template?.NeedsCompletion ?? true,
                items.Count(i => i.IsTownshipLevel), items.Count, area.Units.Select(u => u.Name).ToList(),
                currentUser.OrganisationId is int me && area.Units.Any(u => u.OrganisationId == me)));
        }

        return result;
    }
}
