using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Features.Catalogues.Models;
using ZezhouDisclosure.Web.Features.Disclosure.Models;

namespace ZezhouDisclosure.Web.Features.Catalogues.Controllers;

/// <summary>基层政务公开: the townships and the 26 pilot areas (泽政办发〔2020〕22号 三).</summary>
[Route("jczwgk")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class GrassrootsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.CataloguesTag);
        var organisations = await sender.Send(new ListOrganisationsQuery(), cancellationToken);
        var areas = await sender.Send(new ListPilotAreasQuery(), cancellationToken);
        return View(new GrassrootsIndexViewModel(organisations.Where(o => o.Kind == OrganisationKind.Township).ToList(), areas));
    }

    [HttpGet("xz/{slug}")]
    public async Task<IActionResult> Township(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        if (organisation.Kind != OrganisationKind.Township)
        {
            throw new NotFoundException("您访问的乡镇不存在。");
        }

        if (organisation.RedirectsToSuccessor)
        {
            return RedirectPermanent(PortalUrls.Township(organisation.SuccessorSlug!));
        }

        HttpContext.Tag(PublicPageCache.OrganisationTag(organisation.Id), PublicPageCache.ListsTag);

        var documents = await sender.Send(new ListPublishedDocumentsQuery(null, organisation.Id, page), cancellationToken);
        return View(new OrganisationPageViewModel(organisation, documents));
    }

    [HttpGet("ly/{slug}")]
    public async Task<IActionResult> Area(string slug, string? q, CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.CataloguesTag, PublicPageCache.ListsTag);
        var areas = await sender.Send(new ListPilotAreasQuery(), cancellationToken);
        var area = areas.FirstOrDefault(a => a.Slug == slug.ToLowerInvariant()) ?? throw new NotFoundException("您访问的试点领域不存在。");
        var organisations = await sender.Send(new ListOrganisationsQuery(), cancellationToken);
        var catalogues = await sender.Send(new ListAreaCatalogueItemsQuery(area.Slug, q), cancellationToken);
        return View(new PilotAreaPageViewModel(area, organisations.Where(o => o.Kind == OrganisationKind.Township && o.IsCurrent).ToList(), catalogues, q));
    }

    /// <summary>A township's published 政务公开事项标准目录: the current version, or version <paramref name="v"/>.</summary>
    [HttpGet("xz/{slug}/bzml")]
    [EnableRateLimiting(DependencyInjection.HeavyPageLimit)]
    public async Task<IActionResult> Catalogue(string slug, int? v, string? q, CancellationToken cancellationToken)
    {
        await TagCatalogueAsync(slug, cancellationToken);
        var catalogue = await sender.Send(new GetPublishedCatalogueQuery(slug.ToLowerInvariant(), v, q, CatalogueRowSelection.None), cancellationToken);
        return View(new TownshipCatalogueViewModel(catalogue, CatalogueAreaLink.For(catalogue)));
    }

    /// <summary>One area of a township's published catalogue (a page per area keeps each page small on a phone).</summary>
    [HttpGet("xz/{slug}/bzml/ly/{area}")]
    [EnableRateLimiting(DependencyInjection.HeavyPageLimit)]
    public async Task<IActionResult> CatalogueArea(string slug, string area, int? v, int page = 1, CancellationToken cancellationToken = default)
    {
        await TagCatalogueAsync(slug, cancellationToken);
        var catalogue = await sender.Send(
            new GetPublishedCatalogueQuery(slug.ToLowerInvariant(), v, null, CatalogueRowSelection.Area, area.ToLowerInvariant()), cancellationToken);
        var areas = CatalogueAreaLink.For(catalogue);
        var link = areas.FirstOrDefault(a => a.Key == area.ToLowerInvariant() && a.Included);
        if (catalogue.Current is null || link is null)
        {
            throw new NotFoundException();
        }

        var model = new TownshipCatalogueAreaViewModel(catalogue, link, areas, Math.Max(1, page));
        if (model.Page > model.PageCount)
        {
            throw new NotFoundException();
        }

        return View(model);
    }

    /// <summary>One row of the current catalogue (a search hit for a 目录事项 links here); same address in every version.</summary>
    [HttpGet("xz/{slug}/bzml/sx/{id:int}")]
    public async Task<IActionResult> CatalogueItem(string slug, int id, CancellationToken cancellationToken)
    {
        await TagCatalogueAsync(slug, cancellationToken);
        return View(await sender.Send(new GetPublishedCatalogueItemQuery(slug.ToLowerInvariant(), id), cancellationToken));
    }

    /// <summary>The published catalogue as xlsx in the standard table layout.</summary>
    [HttpGet("xz/{slug}/bzml.xlsx")]
    [EnableRateLimiting(DependencyInjection.HeavyPageLimit)]
    public async Task<IActionResult> CatalogueWorkbook(string slug, int? v, CancellationToken cancellationToken)
    {
        await TagCatalogueAsync(slug, cancellationToken);
        var (name, content) = await sender.Send(new ExportPublishedCatalogueQuery(slug.ToLowerInvariant(), v), cancellationToken);
        return File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    /// <summary>What changed between two published versions.</summary>
    [HttpGet("xz/{slug}/bzml/bj")]
    [EnableRateLimiting(DependencyInjection.HeavyPageLimit)]
    public async Task<IActionResult> CatalogueDiff(string slug, int from, int to, CancellationToken cancellationToken)
    {
        await TagCatalogueAsync(slug, cancellationToken);
        var comparison = await sender.Send(new CompareCatalogueVersionsQuery(slug.ToLowerInvariant(), from, to), cancellationToken);
        return View(new CatalogueComparisonViewModel(comparison, []));
    }

    // A township's catalogue pages show its catalogue and the documents filed under its rows.
    private async Task TagCatalogueAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(PublicPageCache.CatalogueTag(organisation.Id), PublicPageCache.OrganisationTag(organisation.Id));
    }
}
