using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Application.Catalogues;

/// <summary>One saved version of a county template (标准指引第N版) as it stood.</summary>
public sealed record TemplateRevisionDetails(
    string AreaName, string AreaSlug, int Revision, int LatestRevision, string Summary, DateTime SavedAt, string? SavedBy,
    IReadOnlyList<TemplateRow> Rows);

/// <summary>A version of an area's county template, by area slug and revision number; 404 when it was never recorded.</summary>
public sealed record GetTemplateRevisionQuery(string AreaSlug, int Revision) : IQuery<TemplateRevisionDetails>;

public sealed class GetTemplateRevisionHandler(IAppDbContext db) : IQueryHandler<GetTemplateRevisionQuery, TemplateRevisionDetails>
{
    public async ValueTask<TemplateRevisionDetails> Handle(GetTemplateRevisionQuery query, CancellationToken cancellationToken)
    {
        var (area, template) = await TemplateRevisions.TemplateAsync(db, query.AreaSlug, cancellationToken);
        var revision = await TemplateRevisions.SnapshotAsync(db, template.Id, query.Revision, cancellationToken)
            ?? throw new NotFoundException($"{area.Name}标准指引没有第{query.Revision}版的记录。");
        return new TemplateRevisionDetails(
            area.Name, area.Slug, revision.Revision, template.Revision, revision.Summary, revision.CreatedAt, revision.CreatedBy,
            revision.Items.OrderBy(i => i.Number).Select(i => new TemplateRow(i.Id, i.Number, i.ToContent(), revision.Revision)).ToList());
    }
}

public sealed record TemplateComparison(
    string AreaName, string AreaSlug, int From, int To, IReadOnlyList<TemplateRevisionSummary> Versions, IReadOnlyList<CatalogueChange> Changes);

/// <summary>What changed in an area's county template between two recorded versions (added, withdrawn, changed rows).</summary>
public sealed record CompareTemplateRevisionsQuery(string AreaSlug, int From, int To) : IQuery<TemplateComparison>;

public sealed class CompareTemplateRevisionsHandler(IAppDbContext db) : IQueryHandler<CompareTemplateRevisionsQuery, TemplateComparison>
{
    public async ValueTask<TemplateComparison> Handle(CompareTemplateRevisionsQuery query, CancellationToken cancellationToken)
    {
        var (area, template) = await TemplateRevisions.TemplateAsync(db, query.AreaSlug, cancellationToken);
        var from = await TemplateRevisions.SnapshotAsync(db, template.Id, query.From, cancellationToken)
            ?? throw new NotFoundException($"{area.Name}标准指引没有第{query.From}版的记录。");
        var to = await TemplateRevisions.SnapshotAsync(db, template.Id, query.To, cancellationToken)
            ?? throw new NotFoundException($"{area.Name}标准指引没有第{query.To}版的记录。");
        var versions = await db.CatalogueTemplates.AsNoTracking().Where(t => t.Id == template.Id)
            .SelectMany(t => t.Revisions)
            .OrderByDescending(r => r.Revision)
            .Select(r => new TemplateRevisionSummary(r.Revision, r.Summary, r.CreatedAt, r.CreatedBy, r.Items.Count))
            .ToListAsync(cancellationToken);
        var changes = CatalogueDiff.Compare(
            from.Items.Select(i => new ComparableItem(area.Name, i.ToContent())),
            to.Items.Select(i => new ComparableItem(area.Name, i.ToContent())));
        return new TemplateComparison(area.Name, area.Slug, from.Revision, to.Revision, versions, changes);
    }
}

internal static class TemplateRevisions
{
    public static async Task<(Domain.Organisations.PilotArea Area, CatalogueTemplate Template)> TemplateAsync(
        IAppDbContext db, string slug, CancellationToken ct)
    {
        var area = await db.PilotAreas.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, ct) ?? throw new NotFoundException();
        var template = await db.CatalogueTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.PilotAreaId == area.Id, ct)
            ?? throw new NotFoundException();
        return (area, template);
    }

    public static Task<CatalogueTemplateRevision?> SnapshotAsync(IAppDbContext db, int templateId, int revision, CancellationToken ct) =>
        db.CatalogueTemplates.AsNoTracking().Where(t => t.Id == templateId)
            .SelectMany(t => t.Revisions)
            .Include(r => r.Items)
            .FirstOrDefaultAsync(r => r.Revision == revision, ct);
}
