using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Organisations;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Web.Features.Accounts.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Accounts.Controllers;

/// <summary>Staff accounts: administrators open them (a clerk is bound to one organisation) and disable them.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Administrator)]
public sealed class UsersController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new ListUserAccountsQuery(), cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View(new CreateUserViewModel(new UserForm { Role = Roles.Clerk }, await CurrentOrganisationsAsync(cancellationToken)));

    [HttpPost]
    public async Task<IActionResult> Create(UserForm form, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new CreateUserAccountCommand(form.UserName, form.DisplayName, form.Password, form.Role, form.OrganisationId), cancellationToken);
            this.Flash($"账号 {form.UserName} 已创建。");
            return RedirectToAction(nameof(Index));
        }
        catch (FluentValidation.ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            form.Password = null;
            return View(new CreateUserViewModel(form, await CurrentOrganisationsAsync(cancellationToken)));
        }
    }

    [HttpPost]
    public async Task<IActionResult> SetEnabled(string id, bool enabled, CancellationToken cancellationToken)
    {
        await sender.Send(new SetUserAccountEnabledCommand(id, enabled), cancellationToken);
        this.Flash(enabled ? "账号已启用。" : "账号已停用，其登录会话将在1分钟内失效。");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IReadOnlyList<OrganisationSummary>> CurrentOrganisationsAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new ListOrganisationsQuery(), cancellationToken)).Where(o => o.IsCurrent).ToList();
}
