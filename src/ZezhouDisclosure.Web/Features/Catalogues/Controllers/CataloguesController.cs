using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Features.Catalogues.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Catalogues.Controllers;

/// <summary>
/// A township clerk compiles the township's 政务公开事项标准目录: adopts areas from the county templates, edits rows,
/// adds local rows, marks what does not concern the township, submits for 审定, and starts adjustments later.
/// Every action works on the clerk's own township only (the handlers find the catalogue from the signed-in clerk).
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Catalogues.Compile)]
public sealed class CataloguesController(ISender sender) : Controller
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public Task<IActionResult> Index(CancellationToken cancellationToken) => IndexPageAsync(cancellationToken);

    /// <summary>Files one of the township's documents under a catalogue row.</summary>
    [HttpPost]
    public Task<IActionResult> FileDocument(int itemId, int documentId, CancellationToken cancellationToken) =>
        SendAsync(new FileCatalogueDocumentCommand(itemId, documentId), "已将信息归入事项。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Start(CancellationToken cancellationToken) =>
        SendAsync(new StartTownshipCatalogueCommand(), "已开始编制本乡镇标准目录。请选择涉及的领域。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> AddArea(int pilotAreaId, CancellationToken cancellationToken) =>
        SendAsync(new AddCatalogueAreaCommand(pilotAreaId), "已加入领域，并继承标准指引中的乡级事项。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> AreaNotInvolved(int pilotAreaId, string? explanation, CancellationToken cancellationToken) =>
        SendAsync(new MarkCatalogueAreaNotInvolvedCommand(pilotAreaId, explanation), "已标记为未涉及领域。", cancellationToken);

    /// <summary>Brings an area up to the template's current revision; conflicts are listed for the clerk.</summary>
    [HttpPost]
    public Task<IActionResult> Rebase(int pilotAreaId, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new RebaseCatalogueAreaCommand(pilotAreaId),
            conflicts => Done(conflicts.Count == 0
                ? "已按标准指引最新版本更新该领域。"
                : "已按标准指引最新版本更新该领域，以下事项需要核对：" + string.Join("；", conflicts)),
            _ => IndexPageAsync(cancellationToken),
            cancellationToken);

    [HttpPost]
    public Task<IActionResult> RemoveArea(int pilotAreaId, CancellationToken cancellationToken) =>
        SendAsync(new RemoveCatalogueAreaCommand(pilotAreaId), "已从目录中移除该领域。", cancellationToken);

    [HttpGet]
    public Task<IActionResult> Item(int? id, [FromQuery] int? area, CancellationToken cancellationToken) =>
        ItemPageAsync(id, area, typed: null, version: null, failure: null, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Item(int? id, [FromForm] int? area, int? version, CatalogueItemForm fields, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new SaveCatalogueItemCommand(id, area, version, fields.ToFields()),
            _ => Done(id is null ? "已新增本地事项。" : "事项已保存。"),
            failure => ItemPageAsync(id, area, fields, version, failure, cancellationToken),
            cancellationToken);

    [HttpPost]
    public Task<IActionResult> RemoveItem(int id, CancellationToken cancellationToken) =>
        SendAsync(new RemoveCatalogueItemCommand(id), "已删除本地事项。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> ItemInvolvement(int id, bool notInvolved, string? explanation, CancellationToken cancellationToken) =>
        SendAsync(new SetCatalogueItemInvolvementCommand(id, notInvolved, explanation), notInvolved ? "已标记为未涉及。" : "已取消未涉及标记。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Submit(int version, CancellationToken cancellationToken) =>
        SendAsync(new SubmitCatalogueCommand(version), "目录已提交县政务公开办审定。", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Revise(int version, CancellationToken cancellationToken) =>
        SendAsync(new StartCatalogueRevisionCommand(version), "已发起调整。现行版本在审定通过新版本前继续公开。", cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var (name, content) = await sender.Send(new ExportMyCatalogueQuery(), cancellationToken);
        return File(content, XlsxContentType, name);
    }

    /// <summary>Reads an uploaded workbook into a preview; nothing is saved to the catalogue yet.</summary>
    [HttpPost]
    [RequestSizeLimit(PreviewCatalogueImportValidator.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        byte[] content = [];
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        return await this.SendFormAsync(sender, new PreviewCatalogueImportCommand(content),
            preview => View("ImportPreview", new CatalogueImportPreviewViewModel(preview, [])),
            _ => IndexPageAsync(cancellationToken),
            cancellationToken);
    }

    /// <summary>Imports the readable rows of a previewed workbook, with the clerk's answer for each duplicate 事项.</summary>
    [HttpPost]
    public async Task<IActionResult> ConfirmImport(string? uploadKey, CancellationToken cancellationToken)
    {
        var answers = CatalogueImportPreviewViewModel.ReadAnswers(Request.Form);
        return await this.SendFormAsync(sender, new ImportCatalogueCommand(uploadKey ?? "", answers),
            count => Done($"导入成功，共 {count} 个事项。"),
            async failure =>
            {
                if (uploadKey is null || failure.IsConflict)
                {
                    return await IndexPageAsync(cancellationToken);
                }

                try
                {
                    var preview = await sender.Send(new ReadCatalogueImportQuery(uploadKey), cancellationToken);
                    return View("ImportPreview", new CatalogueImportPreviewViewModel(preview, answers));
                }
                catch (FluentValidation.ValidationException)
                {
                    return await IndexPageAsync(cancellationToken);
                }
            },
            cancellationToken);
    }

    /// <summary>Sends a command posted from the catalogue page: back to the page with a message, or the page again with the errors.</summary>
    private Task<IActionResult> SendAsync<TResult>(ICommand<TResult> command, string message, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, command, _ => Done(message), _ => IndexPageAsync(cancellationToken), cancellationToken);

    private RedirectToActionResult Done(string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The catalogue page, the same on first render and after a refused post: the catalogue, the templates and the filing picker.</summary>
    private async Task<IActionResult> IndexPageAsync(CancellationToken cancellationToken)
    {
        var catalogue = await sender.Send(new GetMyCatalogueQuery(), cancellationToken);
        var templates = await sender.Send(new ListCatalogueTemplatesQuery(), cancellationToken);
        var documents = await sender.Send(new ListStaffDocumentsQuery(DocumentStatus.Published, 1), cancellationToken);
        return View(nameof(Index), new MyCatalogueViewModel(catalogue, templates, documents.Items));
    }

    /// <summary>
    /// The row editor. First render: the saved row (or a new local row). After a refused save: what the user typed;
    /// after a conflict also the row as it is saved now and the current version, so saving again applies the typed text.
    /// </summary>
    private async Task<IActionResult> ItemPageAsync(
        int? id, int? area, CatalogueItemForm? typed, int? version, FormFailure? failure, CancellationToken cancellationToken)
    {
        var catalogue = await sender.Send(new GetMyCatalogueQuery(), cancellationToken) ?? throw new NotFoundException();
        var row = catalogue.Items.FirstOrDefault(i => i.Id == id);
        if (id is not null && row is null && typed is null)
        {
            throw new NotFoundException();
        }

        var form = typed ?? (row is null ? new CatalogueItemForm { Township = true } : CatalogueItemForm.From(row.Content));
        var editor = new CatalogueItemEditViewModel(
            id is null ? "新增本地事项" : "修改事项", Url.Action(nameof(Item))!, id, row?.PilotAreaId ?? area,
            row?.AreaName ?? AreaName(catalogue, area), form, row?.ReviewComment, Url.Action(nameof(Index))!,
            failure is { IsConflict: false } ? version : catalogue.Version)
        {
            Conflict = failure?.Conflict,
            Current = failure is { IsConflict: true } ? row?.Content : null,
        };
        return View("_CatalogueItemEditor", editor);
    }

    private static string AreaName(TownshipCatalogueDetails catalogue, int? area) =>
        area is int areaId
            ? catalogue.Areas.FirstOrDefault(a => a.PilotAreaId == areaId && !a.NotInvolved)?.Name ?? throw new NotFoundException()
            : Domain.Catalogues.CatalogueDiff.CommonArea;
}
