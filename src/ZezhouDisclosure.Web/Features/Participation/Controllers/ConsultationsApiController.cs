using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Participation;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Features.Api;

namespace ZezhouDisclosure.Web.Features.Participation.Controllers;

/// <summary>Published 征求意见 in the read API (/api/v1/consultations): a list (open ones on request) and each one with its published feedback.</summary>
[Route("api/v1/consultations")]
public sealed class ConsultationsApiController(ISender sender) : ApiControllerBase
{
    /// <summary>Published consultations, newest first.</summary>
    /// <param name="organisation">An organisation's slug (e.g. <c>gaodu</c>).</param>
    /// <param name="open">Only those accepting comments today (Beijing).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("")]
    [ProducesResponseType<ApiPage<ApiConsultationSummary>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(string? organisation, bool open = false, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 100);
        int? organisationId = organisation is null
            ? null
            : (await sender.Send(new GetOrganisationQuery(organisation.ToLowerInvariant()), cancellationToken)).Id;
        var all = await sender.Send(new ListPublicConsultationsQuery(organisationId, open, 500), cancellationToken);
        var items = all.Skip((page - 1) * pageSize).Take(pageSize).Select(c => new ApiConsultationSummary(
            c.Id, c.Title, c.OrganisationName, c.OpensOn, c.ClosesOn, c.PublishedAt,
            c.FeedbackStatus == Domain.Participation.FeedbackStatus.Published,
            BaseUrl + ParticipationUrls.Consultation(c.Id), $"{BaseUrl}/api/v1/consultations/{c.Id}")).ToList();
        return Tagged(new ApiPage<ApiConsultationSummary>(items, page, pageSize, all.Count, PageLinks(page, pageSize, all.Count)));
    }

    /// <summary>One published consultation with its draft, published comments count and, once published, its feedback.</summary>
    /// <param name="id">The consultation id.</param>
    /// <param name="cancellationToken">Aborted request.</param>
    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiConsultation>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ApiProblems.ContentType)]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ConsultationTag(id));
        var c = await sender.Send(new GetPublicConsultationQuery(id), cancellationToken);
        return Tagged(new ApiConsultation(
            c.Id, c.Title, c.OrganisationName, c.OpensOn, c.ClosesOn, c.Phase, c.AcceptsComments, c.PublishedAt, c.DraftText, c.DraftingNotes,
            c.Comments.Count,
            c.Feedback is { } f ? new ApiConsultationFeedback(f.Received, f.Adopted, f.PartlyAdopted, f.NotAdopted, c.FeedbackText ?? "", c.FeedbackPublishedAt) : null,
            c.Decision is { } d ? BaseUrl + PortalUrls.Document(d.Id) : null,
            BaseUrl + ParticipationUrls.Consultation(c.Id)));
    }
}

public sealed record ApiConsultationSummary(
    int Id, string Title, string Organisation, DateOnly OpensOn, DateOnly ClosesOn, DateTime? PublishedAt, bool FeedbackPublished, string Url, string ApiUrl);

public sealed record ApiConsultationFeedback(int Received, int Adopted, int PartlyAdopted, int NotAdopted, string Text, DateTime? PublishedAt);

public sealed record ApiConsultation(
    int Id, string Title, string Organisation, DateOnly OpensOn, DateOnly ClosesOn, string Phase, bool AcceptsComments, DateTime? PublishedAt,
    string DraftText, string? DraftingNotes, int PublishedComments, ApiConsultationFeedback? Feedback, string? DecisionUrl, string Url);
