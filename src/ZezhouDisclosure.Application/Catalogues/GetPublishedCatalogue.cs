using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.ServiceItems;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Catalogues;

public sealed record CatalogueVersionSummary(int Number, DateOnly EffectiveFrom, DateTime ApprovedAt, int ItemCount);

/// <summary>A published document filed under a catalogue row.</summary>
public sealed record FiledDocument(int Id, string Title, DateTime PublishedAt);

/// <summary>
/// A published row; <see cref="ItemId"/> is the township's working row it was published from, the same in every
/// version, so the row's public address (<c>/jczwgk/xz/{slug}/bzml/sx/{ItemId}</c>) stays stable. <see cref="Services"/>
/// are the township's published 办事指南 linked to the row (<see cref="ServiceCatalogueRows"/>).
/// </summary>
public sealed record PublishedRow(
    int Number, string AreaName, CatalogueItemContent Content, bool NotInvolved, string? NotInvolvedExplanation,
    IReadOnlyList<FiledDocument>? Documents = null, int ItemId = 0, IReadOnlyList<LinkedServiceGuide>? Services = null);

public sealed record PublishedArea(string Name, bool NotInvolved, string? Explanation);

/// <summary>One of the 26 pilot areas as the published version has it: included or not, 未涉及 with its explanation.</summary>
public sealed record PublishedPilotArea(int Number, string Slug, string Name, bool Included, bool NotInvolved, string? Explanation);

/// <summary>A township's published catalogue as citizens see it; <see cref="Current"/> is null before the first approval.</summary>
public sealed record PublishedCatalogue(
    string OrganisationName,
    string OrganisationSlug,
    CatalogueVersionSummary? Current,
    bool IsLatest,
    IReadOnlyList<CatalogueVersionSummary> History,
    IReadOnlyList<PublishedArea> Areas,
    IReadOnlyList<PublishedRow> Rows,
    int TotalRows,
    string? Keyword,
    IReadOnlyList<PublishedPilotArea>? PilotAreas = null);

/// <summary>
/// The published catalogue of a township (the newest version, or the one asked for), optionally filtered by a
/// keyword matched against the 事项 names, content, basis and subject.
/// </summary>
public sealed record GetPublishedCatalogueQuery(string TownshipSlug, int? VersionNumber, string? Keyword) : IQuery<PublishedCatalogue>;

public sealed class GetPublishedCatalogueHandler(IAppDbContext db) : IQueryHandler<GetPublishedCatalogueQuery, PublishedCatalogue>
{
    public async ValueTask<PublishedCatalogue> Handle(GetPublishedCatalogueQuery query, CancellationToken cancellationToken)
    {
        var township = await db.Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Slug == query.TownshipSlug && o.Kind == OrganisationKind.Township, cancellationToken)
            ?? throw new NotFoundException();
        var history = await db.CatalogueVersions.AsNoTracking()
            .Where(v => v.OrganisationId == township.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new CatalogueVersionSummary(v.Number, v.EffectiveFrom, v.ApprovedAt, v.Items.Count(i => !i.NotInvolved)))
            .ToListAsync(cancellationToken);
        var keyword = string.IsNullOrWhiteSpace(query.Keyword) ? null : query.Keyword.Trim();
        if (history.Count == 0)
        {
            if (query.VersionNumber is not null)
            {
                throw new NotFoundException();
            }

            return new PublishedCatalogue(township.Name, township.Slug, null, true, [], [], [], 0, keyword);
        }

        var current = query.VersionNumber is int number
            ? history.FirstOrDefault(v => v.Number == number) ?? throw new NotFoundException()
            : history[0];
        // Items and areas in two queries: including both in one would join every row with every area.
        var version = await db.CatalogueVersions.AsNoTracking().Include(v => v.Items)
            .FirstAsync(v => v.OrganisationId == township.Id && v.Number == current.Number, cancellationToken);
        // All 26 areas with what this version says of each, in one query (the overview lists every area).
        var versionAreas = db.CatalogueVersions.Where(v => v.Id == version.Id).SelectMany(v => v.Areas);
        var pilotAreas = await db.PilotAreas.AsNoTracking().OrderBy(p => p.Number)
            .Select(p => new PublishedPilotArea(p.Number, p.Slug, p.Name,
                versionAreas.Any(a => a.PilotAreaId == p.Id),
                versionAreas.Any(a => a.PilotAreaId == p.Id && a.NotInvolved),
                versionAreas.Where(a => a.PilotAreaId == p.Id).Select(a => a.Explanation).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var areas = pilotAreas.Where(p => p.Included).Select(p => new PublishedArea(p.Name, p.NotInvolved, p.Explanation)).ToList();
        var sources = version.Items.Select(i => i.SourceItemId).ToList();
        // The rows' filed documents and linked 办事指南 in one command (UNION ALL): the page keeps its query budget.
        var linked = await (
            from f in db.CatalogueItemDocuments.AsNoTracking()
            join d in db.Documents.AsNoTracking() on f.DocumentId equals d.Id
            where sources.Contains(f.TownshipCatalogueItemId) && d.Status == DocumentStatus.Published
            select new { TownshipCatalogueItemId = f.TownshipCatalogueItemId, d.Id, d.Title, d.PublishedAt, IsGuide = false })
            .Concat(
                from g in ServiceCatalogueRows.PublishedGuideRows(db, sources)
                select new { TownshipCatalogueItemId = g.RowId, g.Id, Title = g.Name, PublishedAt = (DateTime?)null, IsGuide = true })
            .ToListAsync(cancellationToken);
        var filed = linked.Where(l => !l.IsGuide).ToList();
        var services = linked.Where(l => l.IsGuide).OrderBy(l => l.Title, StringComparer.Ordinal)
            .ToLookup(l => l.TownshipCatalogueItemId, l => new LinkedServiceGuide(l.Id, l.Title));
        var rows = version.Items.OrderBy(i => i.Number)
            .Select(i => new PublishedRow(
                i.Number, i.AreaName, i.ToContent(), i.NotInvolved, i.NotInvolvedExplanation,
                filed.Where(f => f.TownshipCatalogueItemId == i.SourceItemId).OrderByDescending(f => f.PublishedAt)
                    .Select(f => new FiledDocument(f.Id, f.Title, f.PublishedAt!.Value)).ToList(),
                i.SourceItemId,
                [.. services[i.SourceItemId]]))
            .ToList();
        var filtered = keyword is null ? rows : rows.Where(r => Matches(r, keyword)).ToList();
        return new PublishedCatalogue(
            township.Name, township.Slug, current, current.Number == history[0].Number, history,
            areas,
            filtered, rows.Count, keyword, pilotAreas);
    }

    internal static bool Matches(PublishedRow row, string keyword)
    {
        var c = row.Content;
        return new[] { row.AreaName, c.Level1, c.Level2, c.Level3, c.Content, c.Basis, c.Subject, c.TimeLimit }
            .Any(text => text is not null && text.Contains(keyword, StringComparison.OrdinalIgnoreCase));
    }
}
