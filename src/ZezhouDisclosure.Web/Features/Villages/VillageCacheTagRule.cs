using System.Globalization;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Villages;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Villages;

/// <summary>
/// A village posting, one of its files or a row of its 公开事项清单 changed: only that village's public pages (its page,
/// its postings, their 公示 sheets) are evicted (ADR 0009). The change's organisation is the village. The township's
/// list of villages shows names only, which change with the organisation (evicting everything). Found by scanning.
/// </summary>
public sealed class VillageCacheTagRule : IOutputCacheTagRule
{
    public static string VillageTag(int villageId) => "village:" + villageId.ToString(CultureInfo.InvariantCulture);

    public PublicContentKind Kind => PublicContentKind.Village;

    public IEnumerable<string> TagsFor(PublicContentChange change) =>
        change.OrganisationId is int village ? [VillageTag(village)] : [PublicPageCache.AllTag];
}
