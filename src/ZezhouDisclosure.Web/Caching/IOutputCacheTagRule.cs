using ZezhouDisclosure.Application.Common.Abstractions;

namespace ZezhouDisclosure.Web.Caching;

/// <summary>
/// Which output-cache tags (<see cref="PublicPageCache"/>) show a change of one <see cref="PublicContentKind"/>.
/// A feature contributes one per kind it adds, in its own folder (e.g. <c>Features/Catalogues/CatalogueCacheTagRules.cs</c>);
/// the public, concrete implementations in the Web assembly are registered by scanning
/// (<see cref="OutputCachingExtensions.AddPublicOutputCache"/>). Several rules for one kind add up. A kind with no rule
/// evicts everything.
/// </summary>
public interface IOutputCacheTagRule
{
    PublicContentKind Kind { get; }

    /// <summary>The tags to evict; return <see cref="PublicPageCache.AllTag"/> to evict every cached page.</summary>
    IEnumerable<string> TagsFor(PublicContentChange change);
}
