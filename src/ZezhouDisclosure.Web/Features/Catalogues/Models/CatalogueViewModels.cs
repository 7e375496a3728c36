using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.ServiceItems;
using ZezhouDisclosure.Domain.Catalogues;

namespace ZezhouDisclosure.Web.Features.Catalogues.Models;

/// <summary>One row of the standard catalogue table (标准目录表).</summary>
public sealed record CatalogueTableRow(
    int Number, string AreaName, CatalogueItemContent Content, bool NotInvolved, string? NotInvolvedExplanation,
    IReadOnlyList<FiledDocument>? Documents = null, int ItemId = 0, IReadOnlyList<LinkedServiceGuide>? Services = null);

/// <summary>
/// The standard table: header rows as published catalogues use them, grouped by area (an area heading row unless
/// the page is one area's). Channels are listed as the ticked ones and 对象 / 方式 / 层级 as words, so the table stays
/// narrow enough to reflow into cards on a phone.
/// </summary>
public sealed record CatalogueTableModel(string Caption, IReadOnlyList<CatalogueTableRow> Rows, string EmptyText, bool ShowAreaRows = true)
{
    public bool HasLevel3 => Rows.Any(r => r.Content.Level3 is not null);

    /// <summary>Columns of a data row: 序号, two or three 事项 names, 内容, 依据, 时限, 主体, 渠道, 对象, 方式, 层级.</summary>
    public int ColumnCount => 1 + (HasLevel3 ? 3 : 2) + 8;

    public static CatalogueTableModel Of(string caption, IEnumerable<PublishedRow> rows, string emptyText, bool showAreaRows = true) =>
        new(caption, rows.Select(r => new CatalogueTableRow(r.Number, r.AreaName, r.Content, r.NotInvolved, r.NotInvolvedExplanation, r.Documents, r.ItemId, r.Services)).ToList(), emptyText, showAreaRows);
}

/// <summary>A township catalogue's overview: the 26 areas (and the township's common items) with their counts.</summary>
public sealed record TownshipCatalogueViewModel(PublishedCatalogue Catalogue, IReadOnlyList<CatalogueAreaLink> Areas)
{
    /// <summary>Search results are capped so that a broad keyword cannot make a page of every row (about 2 KB a row).</summary>
    public const int MaxSearchRows = 50;

    public string AreaUrl(CatalogueAreaLink area) =>
        PortalUrls.TownshipCatalogueArea(Catalogue.OrganisationSlug, area.Key) + (Catalogue.IsLatest ? "" : "?v=" + Catalogue.Current!.Number);
}

/// <summary>One area of a published catalogue: its address key (the pilot area's slug), how many rows, or 未涉及 / not included.</summary>
public sealed record CatalogueAreaLink(string Key, int? Number, string Name, int Count, bool Included, bool NotInvolved, string? Explanation)
{
    public const string CommonKey = PublishedCatalogue.CommonAreaKey;

    /// <summary>Every pilot area in order, then the township's common items when it has any (from the whole version's counts).</summary>
    public static IReadOnlyList<CatalogueAreaLink> For(PublishedCatalogue catalogue)
    {
        var areaCounts = catalogue.AreaCounts ?? []; // none before the first approval
        var counts = areaCounts.Where(c => c.Involved > 0).ToDictionary(c => c.AreaName, c => c.Involved);
        var links = (catalogue.PilotAreas ?? []).Select(a => new CatalogueAreaLink(a.Slug, a.Number, a.Name, counts.GetValueOrDefault(a.Name),
            a.Included || counts.ContainsKey(a.Name), a.NotInvolved, a.Explanation)).ToList();
        if (areaCounts.Any(c => c.AreaName == CatalogueDiff.CommonArea))
        {
            links.Add(new CatalogueAreaLink(CommonKey, null, CatalogueDiff.CommonArea, counts.GetValueOrDefault(CatalogueDiff.CommonArea), true, false, null));
        }

        return links;
    }
}

/// <summary>One area's page of a township catalogue.</summary>
public sealed record TownshipCatalogueAreaViewModel(PublishedCatalogue Catalogue, CatalogueAreaLink Area, IReadOnlyList<CatalogueAreaLink> Areas, int Page)
{
    /// <summary>Rows per page of an area, so that a large area stays under 150 KB of HTML (about 2 KB a row).</summary>
    public const int PageSize = 60;

    public IReadOnlyList<PublishedRow> AllRows => Catalogue.Rows.Where(r => r.AreaName == Area.Name).ToList();

    public IReadOnlyList<PublishedRow> Rows => AllRows.Skip((Page - 1) * PageSize).Take(PageSize).ToList();

    public int PageCount => Math.Max(1, (AllRows.Count + PageSize - 1) / PageSize);

    public string VersionQuery => Catalogue.IsLatest ? "" : "?v=" + Catalogue.Current!.Number;

    public string PageUrl(int page) => PortalUrls.TownshipCatalogueArea(Catalogue.OrganisationSlug, Area.Key)
        + (Catalogue.IsLatest ? (page > 1 ? "?page=" + page : "") : "?v=" + Catalogue.Current!.Number + (page > 1 ? "&page=" + page : ""));
}

public sealed record CatalogueComparisonViewModel(CatalogueComparison Comparison, IReadOnlyList<CatalogueVersionSummary> History);
