using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Api;

/// <summary>Townships' published 标准目录: the list, each catalogue's versions and items, and coverage figures.</summary>
[Route("api/v1")]
public sealed class CataloguesApiController(ISender sender) : ApiControllerBase
{
    /// <summary>Townships with a published catalogue and their current version.</summary>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("catalogues")]
    [ProducesResponseType<IReadOnlyList<ApiCatalogueSummary>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.CataloguesTag);
        var catalogues = await sender.Send(new ListPublishedCataloguesQuery(), cancellationToken);
        return Tagged(catalogues.Select(c => new ApiCatalogueSummary(
            c.OrganisationSlug, c.OrganisationName, c.CurrentVersion, c.EffectiveFrom, c.ApprovedAt, $"{BaseUrl}/api/v1/catalogues/{c.OrganisationSlug}")).ToList());
    }

    /// <summary>A township's current published catalogue with its items and the history of versions.</summary>
    /// <param name="township">The township's slug.</param>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("catalogues/{township}")]
    [ProducesResponseType<ApiCatalogueVersion>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public Task<IActionResult> Current(string township, CancellationToken cancellationToken) => VersionAsync(township, null, cancellationToken);

    /// <summary>One published version of a township's catalogue.</summary>
    /// <param name="township">The township's slug.</param>
    /// <param name="number">The version number, from 1.</param>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("catalogues/{township}/versions/{number:int}")]
    [ProducesResponseType<ApiCatalogueVersion>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public Task<IActionResult> Version(string township, int number, CancellationToken cancellationToken) => VersionAsync(township, number, cancellationToken);

    /// <summary>Coverage and timeliness of every township's current catalogue (or one township's).</summary>
    /// <param name="township">Optional township slug.</param>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("coverage")]
    [ProducesResponseType<IReadOnlyList<ApiCoverage>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Coverage(string? township, CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.CataloguesTag, PublicPageCache.ListsTag);
        var coverage = await sender.Send(new GetCatalogueCoverageQuery(township?.ToLowerInvariant(), Public: true), cancellationToken);
        return Tagged(coverage.Select(c => c.ToApi()).ToList());
    }

    private async Task<IActionResult> VersionAsync(string township, int? number, CancellationToken cancellationToken)
    {
        township = township.ToLowerInvariant();
        var organisation = await sender.Send(new GetOrganisationQuery(township), cancellationToken);
        HttpContext.Tag(PublicPageCache.CatalogueTag(organisation.Id), PublicPageCache.OrganisationTag(organisation.Id));
        var catalogue = await sender.Send(new GetPublishedCatalogueQuery(township, number, null), cancellationToken);
        if (catalogue.Current is not { } current)
        {
            throw new Application.Common.Errors.NotFoundException();
        }

        var items = catalogue.Rows.Select(r => new ApiCatalogueItem(
            r.Number, r.AreaName, r.Content.Level1, r.Content.Level2, r.Content.Level3, r.Content.Content, r.Content.Basis,
            r.Content.TimeLimit, r.Content.Subject, r.Content.Channels.ToString(), r.Content.Audience.ToString(), r.Content.Mode.ToString(),
            r.Content.Levels.ToString(), r.NotInvolved, r.NotInvolvedExplanation,
            [.. (r.Documents ?? []).Select(d => new ApiLinkedDocument(d.Id, d.Title, null, BaseUrl + PortalUrls.Document(d.Id), $"{BaseUrl}/api/v1/documents/{d.Id}"))])).ToList();
        return Tagged(new ApiCatalogueVersion(
            catalogue.OrganisationSlug, catalogue.OrganisationName, current.Number, catalogue.IsLatest, current.EffectiveFrom, current.ApprovedAt,
            [.. catalogue.History.Select(v => new ApiCatalogueVersionRef(v.Number, v.EffectiveFrom, v.ApprovedAt, v.ItemCount, $"{BaseUrl}/api/v1/catalogues/{township}/versions/{v.Number}"))],
            [.. catalogue.Areas.Select(a => new ApiCatalogueArea(a.Name, a.NotInvolved, a.Explanation))],
            items));
    }
}
