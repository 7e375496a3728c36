using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Columns;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Portal;
using ZezhouDisclosure.Web.Features.ReferenceData.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.ReferenceData.Controllers;

/// <summary>Administrators maintain the seeded reference data: organisations (names, 索引号 codes, contacts) and columns.</summary>
[Area("Admin")]
[RequirePermission(Permissions.ReferenceData.Manage)]
public sealed class ReferenceDataController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ReferenceDataViewModel(
            await sender.Send(new ListOrganisationsQuery(), cancellationToken),
            await sender.Send(new GetColumnTreeQuery(), cancellationToken)));

    [HttpGet]
    public Task<IActionResult> EditOrganisation(int id, CancellationToken cancellationToken) =>
        EditOrganisationPageAsync(id, typed: null, failure: null, cancellationToken);

    [HttpPost]
    public Task<IActionResult> EditOrganisation(int id, UpdateOrganisationCommand form, CancellationToken cancellationToken)
    {
        var command = form with { Id = id };
        return this.SendFormAsync(sender, command,
            _ => Done("单位信息已保存。新的索引号机构代码只用于此后审核通过的信息。"),
            failure => EditOrganisationPageAsync(id, command, failure, cancellationToken),
            cancellationToken);
    }

    /// <summary>单位内审核 on or off (the organisation page's second form).</summary>
    [HttpPost]
    public Task<IActionResult> SetUnitSignOff(int id, int version, bool enabled, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new SetUnitSignOffCommand(id, version, enabled),
            _ => Done(enabled ? "已开启单位内审核：信息员提交后先由单位负责人审核。" : "已关闭单位内审核：信息员提交后直接报县政务公开办。"),
            failure => EditOrganisationPageAsync(id, typed: null, failure, cancellationToken),
            cancellationToken);

    /// <summary>新增栏目 under an existing column (the form under the column list).</summary>
    [HttpPost]
    public Task<IActionResult> AddColumn(AddColumnCommand form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, form,
            _ => Done("栏目已新增。"),
            async _ => View(nameof(Index), new ReferenceDataViewModel(
                await sender.Send(new ListOrganisationsQuery(), cancellationToken),
                await sender.Send(new GetColumnTreeQuery(), cancellationToken))),
            cancellationToken);

    [HttpGet]
    public Task<IActionResult> EditColumn(int id, CancellationToken cancellationToken) =>
        EditColumnPageAsync(id, typed: null, failure: null, cancellationToken);

    [HttpPost]
    public Task<IActionResult> EditColumn(int id, UpdateColumnCommand form, CancellationToken cancellationToken)
    {
        var command = form with { Id = id };
        return this.SendFormAsync(sender, command,
            _ => Done("栏目已保存。"),
            failure => EditColumnPageAsync(id, command, failure, cancellationToken),
            cancellationToken);
    }

    /// <summary>移动栏目: another parent (the old addresses redirect with 301) or another place among its siblings.</summary>
    [HttpPost]
    public Task<IActionResult> MoveColumn(int id, MoveColumnCommand form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, form with { Id = id },
            _ => Done("栏目已移动。原栏目地址将永久重定向到新地址。"),
            failure => EditColumnPageAsync(id, typed: null, failure, cancellationToken),
            cancellationToken);

    /// <summary>停用栏目: out of the navigation, no new documents; its page and documents stay at their addresses.</summary>
    [HttpPost]
    public Task<IActionResult> RetireColumn(int id, int version, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new RetireColumnCommand(id, version),
            _ => Done("栏目已停用。栏目页面和已发布的信息保留原地址，可继续访问。"),
            failure => EditColumnPageAsync(id, typed: null, failure, cancellationToken),
            cancellationToken);

    /// <summary>恢复启用栏目: back in the navigation and the filing choices, at the address it kept.</summary>
    [HttpPost]
    public Task<IActionResult> RestoreColumn(int id, int version, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new RestoreColumnCommand(id, version),
            _ => Done("栏目已恢复启用，重新显示在导航中并可以接收信息。"),
            failure => EditColumnPageAsync(id, typed: null, failure, cancellationToken),
            cancellationToken);

    private RedirectToActionResult Done(string message)
    {
        this.Flash(message);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// The organisation form: as saved on first render; after a refused save what the user typed, and after a conflict
    /// with the current version so that saving again applies the typed values.
    /// </summary>
    private async Task<IActionResult> EditOrganisationPageAsync(int id, UpdateOrganisationCommand? typed, FormFailure? failure, CancellationToken cancellationToken)
    {
        ViewData["UnitSignOff"] = await sender.Send(new GetUnitSignOffQuery(id), cancellationToken);
        if (typed is not null && failure is { IsConflict: false })
        {
            return View(nameof(EditOrganisation), typed);
        }

        var current = await sender.Send(new GetOrganisationForEditingQuery(id), cancellationToken);
        return View(nameof(EditOrganisation), typed is null ? current : typed with { Version = current.Version });
    }

    /// <summary>The column form, built like the organisation form, with the column's path.</summary>
    private async Task<IActionResult> EditColumnPageAsync(int id, UpdateColumnCommand? typed, FormFailure? failure, CancellationToken cancellationToken)
    {
        var editing = await sender.Send(new GetColumnForEditingQuery(id), cancellationToken);
        var current = editing.Column;
        ViewData["Path"] = editing.Path;
        ViewData["Editing"] = editing;
        ViewData["Columns"] = await sender.Send(new GetColumnTreeQuery(), cancellationToken);
        return View(nameof(EditColumn), typed is null ? current : failure is { IsConflict: true } ? typed with { Version = current.Version } : typed);
    }
}
