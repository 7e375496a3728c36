using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Configuration;

namespace ZezhouDisclosure.Web.Features.Feeds.Controllers;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds of the latest published documents: site-wide, per column (with its sub-columns) and per
/// organisation. Only published documents appear; a withdrawn one drops out with the next read (the cache is evicted).
/// </summary>
[Route("feeds/{format:regex(^(rss|atom)$)}")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class FeedsController(ISender sender, IOptions<SiteOptions> site, TimeProvider time) : Controller
{
    public const int ItemCount = 20;

    [HttpGet("")]
    public async Task<IActionResult> Latest(string format, CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.ListsTag);
        var documents = await sender.Send(new ListPublishedDocumentsQuery(null, null, 1, ItemCount), cancellationToken);
        return Feed(format, site.Value.SiteName + " · 最新公开信息", "泽州县政府信息公开最新发布的信息。", PortalUrls.Home, documents.Items);
    }

    [HttpGet("lm/{**path}")]
    public async Task<IActionResult> Column(string format, string path, CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.ListsTag);
        path = path.Trim('/').ToLowerInvariant();
        var tree = await sender.Send(new GetColumnTreeQuery(), cancellationToken);
        var column = tree.FirstOrDefault(c => c.Path == path) ?? throw new NotFoundException("您访问的栏目不存在。");
        var documents = await sender.Send(new ListPublishedDocumentsQuery(column.Path, null, 1, ItemCount), cancellationToken);
        return Feed(format, $"{site.Value.SiteName} · {column.Name}", column.Description ?? column.Name, PortalUrls.Column(column.Path), documents.Items);
    }

    [HttpGet("jg/{slug}")]
    public async Task<IActionResult> Organisation(string format, string slug, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(PublicPageCache.OrganisationTag(organisation.Id), PublicPageCache.ListsTag);
        var documents = await sender.Send(new ListPublishedDocumentsQuery(null, organisation.Id, 1, ItemCount), cancellationToken);
        return Feed(format, $"{organisation.Name} · 政府信息公开", $"{organisation.Name}最新公开的政府信息。", PortalUrls.Organisation(organisation.Slug), documents.Items);
    }

    private FileContentResult Feed(string format, string title, string description, string pagePath, IReadOnlyList<PublicDocumentRow> documents)
    {
        if (!FeedWriter.TryParse(format, out var feedFormat))
        {
            throw new NotFoundException();
        }

        var baseUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var bytes = FeedWriter.Write(feedFormat, baseUrl, title, description, Request.Path, pagePath, documents, time.GetUtcNow());
        return File(bytes, FeedWriter.ContentType(feedFormat));
    }
}
