using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ZezhouDisclosure.Web.Mvc;

/// <summary>
/// Ends a staff session 12 hours after sign-in however active it was (security.md SEC-SES-01); the 30-minute idle
/// limit is the cookie's sliding expiry. The sign-in instant is kept in the ticket's properties, which survive
/// sliding renewals. Also applies Identity's security-stamp check (disabled accounts, changed passwords).
/// </summary>
public static class AbsoluteSessionLifetime
{
    public static readonly TimeSpan Limit = TimeSpan.FromHours(12);
    private const string SignedInAt = "zd:signed-in-at";

    public static Task StampAsync(CookieSigningInContext context)
    {
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        context.Properties.Items.TryAdd(SignedInAt, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (!context.Properties.Items.TryGetValue(SignedInAt, out var value)
            || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedIn)
            || time.GetUtcNow() - signedIn > Limit)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await Microsoft.AspNetCore.Identity.SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
