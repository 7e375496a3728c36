using System.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Application.Accounts;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.Web.Features.Accounts.Models;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Features.Accounts.Controllers;

/// <summary>
/// 双因素认证 for the signed-in staff member: enrol an authenticator app (the key as text and as an otpauth:// link;
/// no script needed), get recovery codes, renew them, turn it off. Every change is audited and keeps this session
/// while ending the account's others (the security stamp changes).
/// </summary>
[Route("account/two-factor")]
[Authorize]
[AllowWithoutTwoFactor]
public sealed class TwoFactorController(
    UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, IOptions<StaffSignInOptions> signInOptions,
    IWebHostEnvironment environment, ISender sender) : Controller
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "泽州县政务公开";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(await ModelAsync(user, []));
    }

    /// <summary>Makes a new authenticator key for the account (a fresh one each time; the old one stops working).</summary>
    [HttpPost("start")]
    public async Task<IActionResult> Start()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            await signInManager.RefreshSignInAsync(user);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(string? code, CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (await userManager.GetAuthenticatorKeyAsync(user) is null || !await VerifyAsync(user, code))
        {
            ModelState.AddModelError("code", "验证码不正确，请核对验证器中显示的6位数字后重试。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await ModelAsync(user, []));
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await signInManager.RefreshSignInAsync(user);
        await sender.Send(new RecordAccountEventCommand(AccountEvent.TwoFactorEnabled, user.UserName ?? ""), cancellationToken);
        return View(nameof(Index), await ModelAsync(user, codes));
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> RecoveryCodes(string? code, CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled || !await VerifyAsync(user, code))
        {
            ModelState.AddModelError("code", "验证码不正确，请核对验证器中显示的6位数字后重试。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await ModelAsync(user, []));
        }

        var codes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await sender.Send(new RecordAccountEventCommand(AccountEvent.RecoveryCodesRenewed, user.UserName ?? ""), cancellationToken);
        return View(nameof(Index), await ModelAsync(user, codes));
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable(string? code, CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (Required())
        {
            ModelState.AddModelError(string.Empty, "管理员必须使用双因素认证，不能停用。");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Index), await ModelAsync(user, []));
        }

        if (!user.TwoFactorEnabled || !await VerifyAsync(user, code))
        {
            ModelState.AddModelError("code", "验证码不正确，请核对验证器中显示的6位数字后重试。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await ModelAsync(user, []));
        }

        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        await signInManager.RefreshSignInAsync(user);
        await sender.Send(new RecordAccountEventCommand(AccountEvent.TwoFactorDisabled, user.UserName ?? ""), cancellationToken);
        this.Flash("双因素认证已停用。");
        return RedirectToAction(nameof(Index));
    }

    private bool Required() =>
        (signInOptions.Value.RequireAdministratorTwoFactor ?? environment.IsProduction()) && User.IsInRole(Roles.Administrator);

    private async Task<bool> VerifyAsync(AppUser user, string? code) =>
        !string.IsNullOrWhiteSpace(code)
        && await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code.Trim());

    private async Task<TwoFactorViewModel> ModelAsync(AppUser user, IReadOnlyList<string> newCodes)
    {
        var key = user.TwoFactorEnabled ? null : await userManager.GetAuthenticatorKeyAsync(user);
        return new TwoFactorViewModel(
            user.TwoFactorEnabled,
            Required(),
            key is null ? null : Grouped(key),
            key is null ? null : AuthenticatorUri(user.UserName ?? "", key),
            user.TwoFactorEnabled ? await userManager.CountRecoveryCodesAsync(user) : 0,
            newCodes);
    }

    /// <summary>The key in groups of four, lower case, as people type it into an app.</summary>
    private static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string AuthenticatorUri(string userName, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
}
