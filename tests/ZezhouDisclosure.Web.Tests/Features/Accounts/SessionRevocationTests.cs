using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Accounts;

/// <summary>Sessions end on the server at once (issue 20 item 2; security.md SEC-SES-01/02, SEC-AUTH-06).</summary>
public class SessionRevocationTests(AccountsWebFactory factory, ITestOutputHelper output) : IClassFixture<AccountsWebFactory>
{
    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location!.ToString());
    }

    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string userName, string role = Roles.Clerk)
    {
        await factory.CreateUserAsync(userName, role, role == Roles.Clerk ? "gaodu" : null);
        var client = factory.CreateBrowserClient();
        var response = await AccountsWebFactory.LoginAsync(client, userName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, AccountsWebFactory.AuthCookie(response));
    }

    [Fact]
    public async Task Logout_CookieCopiedBefore_IsSentToSignInWhenReplayed()
    {
        var (client, cookie) = await SignInAsync("session-logout");
        var replay = factory.ReplayClient(cookie);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/admin")).StatusCode);

        await HtmlForms.SubmitAsync(client, "/admin", "/account/logout", new());

        AssertSentToSignIn(await replay.GetAsync("/admin"));
    }

    [Fact]
    public async Task ChangePassword_OtherSessionsEnd_ThisOneGoesOn()
    {
        var (client, _) = await SignInAsync("session-password");
        var (other, otherCookie) = await SignInAsync("session-password");

        var response = await HtmlForms.SubmitAsync(client, "/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = ZezhouWebFactory.Password,
            ["NewPassword"] = "Another-Secret-9x!",
            ["ConfirmPassword"] = "Another-Secret-9x!",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        AssertSentToSignIn(await other.GetAsync("/admin"));
        AssertSentToSignIn(await factory.ReplayClient(otherCookie).GetAsync("/admin"));
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_Returns400AndKeepsThePassword()
    {
        var (client, _) = await SignInAsync("session-password-wrong");

        var response = await HtmlForms.SubmitAsync(client, "/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = "Not-The-Password-1",
            ["NewPassword"] = "Another-Secret-9x!",
            ["ConfirmPassword"] = "Another-Secret-9x!",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("当前密码不正确。", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsWebFactory.LoginAsync(factory.CreateBrowserClient(), "session-password-wrong")).StatusCode);
    }

    [Fact]
    public async Task ChangeRole_ByAdministrator_EndsTheAccountsSessionsAtOnce()
    {
        var (_, cookie) = await SignInAsync("session-role");
        var admin = await factory.AdministratorAsync("session-role-admin");
        var id = await factory.UserIdAsync("session-role");

        var response = await HtmlForms.SubmitAsync(admin, $"/admin/users/role/{id}", $"/admin/users/role/{id}", new() { ["Role"] = Roles.Reviewer });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertSentToSignIn(await factory.ReplayClient(cookie).GetAsync("/admin"));
        var again = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(again, "session-role");
        Assert.Contains("审核员", await again.GetStringAsync("/admin"));
    }

    [Fact]
    public async Task Disable_ByAdministrator_EndsTheAccountsSessionsAtOnce()
    {
        var (_, cookie) = await SignInAsync("session-disable");
        var replay = factory.ReplayClient(cookie);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/admin")).StatusCode);
        var admin = await factory.AdministratorAsync("session-disable-admin");
        var id = await factory.UserIdAsync("session-disable");

        var response = await HtmlForms.SubmitAsync(admin, "/admin/users", $"/admin/users/setenabled/{id}", new() { ["enabled"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertSentToSignIn(await replay.GetAsync("/admin"));
    }

    [Fact]
    public async Task Session_IdleForLongerThan30Minutes_IsSentToSignIn()
    {
        var (client, _) = await SignInAsync("session-idle");

        factory.Time.Advance(TimeSpan.FromMinutes(29));
        var active = await client.GetAsync("/admin");
        factory.Time.Advance(TimeSpan.FromMinutes(31));
        var idle = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        AssertSentToSignIn(idle);
    }

    [Fact]
    public async Task Session_ActiveForMoreThan12Hours_IsSentToSignIn()
    {
        var (client, _) = await SignInAsync("session-absolute");
        var statuses = new List<HttpStatusCode>();

        // A request every 25 minutes keeps the idle limit away: 28 of them reach 11 h 40 min, the 30th 12 h 30 min.
        for (var i = 0; i < 30; i++)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(25));
            statuses.Add((await client.GetAsync("/admin")).StatusCode);
        }

        Assert.All(statuses.Take(28), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.Redirect, statuses[^1]);
    }

    /// <summary>
    /// The price of the check: one primary-key query (session joined to its account) per authenticated request.
    /// The median is printed for docs/architecture.md; the bound only catches a gross regression (a scan, N+1).
    /// </summary>
    [Fact]
    public async Task SessionCheck_OneLookUpPerRequest_StaysCheap()
    {
        await SignInAsync("session-cost");
        await using var scope = factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<StaffSessions>();
        var id = await sessions.StartAsync(await factory.UserIdAsync("session-cost"));
        await sessions.FindAsync(id); // warm the query
        var times = new List<double>();
        for (var i = 0; i < 500; i++)
        {
            var watch = Stopwatch.StartNew();
            Assert.NotNull(await sessions.FindAsync(id));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"session check: median {median:F3} ms, p95 {times[(int)(times.Count * 0.95)]:F3} ms over {times.Count}"));
        Assert.True(median < 20, $"median {median} ms");
    }
}
