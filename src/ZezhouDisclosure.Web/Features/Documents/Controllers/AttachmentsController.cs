using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Attachments;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Web.Features.Documents.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Documents.Controllers;

/// <summary>
/// 附件 of a document: the clerk of its organisation uploads, orders and removes them while it is a draft or
/// returned (checked again in the handlers and the data layer); staff of the organisation and the county office download.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Documents.View)]
public sealed class AttachmentsController(ISender sender, IAttachmentStore store, AttachmentSettings settings) : Controller
{
    /// <summary>The attachments page of a document (id), with the upload form.</summary>
    [HttpGet]
    public Task<IActionResult> Index(int id, CancellationToken cancellationToken) => PageAsync(id, cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    [AttachmentUploadLimit]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null && !ModelState.IsValid)
        {
            // The form reader stopped at the size limit.
            ModelState.Clear();
            ModelState.AddModelError(AddDocumentAttachmentCommand.FileField, $"附件超过了{Domain.Documents.AttachmentKinds.DescribeSize(settings.MaxFileBytes)}的上限。请压缩或拆分后再上传。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(id, cancellationToken);
        }

        await using var content = file?.OpenReadStream();
        return await this.SendFormAsync(
            sender,
            new AddDocumentAttachmentCommand(id, file?.FileName, content),
            onSuccess: _ =>
            {
                this.Flash($"附件“{Path.GetFileName(file!.FileName)}”已上传。");
                return RedirectToAction(nameof(Index), new { id });
            },
            redisplay: _ => PageAsync(id, cancellationToken),
            cancellationToken);
    }

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> Remove(int id, bool confirmed, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new RemoveDocumentAttachmentCommand(id, confirmed),
            onSuccess: removedFrom =>
            {
                this.Flash("附件已删除。");
                return RedirectToAction(nameof(Index), new { id = removedFrom });
            },
            redisplay: _ => AttachmentPageAsync(id, cancellationToken),
            cancellationToken);

    /// <summary>显示名称: what readers see instead of the uploaded file name (blank shows the file name again).</summary>
    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> Rename(int id, string? displayName, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new RenameDocumentAttachmentCommand(id, displayName),
            onSuccess: renamedIn =>
            {
                this.Flash("附件显示名称已保存。");
                return RedirectToAction(nameof(Index), new { id = renamedIn });
            },
            redisplay: _ => AttachmentPageAsync(id, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public async Task<IActionResult> Move(int id, bool up, CancellationToken cancellationToken)
    {
        var documentId = await sender.Send(new MoveDocumentAttachmentCommand(id, up), cancellationToken);
        this.Flash("附件顺序已调整。");
        return RedirectToAction(nameof(Index), new { id = documentId });
    }

    /// <summary>Staff download of an attachment (id) at any stage of its document.</summary>
    [HttpGet]
    public async Task<IActionResult> Download(int id, CancellationToken cancellationToken) =>
        AttachmentFiles.Serve(this, store, await sender.Send(new GetStaffAttachmentQuery(id), cancellationToken));

    /// <summary>The attachments page of the document an attachment (id) belongs to, shown again after a refused change.</summary>
    private async Task<IActionResult> AttachmentPageAsync(int id, CancellationToken cancellationToken) =>
        await PageAsync((await sender.Send(new GetStaffAttachmentQuery(id), cancellationToken)).DocumentId, cancellationToken);

    /// <summary>The attachments page of a document, for its GET and for an upload shown again.</summary>
    private async Task<IActionResult> PageAsync(int id, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
        var canManage = document.Allowed.CanEdit;
        return View(nameof(Index), new AttachmentsViewModel(document, canManage, settings.MaxFileBytes));
    }
}
