using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Web.Features.Accounts.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Accounts.Controllers;

/// <summary>
/// 我的通知邮箱: a signed-in staff member sets, changes or clears the address their unit's case notifications go to
/// (audited; the session goes on).
/// </summary>
[Route("account/email")]
[Authorize]
public sealed class AccountEmailController(ISender sender, UserManager<AppUser> userManager) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await userManager.GetUserAsync(User);
        return user is null ? Challenge() : View(new UserEmailForm { Email = user.Email });
    }

    [HttpPost("")]
    public Task<IActionResult> Index(UserEmailForm form, CancellationToken cancellationToken) =>
        this.SendFormAsync(sender, new SetUserAccountEmailCommand(null, form.Email),
            _ =>
            {
                this.Flash(string.IsNullOrWhiteSpace(form.Email) ? "通知邮箱已清除。" : "通知邮箱已保存，本单位的办理通知将发送到该邮箱。");
                return RedirectToAction(nameof(Index));
            },
            _ => View(form),
            cancellationToken);
}
