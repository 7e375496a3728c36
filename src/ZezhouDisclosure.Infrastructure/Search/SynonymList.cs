using System.Reflection;

namespace ZezhouDisclosure.Infrastructure.Search;

/// <summary>
/// The maintained list of equivalent search terms (<c>Search/synonyms.txt</c>, embedded): 低保 = 最低生活保障 and so
/// on. Applied when a query is built, so a change needs no re-indexing.
/// </summary>
public sealed class SynonymList
{
    public const string ResourceName = "ZezhouDisclosure.Infrastructure.Search.synonyms.txt";

    // Every term, longest first, with the other terms of its group.
    private readonly List<(string Term, string[] Others)> _terms;

    public SynonymList(IEnumerable<IReadOnlyList<string>> groups)
    {
        _terms = groups
            .Select(g => g.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToArray())
            .Where(g => g.Length > 1)
            .SelectMany(g => g.Select(term => (term, g.Where(o => o != term).ToArray())))
            .OrderByDescending(t => t.term.Length)
            .ToList();
    }

    public static SynonymList Embedded { get; } = Load();

    public int Count => _terms.Count;

    public static SynonymList Parse(string text) =>
        new(text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => (IReadOnlyList<string>)line.Split([',', '，'])));

    /// <summary>
    /// The other ways to write <paramref name="word"/>: for the longest term of the list that it contains, the word
    /// with that term replaced by each equivalent (低保标准 → 最低生活保障标准). Empty when no term occurs in it.
    /// </summary>
    public IReadOnlyList<string> Variants(string word)
    {
        foreach (var (term, others) in _terms)
        {
            var at = word.IndexOf(term, StringComparison.Ordinal);
            if (at >= 0)
            {
                return others.Select(o => string.Concat(word.AsSpan(0, at), o, word.AsSpan(at + term.Length))).ToList();
            }
        }

        return [];
    }

    private static SynonymList Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
