using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Organisations.Controllers;

/// <summary>
/// 单位管理: the county office and administrators add units (so a new department can publish at once), rename them
/// (the old name stays on old documents), merge them (open work moves, old addresses redirect) and retire them.
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.Organisations.Manage)]
[Route("admin/organisations")]
public sealed class OrganisationsAdminController(ISender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool villages = false, CancellationToken cancellationToken = default)
    {
        ViewData["Villages"] = villages;
        return View(await sender.Send(new ListOrganisationsQuery(IncludeVillages: villages), cancellationToken));
    }

    [HttpGet("new")]
    public Task<IActionResult> Add(CancellationToken cancellationToken) =>
        AddPageAsync(new AddOrganisationCommand(Domain.Organisations.OrganisationKind.Department, null, null, null, null, null, null), cancellationToken);

    [HttpPost("new")]
    public Task<IActionResult> Add(AddOrganisationCommand form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, form,
            id =>
            {
                this.Flash("单位已新增。为该单位的信息员建立账号后即可发布信息。");
                return RedirectToAction(nameof(Manage), new { id });
            },
            _ => AddPageAsync(form, cancellationToken),
            cancellationToken);

    [HttpGet("{id:int}")]
    public Task<IActionResult> Manage(int id, CancellationToken cancellationToken) => ManagePageAsync(id, cancellationToken);

    [HttpPost("{id:int}/rename")]
    public Task<IActionResult> Rename(int id, RenameOrganisationCommand form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, form with { Id = id },
            _ => Done(id, "单位已更名。此前发布的信息仍显示原名称。"),
            _ => ManagePageAsync(id, cancellationToken),
            cancellationToken);

    [HttpPost("{id:int}/merge")]
    public Task<IActionResult> Merge(int id, MergeOrganisationCommand form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, form with { Id = id },
            moved => Done(id, $"单位已合并。已移交村（居） {moved.Villages} 个"
                + (moved.OpenWork.Count == 0 ? "，没有未完成的工作" : "、" + string.Join("、", moved.OpenWork))
                + $"；工作人员账号 {moved.Accounts} 个已转入合并后的单位（需重新登录）；原网址将永久转到合并后的单位。"),
            _ => ManagePageAsync(id, cancellationToken),
            cancellationToken);

    [HttpPost("{id:int}/retire")]
    public Task<IActionResult> Retire(int id, RetireOrganisationCommand form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, form with { Id = id },
            _ => Done(id, "单位已撤销，其页面作为历史档案保留。"),
            _ => ManagePageAsync(id, cancellationToken),
            cancellationToken);

    private RedirectToActionResult Done(int id, string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Manage), new { id });
    }

    private async Task<IActionResult> AddPageAsync(AddOrganisationCommand form, CancellationToken cancellationToken)
    {
        ViewData["Parents"] = await sender.Send(new ListParentOptionsQuery(), cancellationToken);
        return View(nameof(Add), form);
    }

    private async Task<IActionResult> ManagePageAsync(int id, CancellationToken cancellationToken) =>
        View(nameof(Manage), await sender.Send(new GetOrganisationAdminQuery(id), cancellationToken));
}
