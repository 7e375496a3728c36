using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Areas.Admin.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Areas.Admin.Controllers;

/// <summary>
/// Drafting and following documents. Clerks write for their own organisation only (checked again in the handlers and
/// in the data layer); the county office reads everything.
/// </summary>
[Area("Admin")]
[Authorize]
public sealed class DocumentsController(ISender sender) : Controller
{
    public const string SubmitIntent = "submit";

    [HttpGet]
    public async Task<IActionResult> Index(DocumentStatus? status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        ViewData["Status"] = status;
        ViewData["Keyword"] = q;
        return View(await sender.Send(new ListStaffDocumentsQuery(status, page, q), cancellationToken));
    }

    [HttpGet]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", new EditDocumentViewModel(null, new DocumentForm(), await sender.Send(new GetDocumentFormOptionsQuery(), cancellationToken), null));

    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> Create(DocumentForm form, string? intent, CancellationToken cancellationToken)
    {
        var submit = intent == SubmitIntent;
        try
        {
            var id = await sender.Send(form.ToCreate(submit), cancellationToken);
            TempData["Flash"] = submit ? "已保存并提交审核。" : "草稿已保存。";
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", new EditDocumentViewModel(null, form, await sender.Send(new GetDocumentFormOptionsQuery(), cancellationToken), null));
        }
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
        return View(ToDetails(document));
    }

    [HttpGet]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
        if (!document.IsEditable)
        {
            throw new ConflictException("该信息已提交审核或已发布，不能修改。");
        }

        return View(new EditDocumentViewModel(id, DocumentForm.From(document), await sender.Send(new GetDocumentFormOptionsQuery(), cancellationToken), document));
    }

    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> Edit(int id, DocumentForm form, string? intent, CancellationToken cancellationToken)
    {
        var submit = intent == SubmitIntent;
        try
        {
            await sender.Send(form.ToUpdate(id, submit), cancellationToken);
            TempData["Flash"] = submit ? "已保存并提交审核。" : "修改已保存。";
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await EditAgainAsync(id, form, null, cancellationToken);
        }
        catch (ConflictException ex)
        {
            // Somebody saved first: keep what this user typed, show the current version beside it.
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await EditAgainAsync(id, form, ex.Message, cancellationToken);
        }
    }

    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> Submit(int id, int version, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new SubmitDocumentCommand(id, version), cancellationToken);
            TempData["Flash"] = "已提交审核。";
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
            return View(nameof(Details), ToDetails(document));
        }
    }

    private async Task<IActionResult> EditAgainAsync(int id, DocumentForm form, string? conflict, CancellationToken cancellationToken)
    {
        var current = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
        if (conflict is not null)
        {
            form.Version = current.Version;
        }

        return View("Edit", new EditDocumentViewModel(id, form, await sender.Send(new GetDocumentFormOptionsQuery(), cancellationToken), current, conflict));
    }

    private DocumentDetailsViewModel ToDetails(StaffDocument document) => new(
        document,
        CanEdit: document.IsEditable && User.IsInRole(Roles.Clerk),
        CanReview: document.Status == DocumentStatus.Submitted && User.IsInRole(Roles.Reviewer));
}
