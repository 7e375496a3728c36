using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Caching;

/// <summary>
/// Caches a GET or HEAD of a public page for an anonymous visitor, keyed by path, every query value and the 长辈版
/// preference. Never for signed-in users (they neither read nor fill the cache), never a response that sets a cookie,
/// asks not to be stored (antiforgery forms, the 依申请公开 pages) or is not a 200, and never a page rendered while a
/// committed change was being evicted (it may have read the old data). A page is stored from its second request on
/// (<see cref="CacheAdmission"/>; <c>Portal:OutputCache:AdmitOnSecondRequest</c>).
/// </summary>
/// <remarks>
/// The output cache runs <b>before</b> authentication and authorisation (issue 19; ADR 0009, update), so a hit costs
/// neither. "Anonymous" is therefore decided from the request itself: no <c>Authorization</c> header and no staff
/// sign-in cookie (the application cookie, or any chunk of it). A request carrying the cookie — valid, expired or
/// forged — never reads or fills the cache and goes on to authentication as before. As a second guard, a response
/// rendered for an authenticated user is never stored, whatever the request looked like.
/// </remarks>
public sealed class PublicPagePolicy(
    IOptions<OutputCacheSettings> settings,
    CacheGeneration generation,
    CacheAdmission admission,
    IOptionsMonitor<CookieAuthenticationOptions> cookies) : IOutputCachePolicy
{
    private const string GenerationKey = "zd-cache-generation";

    /// <summary>
    /// Whether the request carries the staff sign-in cookie (or one of its chunks: the chunking cookie manager names
    /// them <c>{name}C1</c>, <c>{name}C2</c>, …). Only its presence counts: validating it is authentication's job.
    /// </summary>
    public bool HasSignInCookie(HttpRequest request)
    {
        var name = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var cookie in request.Cookies)
        {
            if (cookie.Key.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var attempt = settings.Value.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && string.IsNullOrEmpty(request.Headers.Authorization)
            && http.User.Identity?.IsAuthenticated != true
            && !HasSignInCookie(request);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(settings.Value.DurationSeconds);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["elder"] = ElderMode.IsOn(http) ? "1" : "0";
        context.Tags.Add(PublicPageCache.AllTag);
        http.Items[GenerationKey] = generation.Current;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || ForbidsStorage(response.Headers.CacheControl)
            || context.HttpContext.User.Identity?.IsAuthenticated == true
            || context.HttpContext.Items[GenerationKey] is not long started
            || started != generation.Current)
        {
            context.AllowCacheStorage = false;
        }
        else if (context.AllowCacheStorage && settings.Value.AdmitOnSecondRequest && !admission.SeenBefore(Address(context.HttpContext)))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>What the cache key varies by: path, query and the 长辈版 preference.</summary>
    private static string Address(HttpContext http) =>
        string.Concat(http.Request.Path.Value, http.Request.QueryString.Value, ElderMode.IsOn(http) ? "#elder" : "");

    private static bool ForbidsStorage(Microsoft.Extensions.Primitives.StringValues cacheControl)
    {
        if (!CacheControlHeaderValue.TryParse(cacheControl.ToString(), out var value) || value is null)
        {
            return false;
        }

        return value.NoStore || value.NoCache || value.Private;
    }
}

/// <summary>
/// Counts evictions on this node. A page whose rendering overlapped an eviction is not stored, because it may show
/// what the committed change just replaced.
/// </summary>
public sealed class CacheGeneration
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    public void Advance() => Interlocked.Increment(ref current);
}
