using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Accounts;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Web.Features.Accounts.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Accounts.Controllers;

/// <summary>Staff sign-in. The same message for an unknown name and a wrong password; lockout after 5 failures.</summary>
[Route("account")]
public sealed class AccountController(SignInManager<AppUser> signInManager, ISender sender) : Controller
{
    private const string FailedMessage = "登录名或密码不正确。";

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(DependencyInjection.LoginRateLimit)]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(string.Empty, "请输入登录名和密码。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form with { Password = null });
        }

        var userName = form.UserName.Trim();
        var result = await signInManager.PasswordSignInAsync(userName, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await sender.Send(new RecordAccountEventCommand(AccountEvent.SignedIn, userName), cancellationToken);
            return this.RedirectToLocal(form.ReturnUrl, Url.Action("Index", "Home", new { area = "Admin" })!);
        }

        await sender.Send(
            new RecordAccountEventCommand(result.IsLockedOut ? AccountEvent.LockedOut : AccountEvent.SignInFailed, userName),
            cancellationToken);
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? "登录失败次数过多，账号已暂时锁定，请15分钟后再试或联系管理员。" : FailedMessage);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form with { Password = null });
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        var name = User.Identity?.Name ?? "";
        await signInManager.SignOutAsync();
        await sender.Send(new RecordAccountEventCommand(AccountEvent.SignedOut, name), cancellationToken);
        return LocalRedirect(PortalUrls.Home);
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
