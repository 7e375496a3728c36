using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Catalogues;

// Which cached public pages a change shows on (ADR 0009); found by scanning, see IOutputCacheTagRule.

/// <summary>A township's catalogue: its pages and the pages showing several catalogues.</summary>
public sealed class CatalogueTagRule : IOutputCacheTagRule
{
    public PublicContentKind Kind => PublicContentKind.Catalogue;

    public IEnumerable<string> TagsFor(PublicContentChange change) =>
        [PublicPageCache.CatalogueTag(change.Id), PublicPageCache.CataloguesTag];
}

/// <summary>A catalogue template: the pages showing several catalogues.</summary>
public sealed class CatalogueTemplateTagRule : IOutputCacheTagRule
{
    public PublicContentKind Kind => PublicContentKind.CatalogueTemplate;

    public IEnumerable<string> TagsFor(PublicContentChange change) => [PublicPageCache.CataloguesTag];
}
