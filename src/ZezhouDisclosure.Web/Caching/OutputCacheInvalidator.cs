using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Web.Caching;

/// <summary>
/// Evicts the cached pages that show a record once a change to it has committed (publish, withdraw, edit, delete,
/// scheduled publishing, catalogue approval, renaming an organisation or a column). The tags of a change come from the
/// <see cref="IOutputCacheTagRule"/>s registered for its kind; a kind without a rule evicts every cached page
/// (<see cref="PublicPageCache.AllTag"/>), the safe default. See ADR 0009 for the tag map.
/// </summary>
public sealed class OutputCacheInvalidator : IPublicContentListener
{
    private readonly IOutputCacheStore store;
    private readonly CacheGeneration generation;
    private readonly ILogger<OutputCacheInvalidator> logger;
    private readonly IReadOnlyDictionary<PublicContentKind, IOutputCacheTagRule[]> rules;

    public OutputCacheInvalidator(
        IOutputCacheStore store, CacheGeneration generation, IEnumerable<IOutputCacheTagRule> rules, ILogger<OutputCacheInvalidator> logger)
    {
        this.store = store;
        this.generation = generation;
        this.logger = logger;
        this.rules = rules.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public async ValueTask OnCommittedAsync(IReadOnlyCollection<PublicContentChange> changes, CancellationToken cancellationToken)
    {
        var tags = TagsFor(changes);
        generation.Advance();
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }

        generation.Advance();
        logger.LogDebug("Evicted {Count} output cache tag(s)", tags.Count);
    }

    /// <summary>The tags whose pages show what changed; only <see cref="PublicPageCache.AllTag"/> when one of them is.</summary>
    public IReadOnlyCollection<string> TagsFor(IEnumerable<PublicContentChange> changes)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (!rules.TryGetValue(change.Kind, out var forKind))
            {
                logger.LogWarning("No output cache tag rule for public content kind {Kind}: evicting every cached page", change.Kind.Name);
                return [PublicPageCache.AllTag];
            }

            foreach (var rule in forKind)
            {
                tags.UnionWith(rule.TagsFor(change));
            }

            if (tags.Contains(PublicPageCache.AllTag))
            {
                return [PublicPageCache.AllTag];
            }
        }

        return tags;
    }
}
