using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Infrastructure.Search;

/// <summary>
/// Counts, for every facet, how many matching items carry each value. Per segment it counts ordinals of the
/// facet's sorted-set doc values in an array (no strings, no allocation per hit) and turns them into values once
/// the segment is done, so counting stays linear and cheap even when a common word matches most of the index.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private static readonly SearchFacet[] Facets = Enum.GetValues<SearchFacet>();

    private readonly Dictionary<SearchFacet, Dictionary<string, int>> _totals =
        Facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[Facets.Length];
    private readonly int[]?[] _counts = new int[]?[Facets.Length];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < Facets.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(SearchFields.FacetValues(Facets[i]));
            _values[i] = values;
            _counts[i] = values is null || values.ValueCount == 0 ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }

            var counts = _counts[i]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>The counts, largest first (years newest first), at most <paramref name="limit"/> values per facet.</summary>
    public IReadOnlyDictionary<SearchFacet, IReadOnlyList<FacetCount>> Results(int limit)
    {
        FlushSegment();
        return _totals.ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<FacetCount>)(t.Key == SearchFacet.Year
                    ? t.Value.OrderByDescending(v => v.Key, StringComparer.Ordinal)
                    : t.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal))
                .Take(limit).Select(v => new FacetCount(v.Key, v.Value)).ToList());
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var i = 0; i < Facets.Length; i++)
        {
            if (_values[i] is not { } values || _counts[i] is not { } counts)
            {
                continue;
            }

            var totals = _totals[Facets[i]];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var value = term.Utf8ToString();
                    totals[value] = totals.GetValueOrDefault(value) + counts[ord];
                }
            }

            _values[i] = null;
            _counts[i] = null;
        }
    }
}
