using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.NewMedia;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Web.Features.NewMedia.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.NewMedia.Controllers;

/// <summary>
/// 政务新媒体 registry in the back-office: a clerk registers and closes the unit's accounts; the clerk or the county office
/// records the monthly checks (last post, interactions, problems and 整改).
/// </summary>
[Area("Admin")]
[RequirePermission(Permissions.NewMedia.View)]
[Route("admin/new-media")]
public sealed class NewMediaController(ISender sender, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListNewMediaAccountsQuery(StaffView: true), cancellationToken));

    [HttpGet("new")]
    [RequirePermission(Permissions.NewMedia.Manage)]
    public IActionResult Register() => View(new RegisterAccountForm());

    [HttpPost("new")]
    [RequirePermission(Permissions.NewMedia.Manage)]
    public Task<IActionResult> Register(RegisterAccountForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(),
            onSuccess: id =>
            {
                this.Flash("账号已登记。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => View(form),
            cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await DetailsPageAsync(id, null, null, cancellationToken);

    [HttpGet("{id:int}/edit")]
    [RequirePermission(Permissions.NewMedia.Manage)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var page = await sender.Send(new GetNewMediaAccountQuery(id), cancellationToken);
        return page.CanManage ? View(EditAccountForm.From(page.Account)) : RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/edit")]
    [RequirePermission(Permissions.NewMedia.Manage)]
    public Task<IActionResult> Edit(int id, EditAccountForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        return this.SendFormAsync(
            sender,
            form.ToCommand(id),
            onSuccess: _ =>
            {
                this.Flash("登记信息已修改，修改内容已记入变更记录。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => View(form),
            cancellationToken);
    }

    [HttpPost("{id:int}/close")]
    [RequirePermission(Permissions.NewMedia.Manage)]
    public Task<IActionResult> Close(int id, CloseAccountForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(id),
            onSuccess: _ =>
            {
                this.Flash("账号已关停或注销，关停公告已公开。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => DetailsPageAsync(id, form, null, cancellationToken),
            cancellationToken);

    [HttpPost("{id:int}/check")]
    [RequirePermission(Permissions.NewMedia.Check)]
    public Task<IActionResult> Check(int id, CheckForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(
            sender,
            form.ToCommand(id),
            onSuccess: _ =>
            {
                this.Flash("月度检查已登记。");
                return RedirectToAction(nameof(Details), new { id });
            },
            redisplay: _ => DetailsPageAsync(id, null, form, cancellationToken),
            cancellationToken);

    /// <summary>The account page, as first shown and as shown again with a form's errors.</summary>
    private async Task<IActionResult> DetailsPageAsync(int id, CloseAccountForm? close, CheckForm? check, CancellationToken cancellationToken)
    {
        var page = await sender.Send(new GetNewMediaAccountQuery(id), cancellationToken);
        var today = ChinaTime.Today(time);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return View(nameof(Details), new NewMediaAccountViewModel(
            page,
            close ?? new CloseAccountForm { Version = page.Account.Version, ClosedOn = today },
            check ?? new CheckForm { Year = lastMonth.Year, Month = lastMonth.Month, InteractionsReceived = 0, InteractionsAnswered = 0 }));
    }
}
