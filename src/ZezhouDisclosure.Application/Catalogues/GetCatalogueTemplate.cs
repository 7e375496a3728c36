using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record TemplateRow(int Id, int Number, CatalogueItemContent Content, int ChangedInRevision);

public sealed record CatalogueTemplateDetails(
    int PilotAreaId, string AreaName, string AreaSlug, int Version, int Revision, bool NeedsCompletion, string? Note,
    IReadOnlyList<TemplateRow> Rows, bool MaintainedByMe)
{
    /// <summary>The numbered versions (newest first) with who saved them and when.</summary>
    public IReadOnlyList<TemplateRevisionSummary> History { get; init; } = [];

    /// <summary>Townships whose catalogue still follows an older version of this template.</summary>
    public IReadOnlyList<AffectedTownship> Affected { get; init; } = [];
}

public sealed record TemplateRevisionSummary(int Revision, string Summary, DateTime SavedAt, string? SavedBy, int ItemCount);

/// <summary>
/// A township whose catalogue adopted the area from <paramref name="TemplateRevision"/>; <paramref name="ChangedRows"/>
/// rows of the template were added, changed or withdrawn since.
/// </summary>
public sealed record AffectedTownship(string OrganisationName, int TemplateRevision, CatalogueStatus Status, int ChangedRows);

/// <summary>
/// One pilot area's county template (by area slug), with its version history and the townships it affects. The
/// affected list reads every township's working catalogue past the organisation-scope filter, on purpose and only
/// for the township's name, status and the template version it follows: the responsible department must know whom
/// its change concerns, and no catalogue content is read.
/// </summary>
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
        var history = await db.CatalogueTemplates.AsNoTracking().Where(t => t.Id == template.Id)
            .SelectMany(t => t.Revisions)
            .OrderByDescending(r => r.Revision)
            .Select(r => new TemplateRevisionSummary(r.Revision, r.Summary, r.CreatedAt, r.CreatedBy, r.Items.Count))
            .ToListAsync(cancellationToken);
        var followers = await (
            from c in db.TownshipCatalogues.IgnoreQueryFilters().AsNoTracking()
            from a in c.Areas
            join o in db.Organisations.AsNoTracking() on c.OrganisationId equals o.Id
            where a.PilotAreaId == area.Id && !a.NotInvolved && a.TemplateRevision < template.Revision
            orderby o.SortOrder
            select new { o.Name, a.TemplateRevision, c.Status })
            .ToListAsync(cancellationToken);
        return new CatalogueTemplateDetails(
            area.Id, area.Name, area.Slug, template.Version, template.Revision, template.NeedsCompletion, template.Note,
            template.CurrentItems().Select(i => new TemplateRow(i.Id, i.Number, i.ToContent(), i.ChangedInRevision)).ToList(),
            mine)
        {
            History = history,
            Affected = followers
                .Select(f => new AffectedTownship(f.Name, f.TemplateRevision, f.Status, template.Items.Count(i => i.ChangedInRevision > f.TemplateRevision)))
                .ToList(),
        };
    }
}
