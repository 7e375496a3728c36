using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Features.Documents.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Documents.Controllers;

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
            this.Flash(submit ? "已保存并提交审核。" : "草稿已保存。");
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
        return View(await DetailsModelAsync(document, cancellationToken));
    }

    private async Task<DocumentDetailsViewModel> DetailsModelAsync(StaffDocument document, CancellationToken cancellationToken)
    {
        var model = ToDetails(document);
        return document.ColumnKind == ZezhouDisclosure.Domain.Columns.ColumnKind.PolicyInterpretations && User.IsInRole(Roles.Clerk)
            ? model with { PolicyCandidates = await sender.Send(new ListPolicyCandidatesQuery(), cancellationToken) }
            : model;
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
            this.Flash(submit ? "已保存并提交审核。" : "修改已保存。");
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
            this.Flash("已提交审核。");
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

    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> DescribeInterpretation(int id, DescribeInterpretationCommand interpretation, InterpretationChannels[]? channels, CancellationToken cancellationToken)
    {
        var combined = (channels ?? []).Aggregate(InterpretationChannels.None, (all, c) => all | c);
        try
        {
            await sender.Send(interpretation with { Id = id, Channels = combined }, cancellationToken);
            this.Flash("解读形式已保存。");
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Details), await DetailsModelAsync(await sender.Send(new GetStaffDocumentQuery(id), cancellationToken), cancellationToken));
        }
    }

    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> LinkInterpretation(int id, int policyId, CancellationToken cancellationToken)
    {
        await sender.Send(new LinkInterpretationCommand(id, policyId), cancellationToken);
        this.Flash("已关联政策文件。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> PublishUrgently(int id, int version, CancellationToken cancellationToken)
    {
        var indexNumber = await sender.Send(new PublishUrgentlyCommand(id, version), cancellationToken);
        this.Flash($"已紧急发布，索引号 {indexNumber}，待县政务公开办补审。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Revisions(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
        var revisions = await sender.Send(new ListDocumentRevisionsQuery(id), cancellationToken);
        RevisionComparison? comparison = null;
        if (revisions.Count >= 2 || (from is not null && to is not null))
        {
            var newest = revisions.Count > 0 ? revisions[0].Number : 1;
            comparison = await sender.Send(new CompareDocumentRevisionsQuery(id, from ?? Math.Max(1, newest - 1), to ?? newest), cancellationToken);
        }

        return View(new RevisionsViewModel(document, revisions, comparison, document.IsEditable && User.IsInRole(Roles.Clerk)));
    }

    [HttpPost]
    [Authorize(Roles = Roles.Clerk)]
    public async Task<IActionResult> RestoreRevision(int id, int version, int revision, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreDocumentRevisionCommand(id, version, revision), cancellationToken);
        this.Flash($"已恢复第{revision}版的内容，并保存为新版本。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteDocumentCommand(id, version), cancellationToken);
        this.Flash("已移入回收站，县政务公开办可以恢复。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Roles = Roles.ReviewerOrAdministrator)]
    public async Task<IActionResult> Deleted(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListDeletedDocumentsQuery(), cancellationToken));

    [HttpPost]
    [Authorize(Roles = Roles.ReviewerOrAdministrator)]
    public async Task<IActionResult> RestoreDeleted(int id, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreDeletedDocumentCommand(id), cancellationToken);
        this.Flash("已从回收站恢复。");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Validity(int id, SetDocumentValidityCommand form, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(form with { Id = id }, cancellationToken);
            this.Flash("有效性已更新。");
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Details), ToDetails(await sender.Send(new GetStaffDocumentQuery(id), cancellationToken)));
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

    private DocumentDetailsViewModel ToDetails(StaffDocument document)
    {
        var countyWide = User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Administrator);
        return new DocumentDetailsViewModel(
            document,
            CanEdit: document.IsEditable && User.IsInRole(Roles.Clerk),
            CanReview: document.Status == DocumentStatus.Submitted && User.IsInRole(Roles.Reviewer))
        {
            CanWithdraw = document.Status == DocumentStatus.Published && User.IsInRole(Roles.Reviewer),
            CanDelete = countyWide || (document.IsEditable && User.IsInRole(Roles.Clerk)),
            CanSetValidity = countyWide || User.IsInRole(Roles.Clerk),
        };
    }
}
