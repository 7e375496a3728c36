using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Web.Features.Requests.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Requests.Controllers;

/// <summary>
/// 依申请公开 for citizens: the online application (条例第二十九条) and the status page reachable only with the
/// application number and the secret query code. Neither page keeps anything in the URL.
/// </summary>
[Route("xxgk/ysqgk")]
public sealed class RequestsController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet("apply")]
    public async Task<IActionResult> Apply(CancellationToken cancellationToken)
    {
        NoStore();
        return await ApplyPageAsync(new ApplyForm { SubmissionKey = Guid.NewGuid().ToString("N") }, cancellationToken);
    }

    /// <summary>
    /// Renders the receipt directly (no redirect): the query code is shown this once and must never travel in a URL.
    /// A second POST of the same form shows the same application number.
    /// </summary>
    [HttpPost("apply")]
    [EnableRateLimiting(DependencyInjection.RequestFormRateLimit)]
    public Task<IActionResult> Apply(ApplyForm application, CancellationToken cancellationToken)
    {
        NoStore();
        return this.SendFormAsync(
            sender,
            application.ToCommand(),
            onSuccess: receipt => View("Receipt", receipt),
            redisplay: _ => ApplyPageAsync(application, cancellationToken),
            cancellationToken);
    }

    [HttpGet("query")]
    public IActionResult Query()
    {
        NoStore();
        return View(new StatusViewModel(new StatusQueryForm(), null, null));
    }

    [HttpPost("query")]
    [EnableRateLimiting(DependencyInjection.RequestFormRateLimit)]
    public async Task<IActionResult> Query(StatusQueryForm form, CancellationToken cancellationToken)
    {
        NoStore();
        var shown = form with { QueryCode = null }; // the query code is never echoed back
        try
        {
            return await this.SendFormAsync(
                sender,
                new GetRequestStatusQuery(form.Number, form.QueryCode),
                status => View(new StatusViewModel(shown, status, null)),
                _ => View(new StatusViewModel(shown, null, null)),
                cancellationToken);
        }
        catch (NotFoundException ex)
        {
            // No such number with this code: said on the form itself (404), never which of the two was wrong.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(new StatusViewModel(shown, null, ex.Message));
        }
    }

    /// <summary>The application form (first render and re-render with errors): the organisations in existence today.</summary>
    private async Task<IActionResult> ApplyPageAsync(ApplyForm form, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var organisations = await sender.Send(new ListOrganisationsQuery(), cancellationToken);
        return View(nameof(Apply), new ApplyViewModel(
            form, [.. organisations.Where(o => (o.ValidFrom is null || o.ValidFrom <= today) && (o.ValidTo is null || today <= o.ValidTo))]));
    }

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
