using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Search;
using ZezhouDisclosure.Domain.Documents;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace ZezhouDisclosure.Infrastructure.Search;

/// <summary>
/// The embedded search index: Lucene.Net on the node's disk, one <see cref="IndexWriter"/> for the process (it is
/// thread-safe) and a <see cref="SearcherManager"/> for near-real-time reads. Each write commits and refreshes, so a
/// committed change is searchable as soon as the listener returns. Opened on first use, so operator commands that
/// never search do not lock it.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private const int MaxStoredSnippetChars = 6000;
    private const int SnippetFragmentChars = 70;
    private const int FacetValuesShown = 30;
    private const string GenerationKey = "generation";

    /// <summary>How many recent answers are kept (a few KB each: one page of hits and the facet counts).</summary>
    public const int RecentResultsLimit = 256;

    private readonly string _path;
    private readonly Analyzer _analyzer = SearchFields.CreateAnalyzer();
    private readonly SearchQueryBuilder _queries;
    private readonly Lazy<Handles> _handles;
    private readonly System.Threading.Lock _writeGate = new();
    private readonly SemaphoreSlim _rebuildGate = new(1, 1);

    // Keys and groups written by live changes while a rebuild runs: the rebuild read them earlier, so it must not
    // overwrite them with what it read.
    private readonly ConcurrentDictionary<string, byte> _touched = new(StringComparer.Ordinal);
    private volatile bool _rebuilding;
    private long _generation;

    // Recent answers by (index version, request): a crowd searching the same word after a policy is announced is
    // answered without collecting every hit and its facets again (issue 19). The index version changes with every
    // write, so an answer is never served for an index that has changed since.
    private readonly ConcurrentDictionary<string, SearchResults> _recent = new(StringComparer.Ordinal);

    public LuceneSearchIndex(string path, SynonymList synonyms)
    {
        _path = path;
        _queries = new SearchQueryBuilder(_analyzer, synonyms);
        _handles = new Lazy<Handles>(Open, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string IndexPath => _path;

    public ValueTask UpsertAsync(IReadOnlyCollection<SearchItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        Write(writer =>
        {
            foreach (var item in items)
            {
                Touch(item.Key);
                writer.UpdateDocument(new Term(SearchFields.Key, item.Key), ToDocument(item, Interlocked.Read(ref _generation)));
            }
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask RemoveAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        Write(writer =>
        {
            foreach (var key in keys)
            {
                Touch(key);
            }

            writer.DeleteDocuments(keys.Select(k => new Term(SearchFields.Key, k)).ToArray());
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask ReplaceGroupAsync(string group, IReadOnlyCollection<SearchItem> items, CancellationToken cancellationToken)
    {
        Write(writer =>
        {
            Touch(group);
            writer.DeleteDocuments(new Term(SearchFields.Group, group));
            foreach (var item in items)
            {
                writer.AddDocument(ToDocument(item with { Group = group }, Interlocked.Read(ref _generation)));
            }
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask<ISearchIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken)
    {
        await _rebuildGate.WaitAsync(cancellationToken);
        _ = _handles.Value;

        // Live writes from now on carry the new generation, so the rebuild's final sweep keeps them.
        var generation = Interlocked.Increment(ref _generation);
        _touched.Clear();
        _rebuilding = true;
        return new Rebuild(this, generation);
    }

    public ValueTask<int> CountAsync(CancellationToken cancellationToken)
    {
        var manager = _handles.Value.Searchers;
        var searcher = manager.Acquire();
        try
        {
            return ValueTask.FromResult(searcher.IndexReader.NumDocs);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public ValueTask<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var page = Math.Max(1, request.Page);
        var built = _queries.Build(request.Text);
        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        if (hasText && !built.HasSearchableWords)
        {
            return ValueTask.FromResult(SearchResults.Empty(pageSize, hasSearchableWords: false));
        }

        var manager = _handles.Value.Searchers;
        var searcher = manager.Acquire();
        try
        {
            var key = searcher.IndexReader is DirectoryReader reader ? RecentKey(reader.Version, request, page, pageSize) : null;
            if (key is not null && _recent.TryGetValue(key, out var recent))
            {
                return ValueTask.FromResult(recent);
            }

            Query main = new MatchAllDocsQuery();
            if (hasText)
            {
                // A complete 文号 or 索引号 shows exactly its record when there is one; otherwise the words are searched.
                main = built.Exact is { } exact && searcher.Search(WithFilters(exact, request.Filters), 1).TotalHits > 0
                    ? exact
                    : built.Text ?? built.Exact!;
            }

            var query = WithFilters(main, request.Filters);
            var byDate = request.Sort == SearchSort.Date || !hasText;
            var wanted = page * pageSize;
            var facets = new FacetCollector();
            ITopDocsCollector top = byDate
                ? TopFieldCollector.Create(
                    new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, reverse: true), SortField.FIELD_DOC),
                    wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
            searcher.Search(query, MultiCollector.Wrap((ICollector)top, facets));
            var total = top.TotalHits;
            var lastPage = Math.Max(1, (total + pageSize - 1) / pageSize);
            if (page > lastPage)
            {
                page = lastPage;
            }

            var docs = top.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs;
            var highlighter = built.Highlight is { } highlight ? Highlighter(highlight) : null;
            var hits = docs.Select(d => ToHit(searcher.Doc(d.Doc), highlighter)).ToList();
            var results = new SearchResults(hits, total, page, pageSize, facets.Results(FacetValuesShown), true);
            if (key is not null)
            {
                if (_recent.Count >= RecentResultsLimit)
                {
                    _recent.Clear();
                }

                _recent[key] = results;
            }

            return ValueTask.FromResult(results);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (_handles.IsValueCreated)
        {
            var handles = _handles.Value;
            handles.Searchers.Dispose();
            handles.Writer.Dispose(); // commits
            handles.Directory.Dispose();
        }

        _analyzer.Dispose();
        _rebuildGate.Dispose();
    }

    /// <summary>The index version and everything the answer depends on; the filters in a fixed order.</summary>
    private static string RecentKey(long version, SearchRequest request, int page, int pageSize)
    {
        var filters = string.Join('\u001f', request.Filters.OrderBy(f => f.Key)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{(int)f.Key}={f.Value}")));
        return string.Create(CultureInfo.InvariantCulture, $"{version}\u001f{(int)request.Sort}\u001f{page}\u001f{pageSize}\u001f{filters}\u001f{request.Text}");
    }

    private static Query WithFilters(Query query, IReadOnlyDictionary<SearchFacet, string> filters)
    {
        if (filters.Count == 0)
        {
            return query;
        }

        var all = new BooleanQuery { { query, Occur.MUST } };
        foreach (var (facet, value) in filters)
        {
            all.Add(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Facet(facet), value))) { Boost = 0f }, Occur.MUST);
        }

        return all;
    }

    private Highlighter Highlighter(Query highlight)
    {
        var scorer = new QueryScorer(highlight, SearchFields.Highlight);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new TextEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetFragmentChars),
            MaxDocCharsToAnalyze = MaxStoredSnippetChars,
        };
    }

    private SearchHit ToHit(LuceneDocument doc, Highlighter? highlighter)
    {
        var title = Get(doc, SearchFields.Title) ?? "";
        var snippet = Get(doc, SearchFields.Snippet) ?? "";
        string? titleHtml = null;
        string? snippetHtml = null;
        if (highlighter is not null)
        {
            var fragmenter = highlighter.TextFragmenter;
            highlighter.TextFragmenter = new NullFragmenter();
            titleHtml = highlighter.GetBestFragment(_analyzer, SearchFields.Highlight, title);
            highlighter.TextFragmenter = fragmenter;
            var fragments = highlighter.GetBestFragments(
                _analyzer.GetTokenStream(SearchFields.Highlight, snippet), snippet, 2, "…");
            snippetHtml = string.IsNullOrEmpty(fragments) ? null : fragments + "…";
        }

        return new SearchHit(
            Get(doc, SearchFields.Key)!,
            Enum.Parse<SearchKind>(Get(doc, SearchFields.Kind)!),
            titleHtml ?? WebUtility.HtmlEncode(title),
            snippetHtml ?? WebUtility.HtmlEncode(Shorten(snippet, 120)),
            Get(doc, SearchFields.Url)!,
            new DateTime(doc.GetField(SearchFields.Date)?.GetInt64Value() ?? 0L, DateTimeKind.Utc),
            Get(doc, SearchFields.Organisation),
            Get(doc, SearchFields.DocumentNumberShown),
            Get(doc, SearchFields.IndexNumberShown),
            Get(doc, SearchFields.Column));
    }

    private static string? Get(LuceneDocument doc, string field) => doc.Get(field, CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) =>
        text.Length <= length ? text : text[..length] + "…";

    private static LuceneDocument ToDocument(SearchItem item, long stamp)
    {
        var doc = new LuceneDocument
        {
            new StringField(SearchFields.Key, item.Key, Field.Store.YES),
            new Int64Field(SearchFields.Stamp, stamp, Field.Store.NO),
            new StringField(SearchFields.Kind, item.Kind.ToString(), Field.Store.YES),
            new StoredField(SearchFields.Url, item.Url),
            new StoredField(SearchFields.Date, item.Date.Ticks),
            new NumericDocValuesField(SearchFields.Date, item.Date.Ticks),
            new TextField(SearchFields.Title, item.Title, Field.Store.YES),
            new TextField(SearchFields.TitleBigrams, item.Title, Field.Store.NO),
        };
        if (item.Group is { } group)
        {
            doc.Add(new StringField(SearchFields.Group, group, Field.Store.NO));
        }

        var texts = new[] { item.Summary, item.Keywords, item.DocumentNumber, item.Body }
            .Concat(item.ExtraTexts)
            .Concat([item.Organisation, item.Column])
            .Concat(item.PilotAreas)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .ToList();
        var text = string.Join("\n", texts);
        doc.Add(new TextField(SearchFields.Text, text, Field.Store.NO));
        doc.Add(new TextField(SearchFields.TextBigrams, text, Field.Store.NO));

        var snippet = string.Join("\n", new[] { item.Summary, item.Body }.Concat(item.ExtraTexts).Where(t => !string.IsNullOrWhiteSpace(t)));
        doc.Add(new StoredField(SearchFields.Snippet, snippet.Length > MaxStoredSnippetChars ? snippet[..MaxStoredSnippetChars] : snippet));

        if (DocumentNumbers.Normalise(item.DocumentNumber) is { } number)
        {
            doc.Add(new StringField(SearchFields.DocumentNumber, number, Field.Store.NO));
            doc.Add(new StoredField(SearchFields.DocumentNumberShown, item.DocumentNumber!));
        }

        if (!string.IsNullOrWhiteSpace(item.IndexNumber))
        {
            doc.Add(new StringField(SearchFields.IndexNumber, item.IndexNumber.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant(), Field.Store.NO));
            doc.Add(new StoredField(SearchFields.IndexNumberShown, item.IndexNumber));
        }

        if (item.Organisation is { } organisation)
        {
            doc.Add(new StoredField(SearchFields.Organisation, organisation));
        }

        if (item.Column is { } column)
        {
            doc.Add(new StoredField(SearchFields.Column, column));
        }

        AddFacet(doc, SearchFacet.Kind, SearchLabels.Of(item.Kind));
        AddFacet(doc, SearchFacet.Organisation, item.Organisation);
        AddFacet(doc, SearchFacet.Column, item.Column);
        foreach (var area in item.PilotAreas.Distinct())
        {
            AddFacet(doc, SearchFacet.PilotArea, area);
        }

        AddFacet(doc, SearchFacet.Year, item.Year?.ToString(CultureInfo.InvariantCulture));
        AddFacet(doc, SearchFacet.Type, item.Type);
        AddFacet(doc, SearchFacet.Validity, item.Validity);
        return doc;
    }

    private static void AddFacet(LuceneDocument doc, SearchFacet facet, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        doc.Add(new StringField(SearchFields.Facet(facet), value, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(SearchFields.FacetValues(facet), new BytesRef(value)));
    }

    private void Touch(string keyOrGroup)
    {
        if (_rebuilding)
        {
            _touched[keyOrGroup] = 0;
        }
    }

    private void Write(Action<IndexWriter> change)
    {
        var handles = _handles.Value;
        lock (_writeGate)
        {
            change(handles.Writer);
            Commit(handles.Writer);
        }

        handles.Searchers.MaybeRefreshBlocking();
    }

    private void Commit(IndexWriter writer)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [GenerationKey] = Interlocked.Read(ref _generation).ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    private Handles Open()
    {
        System.IO.Directory.CreateDirectory(_path);
        var directory = FSDirectory.Open(_path);
        try
        {
            var config = new IndexWriterConfig(SearchFields.Version, _analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
            };
            var writer = new IndexWriter(directory, config);
            if (writer.CommitData.TryGetValue(GenerationKey, out var stored)
                && long.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
            {
                _generation = generation;
            }

            return new Handles(directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null));
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new InvalidOperationException(
                $"The search index at {_path} is in use by another process (a running portal?). Stop it, or rebuild from that process.", ex);
        }
    }

    /// <summary>HTML-encodes the text around the marks; Chinese stays as text (SimpleHTMLEncoder writes &amp;#...; entities).</summary>
    private sealed class TextEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }

    private sealed record Handles(FSDirectory Directory, IndexWriter Writer, SearcherManager Searchers);

    private sealed class Rebuild(LuceneSearchIndex index, long generation) : ISearchIndexRebuild
    {
        private bool _done;

        public ValueTask AddAsync(IReadOnlyCollection<SearchItem> items, CancellationToken cancellationToken)
        {
            var writer = index._handles.Value.Writer;
            lock (index._writeGate)
            {
                // Analysing Chinese text is the slow part of a rebuild; IndexWriter takes documents from several
                // threads at once, so a batch uses every core.
                Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, item =>
                {
                    if (index._touched.ContainsKey(item.Key) || (item.Group is { } group && index._touched.ContainsKey(group)))
                    {
                        return;
                    }

                    writer.UpdateDocument(new Term(SearchFields.Key, item.Key), ToDocument(item, generation));
                });
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            index.Write(writer => writer.DeleteDocuments(
                NumericRangeQuery.NewInt64Range(SearchFields.Stamp, null, generation, true, false)));
            _done = true;
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_done)
            {
                index.Write(_ => { });
            }

            index._rebuilding = false;
            index._touched.Clear();
            index._rebuildGate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
