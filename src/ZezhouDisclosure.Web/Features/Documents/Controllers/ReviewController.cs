using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Documents.Controllers;

/// <summary>The county office's review queue: approve (takes a 索引号, publishes 主动公开) or return with a comment.</summary>
[Area("Admin")]
[RequirePermission(Permissions.Documents.Review)]
public sealed class ReviewController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        ViewData["PostReview"] = await sender.Send(new ListStaffDocumentsQuery(null, 1, null, AwaitingPostReviewOnly: true), cancellationToken);
        return View(await sender.Send(new ListStaffDocumentsQuery(DocumentStatus.Submitted, page), cancellationToken));
    }

    [HttpPost]
    public Task<IActionResult> Approve(int id, int version, DateTime? publishAt, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new ApproveDocumentCommand(id, version, publishAt),
            onSuccess: indexNumber => Done(id, publishAt is null ? $"审核通过，索引号 {indexNumber}。" : $"审核通过，索引号 {indexNumber}，将于 {publishAt:yyyy-MM-dd HH:mm} 发布。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken),
            cancellationToken);

    [HttpPost]
    public async Task<IActionResult> AcknowledgeFiling(int id, int version, CancellationToken cancellationToken)
    {
        await sender.Send(new AcknowledgeFilingCommand(id, version), cancellationToken);
        return Done(id, "公开属性已备案，可以审核。");
    }

    [HttpPost]
    public async Task<IActionResult> ConfirmPostReview(int id, int version, CancellationToken cancellationToken)
    {
        await sender.Send(new ConfirmPostReviewCommand(id, version), cancellationToken);
        return Done(id, "补审完成。");
    }

    [HttpGet]
    public async Task<IActionResult> Interpretations(int? year, CancellationToken cancellationToken)
    {
        var selected = year ?? ZezhouDisclosure.Domain.Common.ChinaTime.Today(time).Year;
        return View(await sender.Send(new GetInterpretationRatiosQuery(Math.Clamp(selected, 2000, 2100)), cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Attributes(int? year, CancellationToken cancellationToken)
    {
        var selected = year ?? ZezhouDisclosure.Domain.Common.ChinaTime.Today(time).Year;
        return View(await sender.Send(new GetAttributeReportQuery(Math.Clamp(selected, 2000, 2100)), cancellationToken));
    }

    [HttpPost]
    public Task<IActionResult> Withdraw(int id, int version, string? reason, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new WithdrawDocumentCommand(id, version, reason),
            onSuccess: _ => Done(id, "已撤回，公开页面改为显示撤回说明。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken, page => page with { WithdrawReason = reason }),
            cancellationToken);

    [HttpPost]
    public Task<IActionResult> Return(int id, int version, string? comment, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new ReturnDocumentCommand(id, version, comment),
            onSuccess: _ => Done(id, "已退回。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken, page => page with { ReturnComment = comment }),
            cancellationToken);

    private RedirectToActionResult Done(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(DocumentsController.Details), "Documents", new { id });
    }
}
