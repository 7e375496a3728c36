using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record TemplateRow(int Id, int Number, CatalogueItemContent Content, int ChangedInRevision);

public sealed record CatalogueTemplateDetails(
    int PilotAreaId, string AreaName, string AreaSlug, int Version, int Revision, bool NeedsCompletion, string? Note,
    IReadOnlyList<TemplateRow> Rows, bool MaintainedByMe);

/// <summary>One pilot area's county template (by area slug).</summary>
public sealed record GetCatalogueTemplateQuery(string AreaSlug) : IQuery<CatalogueTemplateDetails>;

public sealed class GetCatalogueTemplateHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCatalogueTemplateQuery, CatalogueTemplateDetails>
{
    public async ValueTask<CatalogueTemplateDetails> Handle(GetCatalogueTemplateQuery query, CancellationToken cancellationToken)
    {
        var area = await db.PilotAreas.AsNoTracking().Include(a => a.Responsibilities)
            .FirstOrDefaultAsync(a => a.Slug == query.AreaSlug, cancellationToken) ?? throw new NotFoundException();
        var template = await db.CatalogueTemplates.AsNoTracking().Include(t => t.Items)
            .FirstOrDefaultAsync(t => t.PilotAreaId == area.Id, cancellationToken) ?? throw new NotFoundException();
        var mine = currentUser.OrganisationId is int me && area.Responsibilities.Any(r => r.OrganisationId == me);
        return new CatalogueTemplateDetails(
            area.Id, area.Name, area.Slug, template.Version, template.Revision, template.NeedsCompletion, template.Note,
            template.CurrentItems().Select(i => new TemplateRow(i.Id, i.Number, i.ToContent(), i.ChangedInRevision)).ToList(),
            mine);
    }
}
