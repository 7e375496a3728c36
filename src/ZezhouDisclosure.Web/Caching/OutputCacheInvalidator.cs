using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Web.Caching;

/// <summary>
/// Evicts the cached pages that show a record once a change to it has committed (publish, withdraw, edit, delete,
/// scheduled publishing, catalogue approval, renaming an organisation or a column). See ADR 0009 for the tag map.
/// </summary>
public sealed class OutputCacheInvalidator(IOutputCacheStore store, CacheGeneration generation, ILogger<OutputCacheInvalidator> logger)
    : IPublicContentListener
{
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

    /// <summary>The tags whose pages show what changed.</summary>
    public static IReadOnlyCollection<string> TagsFor(IEnumerable<PublicContentChange> changes)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case PublicContentKind.Document:
                    tags.Add(PublicPageCache.DocumentTag(change.Id));
                    tags.Add(PublicPageCache.ListsTag);
                    if (change.OrganisationId is int organisation)
                    {
                        tags.Add(PublicPageCache.OrganisationTag(organisation));
                    }

                    break;
                case PublicContentKind.Catalogue:
                    tags.Add(PublicPageCache.CatalogueTag(change.Id));
                    tags.Add(PublicPageCache.CataloguesTag);
                    break;
                case PublicContentKind.CatalogueTemplate:
                    tags.Add(PublicPageCache.CataloguesTag);
                    break;

                // Organisation and column names appear on nearly every page (rows, breadcrumbs, navigation).
                case PublicContentKind.Organisation:
                case PublicContentKind.Column:
                    return [PublicPageCache.AllTag];
            }
        }

        return tags;
    }
}
