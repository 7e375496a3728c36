using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ZezhouDisclosure.Application.Accounts;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Web.Features.Accounts.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Accounts.Controllers;

/// <summary>
/// Staff sign-in (password, then an authenticator code when the account has two-factor sign-in), sign-out and password
/// change. Every failure gives the same message and status, whether the name exists, the password is wrong, the
/// account is disabled or this client must wait (<see cref="SignInThrottle"/>); an unknown name costs a password check
/// too (<see cref="DecoyPasswordCheck"/>). No account is ever locked by failed passwords.
/// </summary>
[Route("account")]
[AllowWithoutTwoFactor]
public sealed class AccountController(
    SignInManager<AppUser> signInManager, UserManager<AppUser> userManager, SignInThrottle throttle, DecoyPasswordCheck decoy, ISender sender)
    : Controller
{
    public const string FailedMessage = "登录名或密码不正确。多次失败后须等待一段时间才能再试。";
    public const string CodeFailedMessage = "验证码不正确或已使用过，请输入验证器中新的验证码。";

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
        var key = SignInThrottle.KeyOf(userName, HttpContext.Connection.RemoteIpAddress);
        var user = await userManager.FindByNameAsync(userName);
        if (throttle.WaitFor(key) > TimeSpan.Zero)
        {
            await sender.Send(new RecordAccountEventCommand(AccountEvent.LockedOut, userName, user is not null), cancellationToken);
            return Failed(form, FailedMessage);
        }

        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (user is null)
        {
            decoy.Run(form.Password);
        }
        else
        {
            result = await signInManager.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: false);
            if (result.IsLockedOut || result.IsNotAllowed)
            {
                decoy.Run(form.Password); // refused before the password was checked
            }
        }

        if (result.Succeeded)
        {
            throttle.Reset(key);
            await sender.Send(new RecordAccountEventCommand(AccountEvent.SignedIn, userName), cancellationToken);
            return this.RedirectToLocal(form.ReturnUrl, Url.Action("Index", "Home", new { area = "Admin" })!);
        }

        if (result.RequiresTwoFactor)
        {
            throttle.Reset(key);
            return RedirectToAction(nameof(LoginWithCode), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
        }

        throttle.RecordFailure(key);
        await sender.Send(new RecordAccountEventCommand(AccountEvent.SignInFailed, userName, user is not null), cancellationToken);
        return Failed(form, FailedMessage);
    }

    /// <summary>The second step, for accounts with two-factor sign-in (the password step was passed minutes ago).</summary>
    [HttpGet("login/code")]
    public async Task<IActionResult> LoginWithCode(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login), new { returnUrl })
            : View(new LoginCodeForm { ReturnUrl = returnUrl });

    [HttpPost("login/code")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(DependencyInjection.LoginRateLimit)]
    public async Task<IActionResult> LoginWithCode(LoginCodeForm form, CancellationToken cancellationToken)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            this.Flash("登录已超时，请重新输入登录名和密码。");
            return RedirectToAction(nameof(Login), new { returnUrl = form.ReturnUrl });
        }

        if (string.IsNullOrWhiteSpace(form.Code) && string.IsNullOrWhiteSpace(form.RecoveryCode))
        {
            ModelState.AddModelError(nameof(form.Code), "请输入验证器中的6位验证码，或一个恢复码。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form with { Code = null, RecoveryCode = null });
        }

        var key = SignInThrottle.KeyOf(user.UserName ?? "", HttpContext.Connection.RemoteIpAddress);
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (throttle.WaitFor(key) == TimeSpan.Zero)
        {
            result = string.IsNullOrWhiteSpace(form.RecoveryCode)
                ? await signInManager.TwoFactorAuthenticatorSignInAsync(form.Code!.Trim(), isPersistent: false, rememberClient: false)
                : await signInManager.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        }

        if (result.Succeeded)
        {
            throttle.Reset(key);
            await sender.Send(new RecordAccountEventCommand(AccountEvent.SignedIn, user.UserName ?? ""), cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : Url.Action("Index", "Home", new { area = "Admin" })!);
        }

        throttle.RecordFailure(key);
        await sender.Send(new RecordAccountEventCommand(AccountEvent.TwoFactorFailed, user.UserName ?? ""), cancellationToken);
        ModelState.AddModelError(nameof(form.Code), CodeFailedMessage);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form with { Code = null, RecoveryCode = null });
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        var name = User.Identity?.Name ?? "";
        await StaffSessionCookie.EndCurrentAsync(HttpContext);
        await signInManager.SignOutAsync();
        await sender.Send(new RecordAccountEventCommand(AccountEvent.SignedOut, name), cancellationToken);
        return LocalRedirect(PortalUrls.Home);
    }

    [HttpGet("password")]
    [Authorize]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    /// <summary>Changes the signed-in account's password; this session goes on, every other one of the account ends.</summary>
    [HttpPost("password")]
    [Authorize]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(form.CurrentPassword))
        {
            ModelState.AddModelError(nameof(form.CurrentPassword), "请输入当前密码。");
        }

        if (string.IsNullOrEmpty(form.NewPassword))
        {
            ModelState.AddModelError(nameof(form.NewPassword), "请输入新密码。");
        }
        else if (form.NewPassword != form.ConfirmPassword)
        {
            ModelState.AddModelError(nameof(form.ConfirmPassword), "两次输入的新密码不一致。");
        }

        if (ModelState.IsValid)
        {
            var changed = await userManager.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
            if (changed.Succeeded)
            {
                await signInManager.RefreshSignInAsync(user);
                await sender.Send(new RecordAccountEventCommand(AccountEvent.PasswordChanged, user.UserName ?? ""), cancellationToken);
                this.Flash("密码已修改。在其他设备上的登录已全部退出。");
                return RedirectToAction("Index", "Home", new { area = "Admin" });
            }

            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword),
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "当前密码不正确。" : error.Description);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new ChangePasswordForm());
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult Failed(LoginForm form, string message)
    {
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Login), form with { Password = null });
    }
}
