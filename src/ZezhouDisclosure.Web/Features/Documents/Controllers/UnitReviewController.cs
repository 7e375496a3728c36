using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Documents.Controllers;

/// <summary>
/// 单位审核: the unit head's (单位负责人) queue of the own organisation's submissions; approve (on to the county office)
/// or return to the clerk with a reason. The organisation is checked again in the handlers and the data layer.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Documents.ApproveInUnit)]
public sealed class UnitReviewController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await sender.Send(new ListStaffDocumentsQuery(DocumentStatus.AwaitingUnitApproval, page), cancellationToken));

    [HttpPost]
    public Task<IActionResult> Approve(int id, int version, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new ApproveDocumentInUnitCommand(id, version),
            onSuccess: _ => Done(id, "单位审核通过，已报县政务公开办审核。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken),
            cancellationToken);

    [HttpPost]
    public Task<IActionResult> Return(int id, int version, string? comment, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new ReturnDocumentInUnitCommand(id, version, comment),
            onSuccess: _ => Done(id, "已退回信息员修改。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken, page => page with { UnitReturnComment = comment }),
            cancellationToken);

    private RedirectToActionResult Done(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(DocumentsController.Details), "Documents", new { id });
    }
}
