using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Features.Disclosure.Models;

namespace ZezhouDisclosure.Web.Features.Disclosure.Controllers;

/// <summary>
/// Each organisation's own 信息公开 pages under the same structure as the county's: its 指南, 制度, 目录 (every
/// document it published, 条例第十二条) and 年报, plus any column filtered to its documents.
/// </summary>
[Route("xxgk/jg")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class OrganisationsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListOrganisationsQuery(), cancellationToken));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        if (organisation.RedirectsToSuccessor)
        {
            // A merged unit's address is permanently the successor's (its published documents keep their own addresses).
            return RedirectPermanent(PortalUrls.Organisation(organisation.SuccessorSlug!));
        }

        HttpContext.Tag(PublicPageCache.OrganisationTag(organisation.Id), PublicPageCache.ListsTag);
        var latest = await sender.Send(new ListPublishedDocumentsQuery(null, organisation.Id, 1, 10), cancellationToken);
        return View(new OrganisationPageViewModel(organisation, latest));
    }

    [HttpGet("{slug}/ml")]
    public async Task<IActionResult> Catalogue(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(PublicPageCache.OrganisationTag(organisation.Id), PublicPageCache.ListsTag);
        var documents = await sender.Send(new ListPublishedDocumentsQuery(null, organisation.Id, page), cancellationToken);
        return View(new DisclosureCatalogueViewModel(organisation, documents));
    }

    [HttpGet("{slug}/{**path}")]
    public async Task<IActionResult> Column(string slug, string path, int page = 1, CancellationToken cancellationToken = default)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        if (organisation.RedirectsToSuccessor)
        {
            return RedirectPermanent(PortalUrls.Column("xxgk/" + path.Trim('/').ToLowerInvariant(), organisation.SuccessorSlug));
        }

        var columnPath = "xxgk/" + path.Trim('/').ToLowerInvariant();
        if (await ColumnPage.MovedToAsync(sender, columnPath, cancellationToken) is { } current)
        {
            return RedirectPermanent(PortalUrls.Column(current, organisation.Slug));
        }

        HttpContext.Tag(PublicPageCache.OrganisationTag(organisation.Id), PublicPageCache.ListsTag);
        var model = await ColumnPage.BuildAsync(sender, columnPath, organisation, page, cancellationToken);
        return View("~/Features/Disclosure/Views/Disclosure/Column.cshtml", model);
    }
}
