using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
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
public sealed class ParticipationController(ISender sender) : Controller
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
        return View("List", new PublicListViewModel(organisation.Name + " · 公众参与", organisation.Name, consultations, []));
    }

    [HttpGet("zqyj/{id:int}")]
    public async Task<IActionResult> Consultation(int id, CancellationToken cancellationToken)
    {
        HttpContext.Tag(ParticipationCacheTagRule.ConsultationTag(id));
        return View(await sender.Send(new GetPublicConsultationQuery(id), cancellationToken));
    }

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
