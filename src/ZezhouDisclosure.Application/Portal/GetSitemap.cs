using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Persistence;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Organisations;

namespace ZezhouDisclosure.Application.Portal;

/// <summary>One public address for sitemap.xml, with when its content last changed where that is known.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified);

/// <summary>One file of the sitemap and the total number of addresses, so the caller knows whether an index is needed.</summary>
public sealed record SitemapSlice(int TotalCount, IReadOnlyList<SitemapEntry> Entries);

/// <summary>
/// The public pages for search engines: the section pages, every column, every organisation's pages, townships with
/// their published catalogues, the pilot areas, then every published document (by id), cut into parts of
/// <paramref name="PartSize"/> addresses. Part numbers start at 0. Withdrawn, unpublished and deleted documents are absent.
/// </summary>
public sealed record GetSitemapQuery(int Part, int PartSize) : IQuery<SitemapSlice>;

public sealed class GetSitemapHandler(IAppDbContext db) : IQueryHandler<GetSitemapQuery, SitemapSlice>
{
    private static readonly string[] SectionPages = ["/", "/xxgk", "/xxgk/ml", "/xxgk/jg", "/jczwgk", "/sitemap"];

    public async ValueTask<SitemapSlice> Handle(GetSitemapQuery query, CancellationToken cancellationToken)
    {
        var fixedEntries = await FixedEntriesAsync(cancellationToken);
        var published = db.Documents.AsNoTracking().PublishedRowsOnly().Where(d => d.Status == DocumentStatus.Published);
        var total = fixedEntries.Count + await published.CountAsync(cancellationToken);
        var start = (long)query.Part * query.PartSize;
        var entries = new List<SitemapEntry>();
        if (start < fixedEntries.Count)
        {
            entries.AddRange(fixedEntries.Skip((int)start).Take(query.PartSize));
        }

        var remaining = query.PartSize - entries.Count;
        var documentOffset = Math.Max(0, start - fixedEntries.Count);
        if (remaining > 0 && documentOffset < total)
        {
            var documents = await published.OrderBy(d => d.Id).Skip((int)documentOffset).Take(remaining)
                .Select(d => new { d.Id, Modified = d.UpdatedAt ?? d.PublishedAt })
                .ToListAsync(cancellationToken);
            entries.AddRange(documents.Select(d => new SitemapEntry($"/xxgk/doc/{d.Id}", d.Modified)));
        }

        return new SitemapSlice(total, entries);
    }

    private async Task<List<SitemapEntry>> FixedEntriesAsync(CancellationToken cancellationToken)
    {
        var entries = SectionPages.Select(path => new SitemapEntry(path, null)).ToList();
        var columns = await db.Columns.AsNoTracking().OrderBy(c => c.Depth).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => c.Path).ToListAsync(cancellationToken);
        entries.AddRange(columns.Where(path => path != ColumnPaths.Disclosure).Select(path => new SitemapEntry("/" + path, null)));
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new { o.Slug, o.Kind }).ToListAsync(cancellationToken);
        var catalogues = await db.CatalogueVersions.AsNoTracking().GroupBy(v => v.OrganisationId)
            .Select(g => new { OrganisationId = g.Key, Approved = g.Max(v => v.ApprovedAt) }).ToListAsync(cancellationToken);
        var townshipIds = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Township)
            .Select(o => new { o.Id, o.Slug }).ToListAsync(cancellationToken);
        foreach (var organisation in organisations)
        {
            entries.Add(new SitemapEntry($"/xxgk/jg/{organisation.Slug}", null));
            entries.Add(new SitemapEntry($"/xxgk/jg/{organisation.Slug}/ml", null));
            if (organisation.Kind == OrganisationKind.Township)
            {
                entries.Add(new SitemapEntry($"/jczwgk/xz/{organisation.Slug}", null));
            }
        }

        foreach (var catalogue in catalogues.OrderBy(c => c.OrganisationId))
        {
            if (townshipIds.FirstOrDefault(t => t.Id == catalogue.OrganisationId) is { } township)
            {
                entries.Add(new SitemapEntry($"/jczwgk/xz/{township.Slug}/bzml", catalogue.Approved));
            }
        }

        var areas = await db.PilotAreas.AsNoTracking().OrderBy(a => a.Number).Select(a => a.Slug).ToListAsync(cancellationToken);
        entries.AddRange(areas.Select(slug => new SitemapEntry($"/jczwgk/ly/{slug}", null)));

        // A section page can also be a column (/jczwgk): each address once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return entries.Where(entry => seen.Add(entry.Path)).ToList();
    }
}
