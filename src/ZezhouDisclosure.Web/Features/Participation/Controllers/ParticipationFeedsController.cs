using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Participation;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Configuration;
using ZezhouDisclosure.Web.Features.Feeds;

namespace ZezhouDisclosure.Web.Features.Participation.Controllers;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds of the published 征求意见 (open ones and those upcoming or closed), county-wide and per
/// unit, written by the shared <see cref="FeedWriter"/>; the routes sit beside the documents' feeds (/feeds/{format}/gzcy).
/// </summary>
[Route("feeds/{format:regex(^(rss|atom)$)}/gzcy")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ParticipationFeedsController(ISender sender, IOptions<SiteOptions> site, TimeProvider time) : Controller
{
    public const int ItemCount = 20;

    [HttpGet("")]
    public async Task<IActionResult> County(string format, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag);
        var consultations = await sender.Send(new ListPublicConsultationsQuery(Take: ItemCount), cancellationToken);
        return Feed(format, site.Value.SiteName + " · 征求意见", "泽州县各单位重大行政决策草案公开征求意见。", ParticipationUrls.Index, consultations);
    }

    [HttpGet("jg/{slug}")]
    public async Task<IActionResult> Unit(string format, string slug, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag, PublicPageCache.OrganisationTag(organisation.Id));
        var consultations = await sender.Send(new ListPublicConsultationsQuery(organisation.Id, Take: ItemCount), cancellationToken);
        return Feed(format, $"{organisation.Name} · 征求意见", $"{organisation.Name}重大行政决策草案公开征求意见。", ParticipationUrls.Unit(organisation.Slug), consultations);
    }

    /// <summary>The feeds of a 公众参与 list page, for its head (<c>ViewData["Feeds"]</c>).</summary>
    public static FeedLinks Links(string title, string? slug = null)
    {
        var tail = slug is null ? "/gzcy" : "/gzcy/jg/" + slug;
        return new FeedLinks(title, "/feeds/rss" + tail, "/feeds/atom" + tail);
    }

    private FileContentResult Feed(string format, string title, string description, string pagePath, IReadOnlyList<ConsultationRow> consultations)
    {
        if (!FeedWriter.TryParse(format, out var feedFormat))
        {
            throw new NotFoundException();
        }

        var today = Domain.Common.ChinaTime.Today(time);
        var entries = consultations.Select(c => new FeedEntry(
            c.Title,
            $"征求意见期限：{c.OpensOn:yyyy年M月d日}至{c.ClosesOn:yyyy年M月d日}；{ParticipationLabels.Phase(c.OpensOn, c.ClosesOn, today)}",
            ParticipationUrls.Consultation(c.Id),
            c.PublishedAt ?? c.OpensOn.ToDateTime(TimeOnly.MinValue),
            c.OrganisationName)).ToList();
        var baseUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        return File(FeedWriter.Write(feedFormat, baseUrl, title, description, Request.Path, pagePath, entries, time.GetUtcNow()), FeedWriter.ContentType(feedFormat));
    }
}
