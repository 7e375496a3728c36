using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Web.Features.Interactions.Models;
using ZezhouDisclosure.Web.Caching;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Interactions.Controllers;

/// <summary>
/// 互动交流 for citizens: the 留言/咨询 form (to a unit or 不确定), the 我为政府网站找错 form (the page prefilled from
/// the footer link's <c>url</c>), the status page reachable with the 留言编号 and secret 查询码, and the public 答复
/// list with the month's figures. The forms need no script; antiforgery, a honeypot and the per-client form limit
/// (shared with the 依申请公开 form) keep robots out. The query code is shown once, never in a URL.
/// </summary>
[Route("hdjl")]
public sealed class InteractionsController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? unit, int page = 1, CancellationToken cancellationToken = default)
    {
        var text = q?.Trim();
        var answers = await sender.Send(new ListPublishedAnswersQuery(text, unit, page), cancellationToken);
        var today = ChinaTime.Today(time);
        var lastMonth = today.AddMonths(-1);
        return View(new InteractionsHomeViewModel(
            answers, text, unit, await CurrentOrganisationsAsync(cancellationToken),
            await sender.Send(new GetMessageFiguresQuery(today.Year, today.Month), cancellationToken),
            await sender.Send(new GetMessageFiguresQuery(lastMonth.Year, lastMonth.Month), cancellationToken)));
    }

    /// <summary>One published answer (linked from the search and the list); cached like other public pages, evicted by its tag.</summary>
    [HttpGet("dafu/{number}")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Answer(string number, CancellationToken cancellationToken)
    {
        var answer = await sender.Send(new GetPublishedAnswerQuery(number), cancellationToken);
        HttpContext.Tag(InteractionsCacheTagRule.AnswerTag(answer.Id), InteractionsCacheTagRule.ListsTag);
        return View(answer);
    }

    /// <summary>我要留言; <paramref name="unit"/> preselects the unit (from a unit's page).</summary>
    [HttpGet("ly")]
    public Task<IActionResult> Ask(int? unit, CancellationToken cancellationToken) =>
        FormPageAsync(MessageKind.Enquiry, new MessageForm { SubmissionKey = NewKey(), OrganisationId = unit }, cancellationToken);

    [HttpPost("ly")]
    [EnableRateLimiting(DependencyInjection.RequestFormRateLimit)]
    public Task<IActionResult> Ask(MessageForm form, CancellationToken cancellationToken) => SubmitAsync(MessageKind.Enquiry, form, cancellationToken);

    /// <summary>我为政府网站找错; <paramref name="url"/> is the page the footer link was on.</summary>
    [HttpGet("zc")]
    public Task<IActionResult> Report(string? url, CancellationToken cancellationToken) =>
        FormPageAsync(MessageKind.ErrorReport, new MessageForm { SubmissionKey = NewKey(), PageUrl = LocalPage(url) }, cancellationToken);

    [HttpPost("zc")]
    [EnableRateLimiting(DependencyInjection.RequestFormRateLimit)]
    public Task<IActionResult> Report(MessageForm form, CancellationToken cancellationToken) => SubmitAsync(MessageKind.ErrorReport, form, cancellationToken);

    [HttpGet("query")]
    public IActionResult Query()
    {
        NoStore();
        return View(new MessageQueryViewModel(new MessageQueryForm(), null, null));
    }

    [HttpPost("query")]
    [EnableRateLimiting(DependencyInjection.RequestQueryRateLimit)]
    public async Task<IActionResult> Query(MessageQueryForm form, CancellationToken cancellationToken)
    {
        NoStore();
        var shown = form with { QueryCode = null }; // the query code is never echoed back
        try
        {
            return await this.SendFormAsync(
                sender,
                new GetMessageStatusQuery(form.Number, form.QueryCode),
                status => View(new MessageQueryViewModel(shown, status, null)),
                _ => View(new MessageQueryViewModel(shown, null, null)),
                cancellationToken);
        }
        catch (NotFoundException ex)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(new MessageQueryViewModel(shown, null, ex.Message));
        }
    }

    /// <summary>Renders the receipt directly (no redirect): the query code is shown this once.</summary>
    private async Task<IActionResult> SubmitAsync(MessageKind kind, MessageForm form, CancellationToken cancellationToken)
    {
        NoStore();
        if (Honeypot.IsTripped(Request))
        {
            ModelState.AddModelError(string.Empty, Honeypot.Refusal);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await FormPageAsync(kind, form, cancellationToken);
        }

        return await this.SendFormAsync(
            sender,
            form.ToCommand(kind),
            onSuccess: receipt => View("Receipt", receipt),
            redisplay: _ => FormPageAsync(kind, form, cancellationToken),
            cancellationToken);
    }

    private async Task<IActionResult> FormPageAsync(MessageKind kind, MessageForm form, CancellationToken cancellationToken)
    {
        NoStore();
        var model = new MessageFormViewModel(form, kind == MessageKind.Enquiry ? await CurrentOrganisationsAsync(cancellationToken) : []);
        return View(kind == MessageKind.Enquiry ? nameof(Ask) : nameof(Report), model);
    }

    private async Task<IReadOnlyList<OrganisationSummary>> CurrentOrganisationsAsync(CancellationToken cancellationToken) =>
        [.. (await sender.Send(new ListOrganisationsQuery(), cancellationToken)).Where(o => o.IsCurrent)];

    /// <summary>Only a path of this site (as the footer link sends it) is prefilled; anything else is dropped.</summary>
    internal static string? LocalPage(string? url) =>
        !string.IsNullOrWhiteSpace(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && url.Length <= SubmitMessageValidator.MaxPageUrl
            ? url
            : null;

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
