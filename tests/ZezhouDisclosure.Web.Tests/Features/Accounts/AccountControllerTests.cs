using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Accounts;

public class AccountControllerTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password) =>
        HtmlForms.SubmitAsync(client, "/account/login", "/account/login", new() { ["UserName"] = user, ["Password"] = password });

    [Fact]
    public async Task Login_WrongPasswordOrUnknownUser_SameChineseMessage()
    {
        await factory.CreateClerkAsync("login-clerk", "gaodu");

        var wrong = await LoginAsync(factory.CreateBrowserClient(), "login-clerk", "Wrong-Password-1");
        var unknown = await LoginAsync(factory.CreateBrowserClient(), "nobody-here", "Wrong-Password-1");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("登录名或密码不正确。", await wrong.Content.ReadAsStringAsync());
        Assert.Contains("登录名或密码不正确。", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_ForeignReturnUrl_GoesToTheBackOffice()
    {
        await factory.CreateClerkAsync("return-url-clerk", "gaodu");
        var client = factory.CreateBrowserClient();

        var response = await HtmlForms.SubmitAsync(client, "/account/login", "/account/login", new()
        {
            ["UserName"] = "return-url-clerk",
            ["Password"] = ZezhouWebFactory.Password,
            ["ReturnUrl"] = "//evil.example/",
        });

        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_Success_SetsAHttpOnlyCookieAndIsAudited()
    {
        await factory.CreateClerkAsync("cookie-clerk", "gaodu");
        var client = factory.CreateBrowserClient();

        var response = await LoginAsync(client, "cookie-clerk", ZezhouWebFactory.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zd-auth", StringComparison.Ordinal));

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "account.signin" && a.EntityId == "cookie-clerk")));
    }

    [Fact]
    public async Task Logout_Post_EndsTheSession()
    {
        await factory.CreateClerkAsync("logout-clerk", "gaodu");
        var client = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(client, "logout-clerk");

        var response = await HtmlForms.SubmitAsync(client, "/admin", "/account/logout", new());
        var after = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", after.Headers.Location!.ToString());
    }
}
