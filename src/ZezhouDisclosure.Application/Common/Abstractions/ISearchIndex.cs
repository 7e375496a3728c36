namespace ZezhouDisclosure.Application.Common.Abstractions;

/// <summary>
/// The site's full-text index (站内搜索). The embedded implementation keeps a Lucene index on the node's disk; when the
/// county runs several web nodes a search server can implement this interface instead (ADR 0007). Writes are
/// idempotent by <see cref="SearchItem.Key"/>, so replaying changes or rebuilding never duplicates anything.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds the items, replacing any with the same key, and makes them searchable.</summary>
    ValueTask UpsertAsync(IReadOnlyCollection<SearchItem> items, CancellationToken cancellationToken);

    /// <summary>Removes the items with these keys (missing keys are ignored).</summary>
    ValueTask RemoveAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Replaces every item of a group (e.g. all rows of one township's catalogue) with these items.</summary>
    ValueTask ReplaceGroupAsync(string group, IReadOnlyCollection<SearchItem> items, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a full rebuild. Searches keep answering from the current items meanwhile; when the rebuild completes,
    /// every item it did not add (and that no change added in the meantime) is removed.
    /// </summary>
    ValueTask<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken);

    /// <summary>How many items the index holds.</summary>
    ValueTask<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Runs a search. Never throws for what a user typed: text without searchable words gives no hits.</summary>
    ValueTask<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}

/// <summary>A full rebuild in progress (<see cref="ISearchIndex.BeginRebuildAsync"/>).</summary>
public interface ISearchIndexRebuild : IAsyncDisposable
{
    ValueTask AddAsync(IReadOnlyCollection<SearchItem> items, CancellationToken cancellationToken);

    /// <summary>Removes what the rebuild did not add and publishes the result.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>What a search result is.</summary>
public enum SearchKind
{
    /// <summary>A published document (文件).</summary>
    Document = 1,

    /// <summary>A published 解读.</summary>
    Interpretation = 2,

    /// <summary>A row of a township's published 政务公开事项标准目录 (目录事项).</summary>
    CatalogueItem = 3,

    /// <summary>A published 政务服务事项 (办事指南).</summary>
    ServiceItem = 4,
    /// <summary>A published 征求意见 with its 采纳情况 (公众参与).</summary>
    Consultation = 5,

    /// <summary>A published 留言 and its 答复 (互动交流), without the citizen's personal data.</summary>
    MessageAnswer = 14,

    /// <summary>A unit's published 公众参与事项目录 (the current version).</summary>
    ParticipationCatalogue = 15,

    /// <summary>A published 列席 or 访谈 record (公众参与).</summary>
    ParticipationRecord = 16,
}

/// <summary>The dimensions results are counted and filtered by.</summary>
public enum SearchFacet
{
    Kind,
    Organisation,
    Column,
    PilotArea,
    Year,
    Type,
    Validity,
}

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>
/// One searchable record. <see cref="Key"/> identifies it (e.g. <c>doc:12</c>); <see cref="Group"/> lets a set of
/// items be replaced together. Texts are plain text, never HTML.
/// </summary>
public sealed record SearchItem(
    string Key,
    SearchKind Kind,
    string Title,
    string Url,
    DateTime Date,
    string? Group = null)
{
    public string? Summary { get; init; }

    /// <summary>The body as plain text.</summary>
    public string? Body { get; init; }

    public string? Keywords { get; init; }

    /// <summary>Other text found in the record, such as the text extracted from its attachments.</summary>
    public IReadOnlyList<string> ExtraTexts { get; init; } = [];

    /// <summary>发文字号 as written; the index matches it exactly in normal form (DocumentNumbers.Normalise).</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>索引号.</summary>
    public string? IndexNumber { get; init; }

    public string? Organisation { get; init; }

    public string? Column { get; init; }

    public IReadOnlyList<string> PilotAreas { get; init; } = [];

    public int? Year { get; init; }

    /// <summary>体裁 (文种).</summary>
    public string? Type { get; init; }

    /// <summary>有效性, as its Chinese label.</summary>
    public string? Validity { get; init; }
}

/// <summary>A search: the words typed, the chosen facet values, the order and the page (from 1).</summary>
public sealed record SearchRequest(
    string? Text,
    IReadOnlyDictionary<SearchFacet, string> Filters,
    SearchSort Sort,
    int Page,
    int PageSize);

/// <summary>
/// One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text whose only markup is
/// <c>&lt;mark&gt;</c> around the matched words, so a view may write them unencoded.
/// </summary>
public sealed record SearchHit(
    string Key,
    SearchKind Kind,
    string TitleHtml,
    string SnippetHtml,
    string Url,
    DateTime Date,
    string? Organisation,
    string? DocumentNumber,
    string? IndexNumber,
    string? Column);

public sealed record FacetCount(string Value, int Count);

/// <summary>
/// Hits of the requested page, the total, and for each facet the values among all matching items with their
/// counts (largest first). <see cref="HasSearchableWords"/> is false when the text held nothing to search for.
/// </summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<SearchFacet, IReadOnlyList<FacetCount>> Facets,
    bool HasSearchableWords)
{
    public int TotalPages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResults Empty(int pageSize, bool hasSearchableWords) =>
        new([], 0, 1, pageSize, new Dictionary<SearchFacet, IReadOnlyList<FacetCount>>(), hasSearchableWords);
}
