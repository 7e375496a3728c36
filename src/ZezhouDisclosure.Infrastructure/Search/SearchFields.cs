using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Infrastructure.Search;

/// <summary>
/// The fields of the Lucene index and how each is analysed. Every text is indexed twice: by SmartCn (words, e.g.
/// 义务/教育/招生) and by CJK bigrams (every two adjacent characters), so a two-character word is found wherever it
/// occurs even when SmartCn cut it differently (低保 → 低 + 保).
/// </summary>
internal static class SearchFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Key = "key";
    public const string Group = "group";
    public const string Stamp = "stamp";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string TitleBigrams = "title_bi";
    public const string Text = "text";
    public const string TextBigrams = "text_bi";
    public const string DocumentNumber = "docno";
    public const string IndexNumber = "indexno";
    public const string DocumentNumberShown = "docno_s";
    public const string IndexNumberShown = "indexno_s";
    public const string Url = "url";
    public const string Date = "date";
    public const string Organisation = "org";
    public const string Column = "column";
    public const string Snippet = "snippet";

    /// <summary>The field name used to highlight stored text with the bigram analyser.</summary>
    public const string Highlight = "hl";

    /// <summary>The indexed (filter) field of a facet; its doc values field adds <c>_dv</c>.</summary>
    public static string Facet(SearchFacet facet) => "f_" + facet.ToString().ToLowerInvariant();

    public static string FacetValues(SearchFacet facet) => Facet(facet) + "_dv";

    public static bool IsBigramField(string field) => field is TitleBigrams or TextBigrams or Highlight;

    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        new SmartChineseAnalyzer(Version),
        new Dictionary<string, Analyzer>
        {
            [TitleBigrams] = new CJKAnalyzer(Version),
            [TextBigrams] = new CJKAnalyzer(Version),
            [Highlight] = new CJKAnalyzer(Version),
        });

    /// <summary>The tokens <paramref name="analyzer"/> makes of <paramref name="text"/> in <paramref name="field"/>, with positions.</summary>
    public static List<(string Term, int Position, int Start, int End)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(1, increment.PositionIncrement);
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
