using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Mvc;

/// <summary>A portal configured as in production: HTTPS required (Secure-only __Host- cookies, HSTS).</summary>
public sealed class HttpsRequiredFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:RequireHttps"] = "true" };

    public HttpClient Client(string scheme) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri(scheme + "://portal.test"),
    });
}

/// <summary>Issue 20 items 6 and 9: plain HTTP never reaches a page that needs Secure cookies; HSTS lasts a year.</summary>
public class HttpsOnlyMiddlewareTests(HttpsRequiredFactory factory) : IClassFixture<HttpsRequiredFactory>
{
    [Fact]
    public async Task LoginPage_OverPlainHttpWithoutForwardedProto_RedirectsToHttps()
    {
        var response = await factory.Client("http").GetAsync("/account/login?returnUrl=/admin");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("https://portal.test/account/login?returnUrl=/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LoginPost_OverPlainHttp_Returns400WithAChineseMessage()
    {
        var response = await factory.Client("http").PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "a" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("https://", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Contains("安全连接", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task LoginPage_OverHttps_ServesTheFormWithSecureHostCookies()
    {
        var response = await factory.Client("https").GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-zd-af=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HealthProbe_OverPlainHttp_IsAnswered()
    {
        var response = await factory.Client("http").GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnyPage_OverHttps_SendsHstsForAYearWithSubdomains()
    {
        var response = await factory.Client("https").GetAsync("/");

        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        Assert.Equal("max-age=31536000; includeSubDomains", hsts);
    }
}
