using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Application.Search;

/// <summary>
/// 站内搜索: full-text search over published documents, 解读 and township catalogue rows, with facet filters, sort
/// and paging. Whatever the user typed gives a page: longer text is cut to <see cref="MaxTextLength"/> characters,
/// and text without searchable words gives no hits (never an error).
/// </summary>
public sealed record SearchSiteQuery(
    string? Text,
    IReadOnlyDictionary<SearchFacet, string> Filters,
    SearchSort Sort,
    int Page) : IQuery<SiteSearchResult>
{
    public const int MaxTextLength = 100;

    public const int MaxFilterLength = 100;

    public const int PageSize = 10;

    /// <summary>Deep pages are not served (a search engine's usual limit); 100 pages of 10 hits.</summary>
    public const int MaxPage = 100;
}

/// <summary>What was searched for (after trimming and cutting) and what was found; null results when nothing was asked.</summary>
public sealed record SiteSearchResult(string Text, bool TextWasCut, SearchResults? Results)
{
    public bool NothingAsked => Results is null;
}

public sealed class SearchSiteValidator : AbstractValidator<SearchSiteQuery>
{
    public SearchSiteValidator()
    {
        RuleForEach(x => x.Filters).Must(f => f.Value.Length <= SearchSiteQuery.MaxFilterLength)
            .WithMessage($"筛选条件不能超过{SearchSiteQuery.MaxFilterLength}个字。");
        RuleFor(x => x.Sort).IsInEnum().WithMessage("排序方式无效。");
    }
}

public sealed class SearchSiteHandler(ISearchIndex index) : IQueryHandler<SearchSiteQuery, SiteSearchResult>
{
    public async ValueTask<SiteSearchResult> Handle(SearchSiteQuery query, CancellationToken cancellationToken)
    {
        var text = (query.Text ?? "").Trim();
        var cut = text.Length > SearchSiteQuery.MaxTextLength;
        if (cut)
        {
            text = text[..SearchSiteQuery.MaxTextLength];
        }

        var filters = query.Filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .ToDictionary(f => f.Key, f => f.Value.Trim());
        if (text.Length == 0 && filters.Count == 0)
        {
            return new SiteSearchResult("", false, null);
        }

        var page = Math.Clamp(query.Page, 1, SearchSiteQuery.MaxPage);
        var results = await index.SearchAsync(
            new SearchRequest(text, filters, query.Sort, page, SearchSiteQuery.PageSize), cancellationToken);
        return new SiteSearchResult(text, cut, results);
    }
}
