using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Columns;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Application.Organisations;

namespace ZezhouDisclosure.Web.Caching;

/// <summary>
/// Which output-cache tags (<see cref="PublicPageCache"/>) show a change of one <see cref="PublicContentKind"/>.
/// A feature contributes one per kind it adds; the public, concrete implementations in the Web assembly are
/// registered by scanning (<see cref="OutputCachingExtensions.AddPublicOutputCache"/>). Several rules for one kind add
/// up. A kind with no rule evicts everything.
/// </summary>
public interface IOutputCacheTagRule
{
    PublicContentKind Kind { get; }

    /// <summary>The tags to evict; return <see cref="PublicPageCache.AllTag"/> to evict every cached page.</summary>
    IEnumerable<string> TagsFor(PublicContentChange change);
}

/// <summary>A document: its pages, every list, and its organisation's pages.</summary>
public sealed class DocumentTagRule : IOutputCacheTagRule
{
    public PublicContentKind Kind => PublicContentKind.Document;

    public IEnumerable<string> TagsFor(PublicContentChange change)
    {
        yield return PublicPageCache.DocumentTag(change.Id);
        yield return PublicPageCache.ListsTag;
        if (change.OrganisationId is int organisation)
        {
            yield return PublicPageCache.OrganisationTag(organisation);
        }
    }
}

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

/// <summary>An organisation: its name appears on nearly every page (rows, breadcrumbs, navigation).</summary>
public sealed class OrganisationTagRule : IOutputCacheTagRule
{
    public PublicContentKind Kind => PublicContentKind.Organisation;

    public IEnumerable<string> TagsFor(PublicContentChange change) => [PublicPageCache.AllTag];
}

/// <summary>A column: its name appears on nearly every page (navigation, breadcrumbs).</summary>
public sealed class ColumnTagRule : IOutputCacheTagRule
{
    public PublicContentKind Kind => PublicContentKind.Column;

    public IEnumerable<string> TagsFor(PublicContentChange change) => [PublicPageCache.AllTag];
}
