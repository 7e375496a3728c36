using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.RequestNotices;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Requests.Controllers;

/// <summary>
/// The 告知书 of a 依申请公开 case: a printable page (print stylesheet, no script) and the same notice as .docx.
/// Every generation is audited by the use case; a notice the case does not support yet answers 409.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Requests.View)]
[Route("admin/disclosurerequests/{id:int}/notices")]
public sealed class RequestNoticesController(ISender sender, INoticeDocuments documents) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken)
    {
        ViewData["RequestId"] = id;
        return View(await sender.Send(new ListRequestNoticesQuery(id), cancellationToken));
    }

    [HttpGet("{kind}")]
    public async Task<IActionResult> Show(int id, string kind, int? consultation, FeeMethod? method, int? quantity, CancellationToken cancellationToken)
    {
        if (NoticeText.FromSlug(kind) is not { } noticeKind)
        {
            return NotFound();
        }

        var notice = await sender.Send(new GenerateRequestNoticeCommand(id, noticeKind, consultation, method, quantity), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        ViewData["RequestId"] = id;
        ViewData["DocxUrl"] = Url.Action(nameof(Docx), new { id, kind, consultation, method, quantity });
        return View(notice);
    }

    [HttpGet("{kind}.docx")]
    public async Task<IActionResult> Docx(int id, string kind, int? consultation, FeeMethod? method, int? quantity, CancellationToken cancellationToken)
    {
        if (NoticeText.FromSlug(kind) is not { } noticeKind)
        {
            return NotFound();
        }

        var notice = await sender.Send(new GenerateRequestNoticeCommand(id, noticeKind, consultation, method, quantity, "Word"), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(documents.WriteDocx(notice), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", notice.FileName);
    }
}
