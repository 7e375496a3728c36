using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.ServiceItems;
using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.Web.Features.ServiceItems.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.ServiceItems.Controllers;

/// <summary>
/// 办事服务 in the back-office: a clerk writes and revises the unit's 办事指南 and attaches blank forms; the unit head signs
/// off when the unit requires it; the county office publishes or returns. Each publication is a numbered version.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.ServiceItems.View)]
[Route("admin/service-items")]
public sealed class ServiceItemsController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ServiceItemStatus? status, CancellationToken cancellationToken)
    {
        ViewData["Status"] = status;
        return View(await sender.Send(new ListStaffServiceItemsQuery(status is { } s && Enum.IsDefined(s) ? s : null), cancellationToken));
    }

    [HttpGet("new")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public IActionResult Create() => EditPage(null, new ServiceItemForm { IsFree = true }.Padded());

    [HttpPost("new")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public Task<IActionResult> Create(ServiceItemForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new CreateServiceItemCommand(form.ToGuide()),
            onSuccess: id =>
            {
                this.Flash("办事指南已保存为草稿。可以为申请材料上传空白表格，然后提交审核。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => EditPage(null, form.Compacted().Padded()),
            cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        View(await sender.Send(new GetStaffServiceItemQuery(id), cancellationToken));

    [HttpGet("{id:int}/edit")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var item = await sender.Send(new GetStaffServiceItemQuery(id), cancellationToken);
        return item.Allowed.CanEdit ? EditPage(id, ServiceItemForm.From(item.Page.Guide, item.Version)) : RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/edit")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public Task<IActionResult> Edit(int id, ServiceItemForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            new UpdateServiceItemCommand(id, form.Version ?? 0, form.ToGuide()),
            onSuccess: _ =>
            {
                this.Flash("办事指南已保存。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => EditPage(id, form.Compacted().Padded()),
            cancellationToken);

    [HttpPost("{id:int}/submit")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public Task<IActionResult> Submit(int id, DecisionForm form, CancellationToken cancellationToken) =>
        Decide(id, new SubmitServiceItemCommand(id, form.Version, form.ChangeNote), "已提交审核。", cancellationToken);

    [HttpPost("{id:int}/recall")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public Task<IActionResult> Recall(int id, DecisionForm form, CancellationToken cancellationToken) =>
        Decide(id, new RecallServiceItemCommand(id, form.Version), "已撤回提交，办事指南回到草稿。", cancellationToken);

    [HttpPost("{id:int}/revise")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public Task<IActionResult> Revise(int id, DecisionForm form, CancellationToken cancellationToken) =>
        Decide(id, new StartServiceItemRevisionCommand(id, form.Version), "已开始修订；修订审核通过前，公众看到的仍是已发布版本。", cancellationToken);

    [HttpPost("{id:int}/unit-approve")]
    [RequirePermission(Permissions.ServiceItems.ApproveInUnit)]
    public Task<IActionResult> ApproveInUnit(int id, DecisionForm form, CancellationToken cancellationToken) =>
        Decide(id, new SignOffServiceItemInUnitCommand(id, form.Version, true, null), "单位审核通过，已报县政务公开办审核。", cancellationToken);

    [HttpPost("{id:int}/unit-return")]
    [RequirePermission(Permissions.ServiceItems.ApproveInUnit)]
    public Task<IActionResult> ReturnInUnit(int id, DecisionForm form, CancellationToken cancellationToken) =>
        Decide(id, new SignOffServiceItemInUnitCommand(id, form.Version, false, form.Comment), "已退回信息员修改。", cancellationToken);

    [HttpPost("{id:int}/approve")]
    [RequirePermission(Permissions.ServiceItems.Review)]
    public Task<IActionResult> Approve(int id, DecisionForm form, CancellationToken cancellationToken) =>
        Decide(id, new ReviewServiceItemCommand(id, form.Version, true, null), "审核通过，办事指南已发布。", cancellationToken);

    [HttpPost("{id:int}/return")]
    [RequirePermission(Permissions.ServiceItems.Review)]
    public Task<IActionResult> Return(int id, DecisionForm form, CancellationToken cancellationToken) =>
        Decide(id, new ReviewServiceItemCommand(id, form.Version, false, form.Comment), "已退回信息员修改。", cancellationToken);

    [HttpPost("{id:int}/files")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    [RequestSizeLimit(64L * 1024 * 1024)]
    public async Task<IActionResult> AddFile(int id, int materialKey, MaterialFileRole role, IFormFile? file, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream();
        return await this.SendFormAsync(
            sender,
            new AddServiceItemFileCommand(id, materialKey, role, file?.FileName, content),
            onSuccess: _ =>
            {
                this.Flash($"{ServiceLabels.Of(role)}“{file!.FileName}”已上传。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: async _ => View(nameof(Details), await sender.Send(new GetStaffServiceItemQuery(id), cancellationToken)),
            cancellationToken);
    }

    [HttpPost("{id:int}/files/{fileId:int}/remove")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public Task<IActionResult> RemoveFile(int id, int fileId, CancellationToken cancellationToken) =>
        Decide(id, new RemoveServiceItemFileCommand(id, fileId), "表格已删除。", cancellationToken);

    /// <summary>Links a row of the unit's 标准目录 (a suggested one, or any chosen) to this guide.</summary>
    [HttpPost("{id:int}/catalogue-links")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public Task<IActionResult> Link(int id, int? catalogueItemId, CancellationToken cancellationToken) =>
        Decide(id, new LinkCatalogueRowCommand(id, catalogueItemId), "已关联标准目录事项；办事指南发布后，公开的标准目录将链接到本办事指南。", cancellationToken);

    [HttpPost("{id:int}/catalogue-links/{linkId:int}/remove")]
    [RequirePermission(Permissions.ServiceItems.Draft)]
    public Task<IActionResult> Unlink(int id, int linkId, CancellationToken cancellationToken) =>
        Decide(id, new UnlinkCatalogueRowCommand(id, linkId), "已取消与标准目录事项的关联。", cancellationToken);

    /// <summary>One of the decision buttons of the details page: on success back to it; a refusal shows it again with the reason.</summary>
    private Task<IActionResult> Decide(int id, ICommand command, string done, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            command,
            onSuccess: _ =>
            {
                this.Flash(done);
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: async _ => View(nameof(Details), await sender.Send(new GetStaffServiceItemQuery(id), cancellationToken)),
            cancellationToken);

    private ViewResult EditPage(int? id, ServiceItemForm form)
    {
        ViewData["ItemId"] = id;
        return View(nameof(Edit), form);
    }
}
