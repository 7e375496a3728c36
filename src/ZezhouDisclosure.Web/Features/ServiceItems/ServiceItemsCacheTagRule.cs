using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.ServiceItems;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.ServiceItems;

/// <summary>
/// A 政务服务事项 (its guide, files or a catalogue row's link to it) changed: its page and 一次告知单, the 在线办事 lists, and
/// the catalogue pages that link to guides (the unit's own catalogue, and the pages showing several townships'). Found
/// by scanning (ADR 0009).
/// </summary>
public sealed class ServiceItemCacheTagRule : IOutputCacheTagRule
{
    /// <summary>The 在线办事 lists (by unit, life event, theme, search).</summary>
    public const string ListsTag = "service-items";

    public static string ItemTag(int id) => "service-item:" + id.ToString(CultureInfo.InvariantCulture);

    public PublicContentKind Kind => PublicContentKind.ServiceItem;

    public IEnumerable<string> TagsFor(PublicContentChange change)
    {
        yield return ItemTag(change.Id);
        yield return ListsTag;
        if (change.OrganisationId is int organisation)
        {
            yield return PublicPageCache.CatalogueTag(organisation);
        }

        yield return PublicPageCache.CataloguesTag;
    }
}
