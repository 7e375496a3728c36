using ZezhouDisclosure.Application.Columns;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Disclosure;

// Which cached public pages a change shows on (ADR 0009); found by scanning, see IOutputCacheTagRule.

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
