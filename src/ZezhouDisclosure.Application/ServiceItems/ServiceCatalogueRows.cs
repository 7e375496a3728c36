using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.ServiceItems;

namespace ZezhouDisclosure.Application.ServiceItems;

/// <summary>A published guide a catalogue row links to (the public catalogue shows it as a link to <c>/bs/sx/{Id}</c>).</summary>
public sealed record LinkedServiceGuide(int Id, string Name);

/// <summary>A published guide linked to a catalogue row (working-row id), in a form a query can compose.</summary>
public sealed class CatalogueRowGuide
{
    public int RowId { get; init; }

    public int Id { get; init; }

    public string Name { get; init; } = "";
}

/// <summary>A row of the unit's 标准目录 a clerk may link (序号 and the 事项 names).</summary>
public sealed record CatalogueRowChoice(int Id, int Number, string Label);

/// <summary>A row linked to the item.</summary>
public sealed record ServiceCatalogueLinkRow(int LinkId, int CatalogueItemId, int Number, string Label);

/// <summary>
/// The 标准目录 section of an item's staff page: the rows linked, the rows its name suggests and every other row.
/// <see cref="HasCatalogue"/> is false for a unit without a catalogue (only townships compile one); <see cref="CanLink"/>
/// for the unit's own clerk.
/// </summary>
public sealed record ServiceItemCatalogueLinks(
    bool HasCatalogue, bool CanLink, IReadOnlyList<ServiceCatalogueLinkRow> Linked, IReadOnlyList<CatalogueRowChoice> Suggested, IReadOnlyList<CatalogueRowChoice> Others);

/// <summary>The links between a unit's 标准目录 rows and its 办事指南: what the staff page offers, what the public catalogue shows.</summary>
public static class ServiceCatalogueRows
{
    /// <summary>At most this many rows are suggested.</summary>
    public const int SuggestionCount = 5;

    /// <summary>The rows of the unit's own working catalogue.</summary>
    internal static IQueryable<TownshipCatalogueItem> OwnRows(IAppDbContext db, int organisationId) =>
        db.TownshipCatalogues.Where(c => c.OrganisationId == organisationId).SelectMany(c => c.Items);

    internal static string Label(string level1, string level2, string? level3) =>
        string.Join("／", new[] { level1, level2, level3 }.Where(n => !string.IsNullOrWhiteSpace(n)));

    internal static async Task<ServiceItemCatalogueLinks> ForStaffAsync(IAppDbContext db, ServiceItem item, bool canLink, CancellationToken cancellationToken)
    {
        var hasCatalogue = await db.TownshipCatalogues.AnyAsync(c => c.OrganisationId == item.OrganisationId, cancellationToken);
        if (!hasCatalogue)
        {
            return new(false, false, [], [], []);
        }

        var rows = await OwnRows(db, item.OrganisationId).AsNoTracking()
            .Select(r => new { r.Id, r.Number, r.Level1, r.Level2, r.Level3, r.NotInvolved })
            .ToListAsync(cancellationToken);
        var links = await db.CatalogueServiceLinks.AsNoTracking().Where(l => l.ServiceItemId == item.Id)
            .Select(l => new { l.Id, l.TownshipCatalogueItemId }).ToListAsync(cancellationToken);
        var linked = (from l in links
                      join r in rows on l.TownshipCatalogueItemId equals r.Id
                      orderby r.Number
                      select new ServiceCatalogueLinkRow(l.Id, r.Id, r.Number, Label(r.Level1, r.Level2, r.Level3))).ToList();
        var linkedIds = links.Select(l => l.TownshipCatalogueItemId).ToHashSet();
        var scored = rows.Where(r => !r.NotInvolved && !linkedIds.Contains(r.Id))
            .Select(r => new { Row = new CatalogueRowChoice(r.Id, r.Number, Label(r.Level1, r.Level2, r.Level3)), Score = CatalogueServiceMatch.Score(item.Name, [r.Level1, r.Level2, r.Level3]) })
            .ToList();
        var suggested = scored.Where(s => s.Score >= CatalogueServiceMatch.MinimumScore)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Row.Number).Take(SuggestionCount).Select(s => s.Row).ToList();
        var others = scored.Select(s => s.Row).Except(suggested).OrderBy(r => r.Number).ToList();
        return canLink ? new(true, true, linked, suggested, others) : new(true, false, linked, [], []);
    }

    /// <summary>
    /// The published guides linked to the given catalogue rows, as a query a caller can combine with its own (the
    /// township catalogue page reads them in one command with the rows' filed documents).
    /// </summary>
    public static IQueryable<CatalogueRowGuide> PublishedGuideRows(IAppDbContext db, IReadOnlyCollection<int> rowIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = rowIds.Distinct().ToList();
        return from l in db.CatalogueServiceLinks.AsNoTracking()
               join s in db.ServiceItems.AsNoTracking() on l.ServiceItemId equals s.Id
               where ids.Contains(l.TownshipCatalogueItemId) && s.PublishedName != null && s.OrganisationId == l.OrganisationId
               select new CatalogueRowGuide { RowId = l.TownshipCatalogueItemId, Id = s.Id, Name = s.PublishedName! };
    }

    /// <summary>
    /// The published guides linked to the given catalogue rows (working-row ids, as published versions keep them), by row:
    /// what the public catalogue pages show next to each row. A draft or unpublished item is left out.
    /// </summary>
    public static async Task<ILookup<int, LinkedServiceGuide>> PublishedGuidesAsync(IAppDbContext db, IReadOnlyCollection<int> rowIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rowIds);
        if (rowIds.Count == 0)
        {
            return Array.Empty<LinkedServiceGuide>().ToLookup(_ => 0);
        }

        var ids = rowIds.Distinct().ToList();
        var links = await (from l in db.CatalogueServiceLinks.AsNoTracking()
                           join s in db.ServiceItems.AsNoTracking() on l.ServiceItemId equals s.Id
                           where ids.Contains(l.TownshipCatalogueItemId) && s.PublishedName != null && s.OrganisationId == l.OrganisationId
                           orderby s.PublishedName
                           select new { l.TownshipCatalogueItemId, s.Id, s.PublishedName })
            .ToListAsync(cancellationToken);
        return links.ToLookup(l => l.TownshipCatalogueItemId, l => new LinkedServiceGuide(l.Id, l.PublishedName!));
    }
}
