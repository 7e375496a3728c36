using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Application.Requests;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Web.Features.Requests.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Requests.Controllers;

/// <summary>
/// 依申请公开 for citizens: the online application (条例第二十九条), the blank paper 申请表 for those who apply by
/// letter, and the status page reachable only with the application number and the secret query code, which shows the
/// answered reply (告知书, and the information itself when asked for online or by e-mail). Neither the number nor the
/// code ever travels in a URL in clear; the reply's links carry a short-lived encrypted token.
/// </summary>
[Route("xxgk/ysqgk")]
public sealed class RequestsController(
    ISender sender, TimeProvider time, ReceiptEmails receiptEmails, ApplicantReplyTokens tokens, INoticeDocuments documents, IAttachmentStore store)
    : Controller
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [HttpGet("apply")]
    public async Task<IActionResult> Apply(CancellationToken cancellationToken)
    {
        NoStore();
        return await ApplyPageAsync(new ApplyForm { SubmissionKey = Guid.NewGuid().ToString("N") }, cancellationToken);
    }

    /// <summary>
    /// Renders the receipt directly (no redirect): the query code is shown this once and must never travel in a URL.
    /// A second POST of the same form shows the same application number. Once committed, the receipt and code are
    /// e-mailed when an address was given.
    /// </summary>
    [HttpPost("apply")]
    [EnableRateLimiting(DependencyInjection.RequestFormRateLimit)]
    public async Task<IActionResult> Apply(ApplyForm application, CancellationToken cancellationToken)
    {
        NoStore();
        SubmitRequestResult? receipt = null;
        var result = await this.SendFormAsync(
            sender,
            application.ToCommand(),
            onSuccess: r =>
            {
                receipt = r;
                return View("Receipt", r);
            },
            redisplay: _ => ApplyPageAsync(application, cancellationToken),
            cancellationToken);
        if (receipt is not null && result is ViewResult view)
        {
            view.ViewData.Model = await receiptEmails.SendAsync(receipt, QueryPageUrl(), cancellationToken);
        }

        return result;
    }

    /// <summary>The blank paper 申请表 as .docx, for applying by letter or in person.</summary>
    [HttpGet("form.docx")]
    public IActionResult BlankFormDocx() =>
        File(documents.WriteBlankApplicationForm(), DocxType, "政府信息公开申请表.docx");

    /// <summary>The blank paper 申请表 as a print-friendly page (no script; the site's chrome is not printed).</summary>
    [HttpGet("form")]
    public IActionResult BlankForm() => View();

    [HttpGet("query")]
    public IActionResult Query()
    {
        NoStore();
        return View(new StatusViewModel(new StatusQueryForm(), null, null));
    }

    [HttpPost("query")]
    [EnableRateLimiting(DependencyInjection.RequestQueryRateLimit)]
    public async Task<IActionResult> Query(StatusQueryForm form, CancellationToken cancellationToken)
    {
        NoStore();
        var shown = form with { QueryCode = null }; // the query code is never echoed back
        try
        {
            return await this.SendFormAsync(
                sender,
                new GetRequestStatusQuery(form.Number, form.QueryCode),
                status => View(new StatusViewModel(shown, status, null, status.Reply is null ? null : tokens.Issue(status.Number, form.QueryCode!))),
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

    /// <summary>The 答复告知书 as a print page, for the holder of the status page's token.</summary>
    [HttpGet("reply")]
    [EnableRateLimiting(DependencyInjection.RequestQueryRateLimit)]
    public async Task<IActionResult> Reply(string? t, CancellationToken cancellationToken)
    {
        NoStore();
        if (tokens.Read(t) is not { } holder)
        {
            return Expired();
        }

        var notice = await sender.Send(new GetApplicantReplyNoticeQuery(holder.Number, holder.QueryCode), cancellationToken);
        ViewData["DocxUrl"] = Url.Action(nameof(ReplyDocx), new { t });
        return View(notice);
    }

    [HttpGet("reply.docx")]
    [EnableRateLimiting(DependencyInjection.RequestQueryRateLimit)]
    public async Task<IActionResult> ReplyDocx(string? t, CancellationToken cancellationToken)
    {
        NoStore();
        if (tokens.Read(t) is not { } holder)
        {
            return Expired();
        }

        var notice = await sender.Send(new GetApplicantReplyNoticeQuery(holder.Number, holder.QueryCode), cancellationToken);
        return File(documents.WriteDocx(notice), DocxType, notice.FileName);
    }

    /// <summary>A file of the disclosed information (网上获取 / 电子邮件), for the holder of the status page's token.</summary>
    [HttpGet("reply/files/{fileId:int}")]
    [EnableRateLimiting(DependencyInjection.RequestQueryRateLimit)]
    public async Task<IActionResult> ReplyFile(int fileId, string? t, CancellationToken cancellationToken)
    {
        NoStore();
        if (tokens.Read(t) is not { } holder)
        {
            return Expired();
        }

        return AttachmentFiles.Serve(this, store, await sender.Send(new GetPublicReplyFileQuery(holder.Number, holder.QueryCode, fileId), cancellationToken));
    }

    /// <summary>A reply link that is damaged or older than its lifetime: back to the query, said in Chinese (410).</summary>
    private ViewResult Expired()
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View(nameof(Query), new StatusViewModel(new StatusQueryForm(), null,
            $"答复链接已失效（有效期 {(int)ApplicantReplyTokens.Lifetime.TotalMinutes} 分钟）。请重新输入申请编号和查询码查询。"));
    }

    /// <summary>The application form (first render and re-render with errors): the organisations in existence today.</summary>
    private async Task<IActionResult> ApplyPageAsync(ApplyForm form, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var organisations = await sender.Send(new ListOrganisationsQuery(), cancellationToken);
        return View(nameof(Apply), new ApplyViewModel(
            form, [.. organisations.Where(o => (o.ValidFrom is null || o.ValidFrom <= today) && (o.ValidTo is null || today <= o.ValidTo))]));
    }

    private string QueryPageUrl() => $"{Request.Scheme}://{Request.Host}{PortalUrls.RequestQuery}";

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
