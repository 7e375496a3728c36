using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Infrastructure.Search;

/// <summary>What a user's text becomes: an exact 文号/索引号 query when it is one, and the full-text query.</summary>
internal sealed record BuiltQuery(Query? Exact, Query? Text, Query? Highlight)
{
    public bool HasSearchableWords => Exact is not null || Text is not null;
}

/// <summary>
/// Builds Lucene queries from what a user typed, without a query parser: the text is never interpreted as Lucene
/// syntax (<c>title:(</c>, <c>*</c> and the like are just characters), so no input can make a search fail.
/// Every word must match; a word matches as a phrase in the SmartCn or the bigram fields (title boosted), or as any
/// of its synonyms. A long run of Chinese is cut into words by SmartCn first, keeping single characters together
/// with their neighbours (低保标准 → 低保 + 标准), so that a run of words typed without spaces still finds texts that
/// contain them apart.
/// </summary>
internal sealed partial class SearchQueryBuilder(Analyzer analyzer, SynonymList synonyms)
{
    private const float TitleBoost = 3f;
    private const int MaxWords = 12;

    public BuiltQuery Build(string? text)
    {
        text = (text ?? "").Trim();
        if (text.Length == 0)
        {
            return new BuiltQuery(null, null, null);
        }

        var exact = ExactQuery(text);
        var query = new BooleanQuery();
        var highlight = new BooleanQuery();
        foreach (var word in Words().Matches(text).Select(m => m.Value).Distinct().Take(MaxWords))
        {
            foreach (var unit in Units(word))
            {
                var unitQuery = new BooleanQuery();
                foreach (var variant in synonyms.Variants(unit).Prepend(unit))
                {
                    Add(unitQuery, Phrase(SearchFields.TitleBigrams, variant), TitleBoost);
                    Add(unitQuery, Phrase(SearchFields.TextBigrams, variant), 1f);
                    Add(unitQuery, Phrase(SearchFields.Title, variant), TitleBoost);
                    Add(unitQuery, Phrase(SearchFields.Text, variant), 1f);
                    Add(highlight, Phrase(SearchFields.Highlight, variant), 1f);
                }

                if (unitQuery.Clauses.Count > 0)
                {
                    query.Add(unitQuery, Occur.MUST);
                }
            }
        }

        return new BuiltQuery(
            exact,
            query.Clauses.Count == 0 ? null : query,
            highlight.Clauses.Count == 0 ? null : highlight);
    }

    /// <summary>A complete 文号 (normal form) or 索引号 asks for exactly that record.</summary>
    private static Query? ExactQuery(string text)
    {
        var number = DocumentNumbers.Normalise(text);
        if (number is not null && DocumentNumberPattern().IsMatch(number))
        {
            return new TermQuery(new Term(SearchFields.DocumentNumber, number));
        }

        var index = text.Replace(" ", "", StringComparison.Ordinal);
        return IndexNumberPattern().IsMatch(index)
            ? new TermQuery(new Term(SearchFields.IndexNumber, index.ToLowerInvariant()))
            : null;
    }

    /// <summary>Splits a long Chinese word with SmartCn, joining runs of single characters back together.</summary>
    private IEnumerable<string> Units(string word)
    {
        if (word.Length <= 4 || !word.Any(IsCjk))
        {
            yield return word;
            yield break;
        }

        var tokens = SearchFields.Tokens(analyzer, SearchFields.Text, word);
        if (tokens.Count == 0)
        {
            yield return word;
            yield break;
        }

        var start = -1;
        var end = -1;
        foreach (var (_, _, tokenStart, tokenEnd) in tokens)
        {
            var single = tokenEnd - tokenStart == 1;
            if (start >= 0 && (single || end - start == 1) && tokenStart == end)
            {
                end = tokenEnd; // keep 低 + 保 (or 保 + 标准's single neighbour) as one substring
                continue;
            }

            if (start >= 0)
            {
                yield return word[start..end];
            }

            (start, end) = (tokenStart, tokenEnd);
        }

        yield return word[start..end];
    }

    /// <summary>The text as a phrase of <paramref name="field"/>'s tokens; null when it has none (punctuation only).</summary>
    private Query? Phrase(string field, string text)
    {
        var tokens = SearchFields.Tokens(analyzer, field, text);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term));
        }

        var phrase = new PhraseQuery();
        var first = tokens[0].Position;
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position - first);
        }

        return phrase;
    }

    private static void Add(BooleanQuery into, Query? query, float boost)
    {
        if (query is null)
        {
            return;
        }

        query.Boost = boost;
        into.Add(query, Occur.SHOULD);
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    // Words are runs of letters and digits (any script); everything else, including Lucene syntax, separates them.
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^\S+〔\d{4}〕\d+号$")]
    private static partial Regex DocumentNumberPattern();

    [GeneratedRegex(@"^[0-9A-Za-z]+/\d{4}-\d{5}$")]
    private static partial Regex IndexNumberPattern();
}
