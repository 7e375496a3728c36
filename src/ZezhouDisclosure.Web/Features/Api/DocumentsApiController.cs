using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Caching;

namespace ZezhouDisclosure.Web.Features.Api;

/// <summary>Published documents: a filtered, paged list and each document with its metadata, body and 解读 links.</summary>
[Route("api/v1/documents")]
public sealed class DocumentsApiController(ISender sender) : ApiControllerBase
{
    /// <summary>Published documents, newest first.</summary>
    /// <param name="organisation">An organisation's slug (e.g. <c>gaodu</c>).</param>
    /// <param name="column">A column path (e.g. <c>xxgk/zcwj</c>); its sub-columns are included.</param>
    /// <param name="year">Beijing calendar year of publication.</param>
    /// <param name="updatedSince">Only documents published or changed at or after this instant (ISO 8601).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("")]
    [ProducesResponseType<ApiPage<ApiDocumentSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ApiProblems.ContentType)]
    public async Task<IActionResult> List(
        string? organisation, string? column, int? year, DateTimeOffset? updatedSince, int page = 1, int pageSize = 20,
        CancellationToken cancellationToken = default)
    {
        HttpContext.Tag(PublicPageCache.ListsTag);
        int? organisationId = organisation is null
            ? null
            : (await sender.Send(new GetOrganisationQuery(organisation.ToLowerInvariant()), cancellationToken)).Id;
        var result = await sender.Send(new QueryPublishedDocumentsQuery(
            organisationId, column?.Trim('/').ToLowerInvariant(), year, updatedSince?.UtcDateTime, page, pageSize), cancellationToken);
        var items = result.Items.Select(d => new ApiDocumentSummary(
            d.Id, d.Title, d.IndexNumber, d.DocumentNumber, d.WrittenOn, d.PublishedAt, d.UpdatedAt,
            new ApiOrganisationRef(d.OrganisationSlug, d.OrganisationName), new ApiColumnRef(d.ColumnPath, d.ColumnName), d.Summary,
            BaseUrl + PortalUrls.Document(d.Id))).ToList();
        return Tagged(new ApiPage<ApiDocumentSummary>(items, result.Page, result.PageSize, result.TotalCount, PageLinks(result.Page, result.PageSize, result.TotalCount)));
    }

    /// <summary>One published document. Withdrawn, unpublished and deleted documents are 404.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiDocument>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(PublicPageCache.DocumentTag(id));
        var d = await sender.Send(new GetPublishedDocumentQuery(id), cancellationToken);
        if (d.IsWithdrawn)
        {
            throw new NotFoundException();
        }

        HttpContext.Tag([.. d.Interpretations.Concat(d.Policies).Select(linked => PublicPageCache.DocumentTag(linked.Id))]);
        ApiLinkedDocument Link(LinkedDocument linked) =>
            new(linked.Id, linked.Title, linked.Form?.ToString(), BaseUrl + PortalUrls.Document(linked.Id), $"{BaseUrl}/api/v1/documents/{linked.Id}");
        return Tagged(new ApiDocument(
            d.Id, d.Title, d.IndexNumber, d.DocumentNumber, d.WrittenOn, d.PublishedAt, d.UpdatedAt,
            new ApiOrganisationRef(d.OrganisationSlug, d.OrganisationName), new ApiColumnRef(d.ColumnPath, d.ColumnName),
            d.TopicCategory, d.Summary, d.Keywords, d.Genre, d.Validity.ToString(), d.IsNormative, d.EffectiveOn, d.ExpiresOn,
            d.Attribute?.ToString(), d.BodyHtml, [.. d.Interpretations.Select(Link)], [.. d.Policies.Select(Link)], BaseUrl + PortalUrls.Document(d.Id)));
    }
}
