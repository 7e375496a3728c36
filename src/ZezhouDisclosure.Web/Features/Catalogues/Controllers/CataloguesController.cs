using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Documents;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Web.Features.Catalogues.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Catalogues.Controllers;

/// <summary>
/// A township clerk compiles the township's 政务公开事项标准目录: adopts areas from the county templates, edits rows,
/// adds local rows, marks what does not concern the township, submits for 审定, and starts adjustments later.
/// Every action works on the clerk's own township only (the handlers find the catalogue from the signed-in clerk).
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Clerk)]
public sealed class CataloguesController(ISender sender) : Controller
{
    private const string Home = "/admin/catalogues";
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var catalogue = await sender.Send(new GetMyCatalogueQuery(), cancellationToken);
        var templates = await sender.Send(new ListCatalogueTemplatesQuery(), cancellationToken);
        var documents = await sender.Send(new ListStaffDocumentsQuery(DocumentStatus.Published, 1), cancellationToken);
        return View(new MyCatalogueViewModel(catalogue, templates, documents.Items));
    }

    /// <summary>Files one of the township's documents under a catalogue row.</summary>
    [HttpPost]
    public async Task<IActionResult> FileDocument(int itemId, int documentId, CancellationToken cancellationToken)
    {
        await sender.Send(new FileCatalogueDocumentCommand(itemId, documentId), cancellationToken);
        this.Flash("已将信息归入事项。");
        return Redirect(Home);
    }

    [HttpPost]
    public async Task<IActionResult> Start(CancellationToken cancellationToken)
    {
        await sender.Send(new StartTownshipCatalogueCommand(), cancellationToken);
        this.Flash("已开始编制本乡镇标准目录。请选择涉及的领域。");
        return Redirect(Home);
    }

    [HttpPost]
    public async Task<IActionResult> AddArea(int pilotAreaId, CancellationToken cancellationToken)
    {
        await sender.Send(new AddCatalogueAreaCommand(pilotAreaId), cancellationToken);
        this.Flash("已加入领域，并继承标准指引中的乡级事项。");
        return Redirect(Home);
    }

    [HttpPost]
    public async Task<IActionResult> AreaNotInvolved(int pilotAreaId, string? explanation, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new MarkCatalogueAreaNotInvolvedCommand(pilotAreaId, explanation), cancellationToken);
            this.Flash("已标记为未涉及领域。");
            return Redirect(Home);
        }
        catch (FluentValidation.ValidationException ex)
        {
            return await IndexAgainAsync(ex, cancellationToken);
        }
    }

    /// <summary>Brings an area up to the template's current revision; conflicts are listed for the clerk.</summary>
    [HttpPost]
    public async Task<IActionResult> Rebase(int pilotAreaId, CancellationToken cancellationToken)
    {
        var conflicts = await sender.Send(new RebaseCatalogueAreaCommand(pilotAreaId), cancellationToken);
        this.Flash(conflicts.Count == 0
            ? "已按标准指引最新版本更新该领域。"
            : "已按标准指引最新版本更新该领域，以下事项需要核对：" + string.Join("；", conflicts));
        return Redirect(Home);
    }

    [HttpPost]
    public async Task<IActionResult> RemoveArea(int pilotAreaId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveCatalogueAreaCommand(pilotAreaId), cancellationToken);
        this.Flash("已从目录中移除该领域。");
        return Redirect(Home);
    }

    [HttpGet]
    public async Task<IActionResult> Item(int? id, [FromQuery] int? area, CancellationToken cancellationToken)
    {
        var catalogue = await sender.Send(new GetMyCatalogueQuery(), cancellationToken) ?? throw new NotFoundException();
        if (id is int itemId)
        {
            var row = catalogue.Items.FirstOrDefault(i => i.Id == itemId) ?? throw new NotFoundException();
            return View("_CatalogueItemEditor", Editor(itemId, row.PilotAreaId, row.AreaName, CatalogueItemForm.From(row.Content), row.ReviewComment, catalogue.Version));
        }

        var areaName = AreaName(catalogue, area);
        return View("_CatalogueItemEditor", Editor(null, area, areaName, new CatalogueItemForm { Township = true }, null, catalogue.Version));
    }

    [HttpPost]
    public async Task<IActionResult> Item(int? id, [FromForm] int? area, int? version, CatalogueItemForm fields, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new SaveCatalogueItemCommand(id, area, version, fields.ToFields()), cancellationToken);
            this.Flash(id is null ? "已新增本地事项。" : "事项已保存。");
            return Redirect(Home);
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var catalogue = await sender.Send(new GetMyCatalogueQuery(), cancellationToken) ?? throw new NotFoundException();
            var row = catalogue.Items.FirstOrDefault(i => i.Id == id);
            return View("_CatalogueItemEditor", Editor(id, row?.PilotAreaId ?? area, row?.AreaName ?? AreaName(catalogue, area), fields, row?.ReviewComment, version));
        }
        catch (ConflictException ex)
        {
            // Somebody changed the catalogue first: keep what this user typed, show the row as it is saved now, and
            // let them save again against the current version.
            Response.StatusCode = StatusCodes.Status409Conflict;
            var catalogue = await sender.Send(new GetMyCatalogueQuery(), cancellationToken) ?? throw new NotFoundException();
            var row = catalogue.Items.FirstOrDefault(i => i.Id == id);
            return View("_CatalogueItemEditor", Editor(id, row?.PilotAreaId ?? area, row?.AreaName ?? AreaName(catalogue, area), fields, row?.ReviewComment, catalogue.Version)
                with { Conflict = ex.Message, Current = row?.Content });
        }
    }

    [HttpPost]
    public async Task<IActionResult> RemoveItem(int id, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveCatalogueItemCommand(id), cancellationToken);
        this.Flash("已删除本地事项。");
        return Redirect(Home);
    }

    [HttpPost]
    public async Task<IActionResult> ItemInvolvement(int id, bool notInvolved, string? explanation, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new SetCatalogueItemInvolvementCommand(id, notInvolved, explanation), cancellationToken);
            this.Flash(notInvolved ? "已标记为未涉及。" : "已取消未涉及标记。");
            return Redirect(Home);
        }
        catch (FluentValidation.ValidationException ex)
        {
            return await IndexAgainAsync(ex, cancellationToken);
        }
    }

    [HttpPost]
    public async Task<IActionResult> Submit(int version, CancellationToken cancellationToken)
    {
        await sender.Send(new SubmitCatalogueCommand(version), cancellationToken);
        this.Flash("目录已提交县政务公开办审定。");
        return Redirect(Home);
    }

    [HttpPost]
    public async Task<IActionResult> Revise(int version, CancellationToken cancellationToken)
    {
        await sender.Send(new StartCatalogueRevisionCommand(version), cancellationToken);
        this.Flash("已发起调整。现行版本在审定通过新版本前继续公开。");
        return Redirect(Home);
    }

    [HttpGet]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var (name, content) = await sender.Send(new ExportMyCatalogueQuery(), cancellationToken);
        return File(content, XlsxContentType, name);
    }

    [HttpPost]
    [RequestSizeLimit(ImportCatalogueValidator.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        try
        {
            byte[] content = [];
            if (file is not null)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }

            var count = await sender.Send(new ImportCatalogueCommand(content), cancellationToken);
            this.Flash($"导入成功，共 {count} 个事项。");
            return Redirect(Home);
        }
        catch (FluentValidation.ValidationException ex)
        {
            return await IndexAgainAsync(ex, cancellationToken);
        }
    }

    private async Task<IActionResult> IndexAgainAsync(FluentValidation.ValidationException ex, CancellationToken cancellationToken)
    {
        ModelState.AddValidationErrors(ex);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var catalogue = await sender.Send(new GetMyCatalogueQuery(), cancellationToken);
        var templates = await sender.Send(new ListCatalogueTemplatesQuery(), cancellationToken);
        return View(nameof(Index), new MyCatalogueViewModel(catalogue, templates));
    }

    private static string AreaName(TownshipCatalogueDetails catalogue, int? area) =>
        area is int areaId
            ? catalogue.Areas.FirstOrDefault(a => a.PilotAreaId == areaId && !a.NotInvolved)?.Name ?? throw new NotFoundException()
            : Domain.Catalogues.CatalogueDiff.CommonArea;

    private static CatalogueItemEditViewModel Editor(int? id, int? area, string areaName, CatalogueItemForm form, string? comment, int? version) =>
        new(id is null ? "新增本地事项" : "修改事项", "/admin/catalogues/item", id, area, areaName, form, comment, Home, version);
}
