using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Participation;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Features.Participation.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Participation.Controllers;

/// <summary>
/// 公众参与 for citizens: the county's and each unit's 征求意见, a consultation's page (draft, published comments, the
/// 反馈 / 采纳情况, the decision) and the comment form (no account; honeypot, rate limit, antiforgery).
/// </summary>
[Route("gzcy")]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ParticipationController(ISender sender, IAttachmentStore store) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag);
        var consultations = await sender.Send(new ListPublicConsultationsQuery(), cancellationToken);
        var organisations = await sender.Send(new ListOrganisationsQuery(), cancellationToken);
        var units = consultations.GroupBy(c => c.OrganisationId)
            .Select(g => organisations.FirstOrDefault(o => o.Id == g.Key) is { } o ? (o.Name, o.Slug, g.Count()) : default)
            .Where(u => u.Name is not null)
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
        return View("List", new PublicListViewModel("公众参与", null, consultations, units));
    }

    [HttpGet("jg/{slug}")]
    public async Task<IActionResult> Unit(string slug, CancellationToken cancellationToken)
    {
        var organisation = await sender.Send(new GetOrganisationQuery(slug.ToLowerInvariant()), cancellationToken);
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag, PublicPageCache.OrganisationTag(organisation.Id));
        var consultations = await sender.Send(new ListPublicConsultationsQuery(organisation.Id), cancellationToken);
        var catalogues = await sender.Send(new ListPublicParticipationCataloguesQuery(organisation.Id), cancellationToken);
        var attendance = await sender.Send(new ListPublicParticipationRecordsQuery(true, organisation.Id), cancellationToken);
        var interviews = await sender.Send(new ListPublicParticipationRecordsQuery(false, organisation.Id), cancellationToken);
        return View(new UnitParticipationViewModel(organisation.Name, organisation.Slug, catalogues, consultations, attendance, interviews));
    }

    /// <summary>One published 参与事项目录 with the unit's rules of participation.</summary>
    [HttpGet("ml/{id:int}")]
    public async Task<IActionResult> Catalogue(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag);
        return View(await sender.Send(new GetPublicParticipationCatalogueQuery(id), cancellationToken));
    }

    /// <summary>The county's 列席 column: meetings with public attendance.</summary>
    [HttpGet("lx")]
    public async Task<IActionResult> Attendance(CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag);
        return View("Records", new ParticipationRecordsViewModel("列席", true,
            await sender.Send(new ListPublicParticipationRecordsQuery(true), cancellationToken)));
    }

    /// <summary>The county's 访谈 column: 在线访谈, 问政 and 政策大讲堂.</summary>
    [HttpGet("ft")]
    public async Task<IActionResult> Interviews(CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag);
        return View("Records", new ParticipationRecordsViewModel("在线访谈", false,
            await sender.Send(new ListPublicParticipationRecordsQuery(false), cancellationToken)));
    }

    [HttpGet("jl/{id:int}")]
    public async Task<IActionResult> Record(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ListsTag);
        return View(await sender.Send(new GetPublicParticipationRecordQuery(id), cancellationToken));
    }

    [HttpGet("zqyj/{id:int}")]
    public async Task<IActionResult> Consultation(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ConsultationTag(id));
        return View(await sender.Send(new GetPublicConsultationQuery(id), cancellationToken));
    }

    /// <summary>A file of a published consultation's draft (fj = 附件); a draft's files are 404.</summary>
    [HttpGet("zqyj/{id:int}/fj/{attachmentId:int}")]
    [OutputCache(NoStore = true)] // files are streamed from the store; caching them would fill the page cache
    public async Task<IActionResult> Attachment(int id, int attachmentId, CancellationToken cancellationToken) =>
        AttachmentFiles.Serve(this, store, await sender.Send(new GetConsultationAttachmentQuery(id, attachmentId, PublishedOnly: true), cancellationToken));

    [HttpGet("zqyj/{id:int}/yj")]
    [OutputCache(NoStore = true)] // carries an antiforgery token
    public async Task<IActionResult> Comment(int id, CancellationToken cancellationToken)
    {
        NoStore();
        return await CommentPageAsync(id, new CommentForm(), cancellationToken);
    }

    /// <summary>
    /// Sends a comment; it waits for moderation, and the page says so (no redirect, nothing to bookmark). A robot that
    /// filled the honeypot gets the same page and nothing is stored.
    /// </summary>
    [HttpPost("zqyj/{id:int}/yj")]
    [EnableRateLimiting(DependencyInjection.RequestFormRateLimit)]
    public async Task<IActionResult> Comment(int id, CommentForm form, CancellationToken cancellationToken)
    {
        NoStore();
        if (Honeypot.IsTripped(Request))
        {
            return View("CommentSent", await sender.Send(new GetPublicConsultationQuery(id), cancellationToken));
        }

        return await this.SendFormAsync(
            sender,
            new SubmitCommentCommand(id, form.Text, form.AuthorName, form.Contact),
            onSuccess: _ => RedirectToAction(nameof(CommentSent), new { id }),
            redisplay: _ => CommentPageAsync(id, form, cancellationToken),
            cancellationToken);
    }

    [HttpGet("zqyj/{id:int}/yj/ok")]
    [OutputCache(NoStore = true)]
    public async Task<IActionResult> CommentSent(int id, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetPublicConsultationQuery(id), cancellationToken));

    private async Task<IActionResult> CommentPageAsync(int id, CommentForm form, CancellationToken cancellationToken) =>
        View(nameof(Comment), new CommentPageViewModel(await sender.Send(new GetPublicConsultationQuery(id), cancellationToken), form));

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
