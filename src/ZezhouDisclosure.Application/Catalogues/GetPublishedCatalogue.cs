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

/// <summary>How many rows a published version has under one area name, and how many of them are not 未涉及.</summary>
public sealed record PublishedAreaCount(string AreaName, int Rows, int Involved);

/// <summary>Which rows a published catalogue is read with (a keyword always reads every row, to search them).</summary>
public enum CatalogueRowSelection
{
    /// <summary>Every row (the API, the workbook).</summary>
    All = 0,

    /// <summary>No rows, only the counts per area (the overview page).</summary>
    None = 1,

    /// <summary>The rows of one area (<c>AreaKey</c>: a pilot area's slug, or <see cref="PublishedCatalogue.CommonAreaKey"/>).</summary>
    Area = 2,
}

/// <summary>
/// A township's published catalogue as citizens see it; <see cref="Current"/> is null before the first approval.
/// <see cref="Rows"/> holds what the query selected; <see cref="AreaCounts"/> and <see cref="TotalRows"/> always cover
/// the whole version.
/// </summary>
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
    IReadOnlyList<PublishedPilotArea>? PilotAreas = null,
    IReadOnlyList<PublishedAreaCount>? AreaCounts = null)
{
    /// <summary>The address key of the township's own common rows (乡镇共性事项), beside the pilot areas' slugs.</summary>
    public const string CommonAreaKey = "gxsx";
}

/// <summary>
/// The published catalogue of a township (the newest version, or the one asked for), optionally filtered by a
/// keyword matched against the 事项 names, content, basis and subject. <paramref name="Rows"/> says which rows to read:
/// the overview needs none (a version has hundreds, with their filed documents: reading them all cost ≈ 20 ms a page
/// at the benchmark's scale), an area's page only its own.
/// </summary>
public sealed record GetPublishedCatalogueQuery(
    string TownshipSlug, int? VersionNumber, string? Keyword, CatalogueRowSelection Rows = CatalogueRowSelection.All, string? AreaKey = null)
    : IQuery<PublishedCatalogue>;

public sealed class GetPublishedCatalogueHandler(IAppDbContext db) : IQueryHandler<GetPublishedCatalogueQuery, PublishedCatalogue>
{
    public async ValueTask<PublishedCatalogue> Handle(GetPublishedCatalogueQuery query, CancellationToken cancellationToken)
    {
        // The township and its published versions in one command (a township without any version gives one row with none).
        var found = await (
            from o in db.Organisations.AsNoTracking()
            where o.Slug == query.TownshipSlug && o.Kind == OrganisationKind.Township
            from v in db.CatalogueVersions.Where(v => v.OrganisationId == o.Id).DefaultIfEmpty()
            orderby v == null ? 0 : v.Number descending
            select new
            {
                o.Name,
                o.Slug,
                Id = v == null ? (int?)null : v.Id,
                Summary = v == null ? null : new CatalogueVersionSummary(v.Number, v.EffectiveFrom, v.ApprovedAt, v.Items.Count(i => !i.NotInvolved)),
            }).ToListAsync(cancellationToken);
        var township = found.FirstOrDefault() ?? throw new NotFoundException();
        var versions = found.Where(v => v.Id is not null).Select(v => new { Id = v.Id!.Value, Summary = v.Summary! }).ToList();
        var history = versions.Select(v => v.Summary).ToList();
        var keyword = string.IsNullOrWhiteSpace(query.Keyword) ? null : query.Keyword.Trim();
        if (history.Count == 0)
        {
            if (query.VersionNumber is not null)
            {
                throw new NotFoundException();
            }

            return new PublishedCatalogue(township.Name, township.Slug, null, true, [], [], [], 0, keyword);
        }

        var chosen = query.VersionNumber is int number
            ? versions.FirstOrDefault(v => v.Summary.Number == number) ?? throw new NotFoundException()
            : versions[0];
        var (versionId, current) = (chosen.Id, chosen.Summary);
        // All 26 areas with what this version says of each, in one query (the overview lists every area).
        var versionAreas = db.CatalogueVersions.Where(v => v.Id == versionId).SelectMany(v => v.Areas);
        var pilotAreas = await db.PilotAreas.AsNoTracking().OrderBy(p => p.Number)
            .Select(p => new PublishedPilotArea(p.Number, p.Slug, p.Name,
                versionAreas.Any(a => a.PilotAreaId == p.Id),
                versionAreas.Any(a => a.PilotAreaId == p.Id && a.NotInvolved),
                versionAreas.Where(a => a.PilotAreaId == p.Id).Select(a => a.Explanation).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var areas = pilotAreas.Where(p => p.Included).Select(p => new PublishedArea(p.Name, p.NotInvolved, p.Explanation)).ToList();
        var items = db.CatalogueVersions.AsNoTracking().Where(v => v.Id == versionId).SelectMany(v => v.Items);
        var selection = keyword is null ? query.Rows : CatalogueRowSelection.All;
        List<CatalogueVersionItem> loaded;
        IReadOnlyList<PublishedAreaCount> counts;
        if (selection == CatalogueRowSelection.All)
        {
            loaded = await items.ToListAsync(cancellationToken);
            counts = [.. loaded.GroupBy(i => i.AreaName).Select(g => new PublishedAreaCount(g.Key, g.Count(), g.Count(i => !i.NotInvolved)))];
        }
        else
        {
            counts = await items.GroupBy(i => i.AreaName)
                .Select(g => new PublishedAreaCount(g.Key, g.Count(), g.Count(i => !i.NotInvolved))).ToListAsync(cancellationToken);
            var areaName = selection == CatalogueRowSelection.Area ? AreaName(query.AreaKey, pilotAreas) : null;
            loaded = areaName is null ? [] : await items.Where(i => i.AreaName == areaName).ToListAsync(cancellationToken);
        }

        var rows = loaded.Count == 0 ? [] : await RowsAsync(loaded, cancellationToken);
        var filtered = keyword is null ? rows : rows.Where(r => Matches(r, keyword)).ToList();
        return new PublishedCatalogue(
            township.Name, township.Slug, current, current.Number == history[0].Number, history,
            areas,
            filtered, counts.Sum(c => c.Rows), keyword, pilotAreas, counts);
    }

    /// <summary>The area name behind an address key: a pilot area's slug, or the township's common rows.</summary>
    private static string? AreaName(string? key, IReadOnlyList<PublishedPilotArea> pilotAreas) =>
        key == PublishedCatalogue.CommonAreaKey ? CatalogueDiff.CommonArea : pilotAreas.FirstOrDefault(p => p.Slug == key)?.Name;

    /// <summary>The rows in order with their filed documents and linked 办事指南.</summary>
    private async Task<List<PublishedRow>> RowsAsync(List<CatalogueVersionItem> items, CancellationToken cancellationToken)
    {
        var sources = items.Select(i => i.SourceItemId).ToList();
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
        var filed = linked.Where(l => !l.IsGuide).OrderByDescending(f => f.PublishedAt)
            .ToLookup(l => l.TownshipCatalogueItemId, f => new FiledDocument(f.Id, f.Title, f.PublishedAt!.Value));
        var services = linked.Where(l => l.IsGuide).OrderBy(l => l.Title, StringComparer.Ordinal)
            .ToLookup(l => l.TownshipCatalogueItemId, l => new LinkedServiceGuide(l.Id, l.Title));
        return [.. items.OrderBy(i => i.Number)
            .Select(i => new PublishedRow(
                i.Number, i.AreaName, i.ToContent(), i.NotInvolved, i.NotInvolvedExplanation,
                [.. filed[i.SourceItemId]],
                i.SourceItemId,
                [.. services[i.SourceItemId]]))];
    }

    internal static bool Matches(PublishedRow row, string keyword)
    {
        var c = row.Content;
        return new[] { row.AreaName, c.Level1, c.Level2, c.Level3, c.Content, c.Basis, c.Subject, c.TimeLimit }
            .Any(text => text is not null && text.Contains(keyword, StringComparison.OrdinalIgnoreCase));
    }
}
