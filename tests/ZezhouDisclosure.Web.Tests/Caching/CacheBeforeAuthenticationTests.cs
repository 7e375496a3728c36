using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Tests.Features.Api;
using static ZezhouDisclosure.TestKit.Web.OutputCacheResponses;

namespace ZezhouDisclosure.Web.Tests.Caching;

/// <summary>Counts the calls authentication makes, per request path (the authentication middleware calls it on every request it sees).</summary>
public sealed class AuthenticationCalls
{
    private readonly Dictionary<string, int> calls = [];

    public int For(string path)
    {
        lock (calls)
        {
            return calls.GetValueOrDefault(path);
        }
    }

    public void Count(string path)
    {
        lock (calls)
        {
            calls[path] = calls.GetValueOrDefault(path) + 1;
        }
    }
}

/// <summary>The real authentication service, counting its calls.</summary>
public sealed class CountingAuthenticationService(AuthenticationService inner, AuthenticationCalls calls) : IAuthenticationService
{
    public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
    {
        calls.Count(context.Request.Path);
        return inner.AuthenticateAsync(context, scheme);
    }

    public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ChallengeAsync(context, scheme, properties);

    public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ForbidAsync(context, scheme, properties);

    public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) =>
        inner.SignInAsync(context, scheme, principal, properties);

    public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.SignOutAsync(context, scheme, properties);
}

/// <summary>The portal with its authentication service counted.</summary>
public sealed class CountedAuthenticationFactory : ZezhouWebFactory
{
    public AuthenticationCalls Calls { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IAuthenticationService>();
            services.AddScoped<AuthenticationService>();
            services.AddScoped<IAuthenticationService>(sp => new CountingAuthenticationService(sp.GetRequiredService<AuthenticationService>(), Calls));
        });
    }
}

/// <summary>
/// The output cache answers anonymous hits before authentication and authorisation run (issue 19). Anonymous is decided
/// from the request (no sign-in cookie, no Authorization header), so these tests prove what must still hold: staff never
/// get a cached anonymous page, no staff page is ever cached, security headers stay on cached answers and the API's
/// per-client limit counts cached answers.
/// </summary>
public class CacheBeforeAuthenticationTests(CountedAuthenticationFactory factory) : IClassFixture<CountedAuthenticationFactory>
{
    [Fact]
    public async Task AnonymousHit_IsAnsweredWithoutRunningAuthentication()
    {
        var client = factory.CreateBrowserClient();
        var miss = await client.GetAsync("/site/statement");
        var afterMiss = factory.Calls.For("/site/statement");

        var hit = await client.GetAsync("/site/statement");

        Assert.False(FromCache(miss));
        Assert.True(afterMiss > 0, "a miss goes on to authentication");
        Assert.True(FromCache(hit));
        Assert.Equal(afterMiss, factory.Calls.For("/site/statement"));
    }

    [Fact]
    public async Task CachedHit_CarriesTheSecurityHeaders()
    {
        var client = factory.CreateBrowserClient();
        await client.GetAsync("/site/contact");

        var hit = await client.GetAsync("/site/contact");

        Assert.True(FromCache(hit));
        Assert.Contains("default-src 'self'", hit.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", hit.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", hit.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", hit.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("zd-auth=forged")]
    [InlineData("zd-authC1=chunk")]
    public async Task SignInCookie_EvenAForgedOne_NeitherReadsNorFillsTheCache(string cookie)
    {
        var path = "/site/privacy?c=" + Uri.EscapeDataString(cookie);
        var withCookie = factory.CreateBrowserClient();
        withCookie.DefaultRequestHeaders.Add("Cookie", cookie);
        var anonymous = factory.CreateBrowserClient();

        var first = await withCookie.GetAsync(path);
        var anonymousAfter = await anonymous.GetAsync(path);
        var anonymousAgain = await anonymous.GetAsync(path);
        var withCookieAgain = await withCookie.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(FromCache(anonymousAfter), "the request with the cookie must not have stored the page");
        Assert.True(FromCache(anonymousAgain));
        Assert.False(FromCache(withCookieAgain), "a request with the cookie must not read the cache");
        Assert.True(factory.Calls.For("/site/privacy") >= 2, "requests with the cookie go on to authentication");
    }

    [Fact]
    public async Task SignedInStaff_AfterAnonymousFilledTheCache_GetTheirOwnPage()
    {
        var anonymous = factory.CreateBrowserClient();
        await anonymous.GetAsync("/");
        Assert.True(FromCache(await anonymous.GetAsync("/")));
        var clerk = await factory.ClerkAsync("early-cache-clerk", "gaodu");

        var staffHome = await clerk.GetAsync("/");
        var staffHomeAgain = await clerk.GetAsync("/");
        var anonymousHome = await anonymous.GetAsync("/");

        Assert.False(FromCache(staffHome));
        Assert.False(FromCache(staffHomeAgain));
        Assert.Contains("工作台", await staffHome.Content.ReadAsStringAsync());
        Assert.Contains("工作台", await staffHomeAgain.Content.ReadAsStringAsync());
        Assert.True(FromCache(anonymousHome));
        Assert.DoesNotContain("工作台", await anonymousHome.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaffPages_AreNeverCached_NeitherForStaffNorForAnonymousVisitors()
    {
        var reviewer = await factory.ReviewerAsync("early-cache-reviewer");
        var anonymous = factory.CreateBrowserClient();

        var staff = await reviewer.GetAsync("/admin");
        var staffAgain = await reviewer.GetAsync("/admin");
        var anonymousFirst = await anonymous.GetAsync("/admin");
        var anonymousAgain = await anonymous.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, staffAgain.StatusCode);
        Assert.False(FromCache(staff));
        Assert.False(FromCache(staffAgain));
        Assert.Contains("no-store", staffAgain.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, anonymousFirst.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousAgain.StatusCode);
        Assert.False(FromCache(anonymousAgain));
        Assert.Contains("/account/login", anonymousAgain.Headers.Location?.ToString());
    }

    [Fact]
    public void CachedEndpoints_NoneRequiresAuthorisationOrBelongsToTheBackOffice()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var cached = endpoints.Where(e => e.Metadata.GetMetadata<OutputCacheAttribute>() is { NoStore: false }
            || e.Metadata.GetMetadata<IOutputCachePolicy>() is not null).ToList();
        var offending = cached.Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0
                && e.Metadata.GetMetadata<IAllowAnonymous>() is null
                || (e is RouteEndpoint route && (route.RoutePattern.RawText ?? "").StartsWith("admin", StringComparison.OrdinalIgnoreCase))
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>()?.RouteValues.TryGetValue("area", out var area) == true && !string.IsNullOrEmpty(area))
            .Select(e => e.DisplayName).ToList();

        Assert.True(cached.Count > 20, "the scan found the cached public endpoints");
        Assert.Empty(offending);
    }
}

/// <summary>The API's per-client limit still counts answers the output cache gives (the limiter runs before it).</summary>
public class CachedApiRateLimitTests(LimitedApiFactory factory) : IClassFixture<LimitedApiFactory>
{
    [Fact]
    public async Task Get_CachedApiAnswers_CountTowardsThePerClientLimit()
    {
        var client = factory.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.GetAsync("/api/v1/organisations"));
        }

        var refused = await client.GetAsync("/api/v1/organisations");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.False(FromCache(answers[0]));
        Assert.True(FromCache(answers[1]));
        Assert.True(FromCache(answers[2]));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}
