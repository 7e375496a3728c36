using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Features.Documents.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Documents.Controllers;

/// <summary>
/// Drafting and following documents. Clerks write for their own organisation only (checked again in the handlers and
/// in the data layer); the county office reads everything.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Documents.View)]
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
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> Create(CancellationToken cancellationToken) =>
        EditPageAsync(null, new DocumentForm(), null, cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> Create(DocumentForm form, string? intent, CancellationToken cancellationToken)
    {
        var submit = intent == SubmitIntent;
        return this.SendFormAsync(
            sender,
            form.ToCreate(submit),
            onSuccess: id =>
            {
                this.Flash(submit ? "已保存并提交审核。" : "草稿已保存。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: failure => EditPageAsync(null, form, failure.Conflict, cancellationToken),
            cancellationToken);
    }

    [HttpGet]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken);

    [HttpGet]
    [RequirePermission(Permissions.Documents.Draft)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
        if (!document.Allowed.CanEdit)
        {
            throw new ConflictException("该信息已提交审核或已发布，不能修改。");
        }

        return await EditPageAsync(id, DocumentForm.From(document), null, cancellationToken);
    }

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> Edit(int id, DocumentForm form, string? intent, CancellationToken cancellationToken)
    {
        var submit = intent == SubmitIntent;
        return this.SendFormAsync(
            sender,
            form.ToUpdate(id, submit),
            onSuccess: _ =>
            {
                this.Flash(submit ? "已保存并提交审核。" : "修改已保存。");
                return RedirectToAction(nameof(Details), new { id });
            },
            // Somebody saved first: keep what this user typed, show the current version beside it.
            redisplay: failure => EditPageAsync(id, form, failure.Conflict, cancellationToken),
            cancellationToken);
    }

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> Submit(int id, int version, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new SubmitDocumentCommand(id, version),
            onSuccess: _ => Done(id, "已提交审核。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken),
            cancellationToken);

    /// <summary>撤回提交: back to a draft before the unit head or the county office decides.</summary>
    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> Recall(int id, int version, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new RecallDocumentCommand(id, version),
            onSuccess: _ => Done(id, "已撤回提交，信息改回草稿。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> DescribeInterpretation(int id, DescribeInterpretationCommand interpretation, InterpretationChannels[]? channels, CancellationToken cancellationToken)
    {
        var combined = (channels ?? []).Aggregate(InterpretationChannels.None, (all, c) => all | c);
        return this.SendFormAsync(
            sender,
            interpretation with { Id = id, Channels = combined },
            onSuccess: _ => Done(id, "解读形式已保存。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken),
            cancellationToken);
    }

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public Task<IActionResult> LinkInterpretation(int id, int policyId, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new LinkInterpretationCommand(id, policyId),
            onSuccess: _ => Done(id, "已关联政策文件。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken),
            cancellationToken);

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public async Task<IActionResult> PublishUrgently(int id, int version, CancellationToken cancellationToken)
    {
        var indexNumber = await sender.Send(new PublishUrgentlyCommand(id, version), cancellationToken);
        return Done(id, $"已紧急发布，索引号 {indexNumber}，待县政务公开办补审。");
    }

    [HttpGet]
    public async Task<IActionResult> Revisions(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetStaffDocumentQuery(id), cancellationToken);
        var revisions = await sender.Send(new ListDocumentRevisionsQuery(id), cancellationToken);
        RevisionComparison? comparison = null;
        string? basis = null;
        if (from is not null && to is not null)
        {
            comparison = await sender.Send(new CompareDocumentRevisionsQuery(id, from.Value, to.Value), cancellationToken);
        }
        else if (revisions.Count > 0
            && RevisionComparisonDefault.For(document.ReturnedAtRevision, document.PublishedAtRevision, revisions[0].Number) is { } range)
        {
            // What the reviewer wants first: the changes since it was returned (else since published, else since drafted).
            comparison = await sender.Send(new CompareDocumentRevisionsQuery(id, range.From, range.To), cancellationToken);
            basis = range.Basis;
        }

        return View(new RevisionsViewModel(document, revisions, comparison, document.Allowed.CanEdit) { Basis = basis });
    }

    [HttpPost]
    [RequirePermission(Permissions.Documents.Draft)]
    public async Task<IActionResult> RestoreRevision(int id, int version, int revision, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreDocumentRevisionCommand(id, version, revision), cancellationToken);
        return Done(id, $"已恢复第{revision}版的内容，并保存为新版本。");
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id, int version, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteDocumentCommand(id, version), cancellationToken);
        this.Flash("已移入回收站，县政务公开办可以恢复。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [RequirePermission(Permissions.Documents.RecycleBin)]
    public async Task<IActionResult> Deleted(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListDeletedDocumentsQuery(), cancellationToken));

    [HttpPost]
    [RequirePermission(Permissions.Documents.RecycleBin)]
    public async Task<IActionResult> RestoreDeleted(int id, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreDeletedDocumentCommand(id), cancellationToken);
        return Done(id, "已从回收站恢复。");
    }

    [HttpPost]
    public Task<IActionResult> Validity(int id, SetDocumentValidityCommand form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form with { Id = id },
            onSuccess: _ => Done(id, "有效性已更新。"),
            redisplay: _ => DocumentDetailsPage.ShowAsync(this, sender, id, cancellationToken),
            cancellationToken);

    private RedirectToActionResult Done(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The drafting page (new when id is null): the form as typed, its choices, and the current state beside it.</summary>
    private async Task<IActionResult> EditPageAsync(int? id, DocumentForm form, string? conflict, CancellationToken cancellationToken)
    {
        StaffDocument? current = null;
        if (id is int existing)
        {
            current = await sender.Send(new GetStaffDocumentQuery(existing), cancellationToken);
            if (conflict is not null)
            {
                form.Version = current.Version;
            }
        }

        var options = await sender.Send(new GetDocumentFormOptionsQuery(), cancellationToken);
        return View("Edit", new EditDocumentViewModel(id, form, options, current, conflict));
    }
}
