using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Web.Features.Accounts.Models;
using ZezhouDisclosure.Web.Mvc;
using ZezhouDisclosure.Web.Mvc.Authorization;

namespace ZezhouDisclosure.Web.Features.Accounts.Controllers;

/// <summary>Staff accounts: administrators open them (a clerk is bound to one organisation) and disable them.</summary>
[Area("Admin")]
[RequirePermission(Permissions.Accounts.Manage)]
public sealed class UsersController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListUserAccountsQuery(), cancellationToken));

    [HttpGet]
    public Task<IActionResult> Create(CancellationToken cancellationToken) => CreatePageAsync(UserForm.New(), cancellationToken);

    [HttpPost]
    public Task<IActionResult> Create(UserForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new CreateUserAccountCommand(form.UserName, form.DisplayName, form.Password, form.Role, form.OrganisationId, form.Email),
            _ =>
            {
                this.Flash($"账号 {form.UserName} 已创建。");
                return RedirectToAction(nameof(Index));
            },
            _ =>
            {
                form.Password = null; // never sent back to the browser
                return CreatePageAsync(form, cancellationToken);
            },
            cancellationToken);

    [HttpPost]
    public async Task<IActionResult> SetEnabled(string id, bool enabled, CancellationToken cancellationToken)
    {
        await sender.Send(new SetUserAccountEnabledCommand(id, enabled), cancellationToken);
        this.Flash(enabled ? "账号已启用。" : "账号已停用，其所有登录会话已立即结束。");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Role(string id, CancellationToken cancellationToken)
    {
        var account = (await sender.Send(new ListUserAccountsQuery(), cancellationToken)).FirstOrDefault(u => u.Id == id);
        return account is null
            ? NotFound()
            : await RolePageAsync(new UserRoleForm { Role = account.Roles.FirstOrDefault(), OrganisationId = account.OrganisationId }, account, cancellationToken);
    }

    /// <summary>Changes the account's role; its open sessions end at once (it signs in again with the new permissions).</summary>
    [HttpPost]
    public Task<IActionResult> Role(string id, UserRoleForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new SetUserAccountRoleCommand(id, form.Role, form.OrganisationId),
            _ =>
            {
                this.Flash("角色已修改，该账号的登录会话已立即结束。");
                return RedirectToAction(nameof(Index));
            },
            async _ =>
            {
                var account = (await sender.Send(new ListUserAccountsQuery(), cancellationToken)).FirstOrDefault(u => u.Id == id);
                return account is null ? NotFound() : await RolePageAsync(form, account, cancellationToken);
            },
            cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Email(string id, CancellationToken cancellationToken)
    {
        var account = await AccountAsync(id, cancellationToken);
        return account is null ? NotFound() : View(new UserEmailViewModel(account, new UserEmailForm { Email = account.Email }));
    }

    /// <summary>Sets or clears the account's 通知邮箱 (audited, masked); its sessions go on.</summary>
    [HttpPost]
    public Task<IActionResult> Email(string id, UserEmailForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new SetUserAccountEmailCommand(id, form.Email),
            _ =>
            {
                this.Flash(string.IsNullOrWhiteSpace(form.Email) ? "通知邮箱已清除，该账号不再收到办理通知邮件。" : "通知邮箱已保存。");
                return RedirectToAction(nameof(Index));
            },
            async _ =>
            {
                var account = await AccountAsync(id, cancellationToken);
                return account is null ? NotFound() : View(nameof(Email), new UserEmailViewModel(account, form));
            },
            cancellationToken);

    private async Task<UserAccountRow?> AccountAsync(string id, CancellationToken cancellationToken) =>
        (await sender.Send(new ListUserAccountsQuery(), cancellationToken)).FirstOrDefault(u => u.Id == id);

    private async Task<IActionResult> RolePageAsync(UserRoleForm form, UserAccountRow account, CancellationToken cancellationToken) =>
        View(nameof(Role), new UserRoleViewModel(
            account, form, (await sender.Send(new ListOrganisationsQuery(IncludeVillages: true), cancellationToken)).Where(o => o.IsCurrent).ToList()));

    /// <summary>The new-account form with the organisations a clerk may be bound to.</summary>
    private async Task<IActionResult> CreatePageAsync(UserForm form, CancellationToken cancellationToken) =>
        View(nameof(Create), new CreateUserViewModel(
            form, (await sender.Send(new ListOrganisationsQuery(IncludeVillages: true), cancellationToken)).Where(o => o.IsCurrent).ToList()));
}
