using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Features.Documents.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Documents.Controllers;

/// <summary>The county office's review queue: approve (takes a 索引号, publishes 主动公开) or return with a comment.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Reviewer)]
public sealed class ReviewController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        ViewData["PostReview"] = await sender.Send(new ListStaffDocumentsQuery(null, 1, null, AwaitingPostReviewOnly: true), cancellationToken);
        return View(await sender.Send(new ListStaffDocumentsQuery(DocumentStatus.Submitted, page), cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Approve(int id, int version, DateTime? publishAt, CancellationToken cancellationToken)
    {
        try
        {
            var indexNumber = await sender.Send(new ApproveDocumentCommand(id, version, publishAt), cancellationToken);
            this.Flash(publishAt is null ? $"审核通过，索引号 {indexNumber}。" : $"审核通过，索引号 {indexNumber}，将于 {publishAt:yyyy-MM-dd HH:mm} 发布。");
            return RedirectToAction("Details", "Documents", new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
            return View("~/Features/Documents/Views/Documents/Details.cshtml", new DocumentDetailsViewModel(document, false, true));
        }
    }

    [HttpPost]
    public async Task<IActionResult> AcknowledgeFiling(int id, int version, CancellationToken cancellationToken)
    {
        await sender.Send(new AcknowledgeFilingCommand(id, version), cancellationToken);
        this.Flash("公开属性已备案，可以审核。");
        return RedirectToAction("Details", "Documents", new { id });
    }

    [HttpPost]
    public async Task<IActionResult> ConfirmPostReview(int id, int version, CancellationToken cancellationToken)
    {
        await sender.Send(new ConfirmPostReviewCommand(id, version), cancellationToken);
        this.Flash("补审完成。");
        return RedirectToAction("Details", "Documents", new { id });
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
    public async Task<IActionResult> Withdraw(int id, int version, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new WithdrawDocumentCommand(id, version, reason), cancellationToken);
            this.Flash("已撤回，公开页面改为显示撤回说明。");
            return RedirectToAction("Details", "Documents", new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
            return View("~/Features/Documents/Views/Documents/Details.cshtml", new DocumentDetailsViewModel(document, false, false)
            {
                CanWithdraw = true,
                WithdrawReason = reason,
            });
        }
    }

    [HttpPost]
    public async Task<IActionResult> Return(int id, int version, string? comment, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ReturnDocumentCommand(id, version, comment), cancellationToken);
            this.Flash("已退回。");
            return RedirectToAction("Details", "Documents", new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
            return View("~/Features/Documents/Views/Documents/Details.cshtml", new DocumentDetailsViewModel(document, false, true, comment));
        }
    }
}
