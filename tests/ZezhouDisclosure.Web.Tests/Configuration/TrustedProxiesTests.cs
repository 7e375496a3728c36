using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Configuration;

/// <summary>A portal with the shipped proxy settings (none configured: loopback only) and 3 sign-ins a minute.</summary>
public sealed class ConnectionAddressFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:LoginAttemptsPerMinute"] = "3" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressStartupFilter>());
    }
}

/// <summary>Issue 20 item 1: X-Forwarded-For / X-Forwarded-Proto count only when the connection comes from a trusted proxy.</summary>
public class TrustedProxiesTests(ConnectionAddressFactory factory) : IClassFixture<ConnectionAddressFactory>
{
    private const string Outsider = "203.0.113.7";

    [Fact]
    public async Task Login_RotatingForwardedForFromAnUntrustedAddress_StillHitsTheRateLimit()
    {
        var client = factory.CreateBrowserClient();
        var token = (await HtmlForms.GetAsync(client, "/account/login")).Token;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await PostLoginAsync(client, token, Outsider, forwardedFor: $"198.51.100.{i + 1}", "guess")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Login_ForwardedForFromTheLoopbackProxy_IsTheClientsOwnPartition()
    {
        var client = factory.CreateBrowserClient();
        var token = (await HtmlForms.GetAsync(client, "/account/login")).Token;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            // nginx on the same host: each forwarded client has its own allowance of 3.
            statuses.Add((await PostLoginAsync(client, token, "127.0.0.1", forwardedFor: $"192.0.2.{i + 10}", "guess")).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task SignIn_SpoofedForwardedForFromAnUntrustedAddress_AuditsTheConnectionAddress()
    {
        await factory.CreateUserAsync("proxy-audit", Roles.Reviewer);
        var client = factory.CreateBrowserClient();
        var token = (await HtmlForms.GetAsync(client, "/account/login")).Token;

        var response = await PostLoginAsync(client, token, "203.0.113.8", forwardedFor: "198.51.100.200", "proxy-audit", ZezhouWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var addresses = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Account" && a.EntityId == "proxy-audit").Select(a => a.IpAddress).ToListAsync());
        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.Equal("203.0.113.8", a));
    }

    [Fact]
    public async Task SignIn_ForwardedForFromTheLoopbackProxy_AuditsTheForwardedClient()
    {
        await factory.CreateUserAsync("proxy-audit-nginx", Roles.Reviewer);
        var client = factory.CreateBrowserClient();
        var token = (await HtmlForms.GetAsync(client, "/account/login")).Token;

        await PostLoginAsync(client, token, "::1", forwardedFor: "198.51.100.201", "proxy-audit-nginx", ZezhouWebFactory.Password);

        var addresses = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Account" && a.EntityId == "proxy-audit-nginx").Select(a => a.IpAddress).ToListAsync());
        Assert.Contains("198.51.100.201", addresses);
    }

    [Fact]
    public async Task SignIn_ForwardedProtoHttpsFromAnUntrustedAddress_DoesNotMakeTheRequestHttps()
    {
        await factory.CreateUserAsync("proxy-scheme", Roles.Reviewer);
        var client = factory.CreateBrowserClient();
        var token = (await HtmlForms.GetAsync(client, "/account/login")).Token;

        var spoofed = await PostLoginAsync(client, token, "203.0.113.9", forwardedFor: null, "proxy-scheme", ZezhouWebFactory.Password, forwardedProto: "https");

        // Cookies follow the request's scheme in Testing (SameAsRequest): an https request would mark them Secure.
        var cookie = Assert.Single(spoofed.Headers.GetValues("Set-Cookie"), c => c.StartsWith("zd-auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_ForwardedProtoHttpsFromTheLoopbackProxy_IsHttps()
    {
        await factory.CreateUserAsync("proxy-scheme-nginx", Roles.Reviewer);
        var client = factory.CreateBrowserClient();
        var token = (await HtmlForms.GetAsync(client, "/account/login")).Token;

        var forwarded = await PostLoginAsync(client, token, "127.0.0.1", forwardedFor: "192.0.2.99", "proxy-scheme-nginx", ZezhouWebFactory.Password, forwardedProto: "https");

        var cookie = Assert.Single(forwarded.Headers.GetValues("Set-Cookie"), c => c.StartsWith("zd-auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static Task<HttpResponseMessage> PostLoginAsync(
        HttpClient client, string token, string connectionAddress, string? forwardedFor, string userName, string password = "Wrong-Password-2026", string? forwardedProto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add(ClientAddressStartupFilter.HeaderName, connectionAddress);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return client.SendAsync(request);
    }
}
