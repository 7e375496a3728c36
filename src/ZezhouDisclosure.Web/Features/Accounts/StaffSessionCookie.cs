using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ZezhouDisclosure.Infrastructure.Identity;

namespace ZezhouDisclosure.Web.Features.Accounts;

/// <summary>What the session check learnt about the signed-in account on this request.</summary>
public sealed record StaffSessionFeature(string SessionId, bool TwoFactorEnabled);

/// <summary>
/// The staff cookie's events (security.md SEC-SES-01/02, SEC-AUTH-06). Sign-in starts a server-side session
/// (<see cref="StaffSessions"/>) whose id the cookie carries; every authenticated request then reads that session and
/// its account in one query and refuses the cookie when the session was ended (sign-out), the account's security stamp
/// is not the one in the cookie (password, role or two-factor change, disabling), the account is disabled, or the
/// session began longer ago than <see cref="StaffSignInOptions.AbsoluteLifetime"/>. The idle limit is the cookie's sliding
/// expiry (<see cref="StaffSignInOptions.IdleTimeout"/>). A copied cookie therefore stops working at the moment any of these
/// happens, not at the next periodic check.
/// </summary>
public static class StaffSessionCookie
{
    public const string SessionIdKey = "zd:sid";
    private const string SignedInAt = "zd:signed-in-at";

    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        var services = context.HttpContext.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        context.Properties.Items.TryAdd(SignedInAt, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));

        // A refresh (after a password or two-factor change) keeps its session; a new sign-in starts one.
        if (!context.Properties.Items.TryGetValue(SessionIdKey, out var existing) || string.IsNullOrEmpty(existing))
        {
            var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
            var userId = context.Principal?.FindFirst(claims.UserIdClaimType)?.Value
                         ?? throw new InvalidOperationException("A staff sign-in without a user id.");
            context.Properties.Items[SessionIdKey] =
                await services.GetRequiredService<StaffSessions>().StartAsync(userId, context.HttpContext.RequestAborted);
        }
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var limit = services.GetRequiredService<IOptions<StaffSignInOptions>>().Value.AbsoluteLifetime;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;

        StaffSessionState? session = null;
        var valid = context.Properties.Items.TryGetValue(SignedInAt, out var value)
                    && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedIn)
                    && now - signedIn <= limit
                    && context.Properties.Items.TryGetValue(SessionIdKey, out var sessionId)
                    && !string.IsNullOrEmpty(sessionId)
                    && (session = await services.GetRequiredService<StaffSessions>().FindAsync(sessionId, context.HttpContext.RequestAborted)) is not null
                    && !session.IsEnded
                    && now - new DateTimeOffset(session.StartedAt, TimeSpan.Zero) <= limit
                    && session.UserId == principal?.FindFirst(claims.UserIdClaimType)?.Value
                    && session.SecurityStamp == principal.FindFirst(claims.SecurityStampClaimType)?.Value
                    && session.LockoutEnd != DateTimeOffset.MaxValue;
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        context.HttpContext.Features.Set(new StaffSessionFeature(context.Properties.Items[SessionIdKey]!, session!.TwoFactorEnabled));
    }

    /// <summary>Ends the current request's session on the server (sign-out), so a copy of its cookie opens nothing.</summary>
    public static async Task EndCurrentAsync(HttpContext httpContext)
    {
        var auth = await httpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (auth.Properties?.Items.TryGetValue(SessionIdKey, out var sessionId) == true && !string.IsNullOrEmpty(sessionId))
        {
            await httpContext.RequestServices.GetRequiredService<StaffSessions>().EndAsync(sessionId, httpContext.RequestAborted);
        }
    }
}
