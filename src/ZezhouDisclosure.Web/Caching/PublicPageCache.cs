using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace ZezhouDisclosure.Web.Caching;

/// <summary>
/// The output cache of anonymous public pages (ADR 0009): the policy name controllers opt in with, and the tags that
/// say which records a cached page shows, so a committed change evicts exactly the pages that show it.
/// </summary>
public static class PublicPageCache
{
    /// <summary>Name of the policy on public controllers: <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c>.</summary>
    public const string Policy = "public-pages";

    /// <summary>Every cached public page and API response (evicted when a column or an organisation changes).</summary>
    public const string AllTag = "public";

    /// <summary>Pages listing many documents: home, column lists, the site-wide feed, document lists of the API.</summary>
    public const string ListsTag = "lists";

    /// <summary>Pages showing catalogue content of several townships (the 基层政务公开 index, pilot-area pages, coverage).</summary>
    public const string CataloguesTag = "catalogues";

    public static string DocumentTag(int id) => "doc:" + id.ToString(CultureInfo.InvariantCulture);

    public static string OrganisationTag(int id) => "org:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A township's catalogue (the catalogue's id is the township's organisation id).</summary>
    public static string CatalogueTag(int townshipId) => "catalogue:" + townshipId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Adds tags to the page being rendered, once the controller knows what it shows. Does nothing when the request is
    /// not being output-cached (signed-in users, POSTs, pages without the policy).
    /// </summary>
    public static void Tag(this HttpContext context, params string[] tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            foreach (var tag in tags)
            {
                cache.Tags.Add(tag);
            }
        }
    }
}
