using System.Globalization;
using System.Text;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;

namespace ZezhouDisclosure.Web.Features.Search.Models;

/// <summary>The search page: what was asked (text, facet filters, sort) and what was found; builds its own links.</summary>
public sealed record SearchViewModel(
    string Query,
    IReadOnlyDictionary<SearchFacet, string> Filters,
    SearchSort Sort,
    SiteSearchResult? Result)
{
    /// <summary>The query-string name of each facet filter.</summary>
    public static IReadOnlyList<(SearchFacet Facet, string Name)> FilterNames { get; } =
    [
        (SearchFacet.Kind, "kind"), (SearchFacet.Organisation, "org"), (SearchFacet.Column, "col"),
        (SearchFacet.PilotArea, "area"), (SearchFacet.Year, "year"), (SearchFacet.Type, "type"),
        (SearchFacet.Validity, "valid"),
    ];

    public SearchResults? Results => Result?.Results;

    public int LastPage => Results is { } r ? Math.Min(r.TotalPages, SearchSiteQuery.MaxPage) : 0;

    /// <summary>This search with one filter set (or removed when <paramref name="value"/> is null), from page 1.</summary>
    public string WithFilter(SearchFacet facet, string? value)
    {
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value);
        if (value is null)
        {
            filters.Remove(facet);
        }
        else
        {
            filters[facet] = value;
        }

        return Link(Query, filters, Sort, 1);
    }

    public string WithSort(SearchSort sort) => Link(Query, Filters, sort, 1);

    /// <summary>Pager template (<c>{page}</c> is replaced).</summary>
    public string PageTemplate => Link(Query, Filters, Sort, null) + "&page={page}";

    public string WithoutFilters => Link(Query, new Dictionary<SearchFacet, string>(), Sort, 1);

    private static string Link(string query, IReadOnlyDictionary<SearchFacet, string> filters, SearchSort sort, int? page)
    {
        var url = new StringBuilder(PortalUrls.SearchFor(query));
        foreach (var (facet, name) in FilterNames)
        {
            if (filters.TryGetValue(facet, out var value))
            {
                url.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        if (sort == SearchSort.Date)
        {
            url.Append("&sort=date");
        }

        if (page is > 1)
        {
            url.Append("&page=").Append(page.Value.ToString(CultureInfo.InvariantCulture));
        }

        return url.ToString();
    }
}
