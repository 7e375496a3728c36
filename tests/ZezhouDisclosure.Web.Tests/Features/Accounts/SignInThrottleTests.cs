using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Web.Features.Accounts.Controllers;

namespace ZezhouDisclosure.Web.Tests.Features.Accounts;

/// <summary>
/// Sign-in failures reveal nothing and lock nobody out (issue 20 item 7; security.md SEC-AUTH-01/02): one message for
/// every failure, the same password work for unknown names, a wait per (name, client) instead of an account lock.
/// </summary>
public class SignInThrottleTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>
{
    private const string Wrong = "Wrong-Password-1";

    private static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        var document = await TestKit.Web.HtmlForms.ParseAsync(response);
        return document.QuerySelector(".error-summary ul")?.TextContent.Trim() ?? "";
    }

    [Fact]
    public async Task Login_UnknownNameOrWrongPassword_SameStatusMessageAndPasswordWork()
    {
        await factory.CreateClerkAsync("throttle-known", "gaodu");

        var before = factory.Hasher.Verifications;
        var wrong = await AccountsWebFactory.LoginAsync(factory.ClientFrom("10.1.0.1"), "throttle-known", Wrong);
        var afterWrong = factory.Hasher.Verifications;
        var unknown = await AccountsWebFactory.LoginAsync(factory.ClientFrom("10.1.0.1"), "throttle-nobody", Wrong);
        var afterUnknown = factory.Hasher.Verifications;

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(AccountController.FailedMessage, await ErrorOf(wrong));
        Assert.Equal(AccountController.FailedMessage, await ErrorOf(unknown));
        Assert.Equal(1, afterWrong - before);
        Assert.Equal(1, afterUnknown - afterWrong);
    }

    [Fact]
    public async Task Login_DisabledAccount_SameMessageAndPasswordWork()
    {
        await factory.CreateClerkAsync("throttle-disabled", "gaodu");
        var admin = await factory.AdministratorAsync("throttle-admin");
        var id = await factory.UserIdAsync("throttle-disabled");
        await TestKit.Web.HtmlForms.SubmitAsync(admin, "/admin/users", $"/admin/users/setenabled/{id}", new() { ["enabled"] = "false" });

        var before = factory.Hasher.Verifications;
        var response = await AccountsWebFactory.LoginAsync(factory.ClientFrom("10.1.0.2"), "throttle-disabled");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountController.FailedMessage, await ErrorOf(response));
        Assert.Equal(1, factory.Hasher.Verifications - before);
    }

    [Fact]
    public async Task Login_FiveFailuresFromOneClient_ThatClientWaitsAnotherClientSignsIn()
    {
        await factory.CreateClerkAsync("throttle-victim", "gaodu");
        for (var i = 0; i < 5; i++)
        {
            await AccountsWebFactory.LoginAsync(factory.ClientFrom("10.2.0.1"), "throttle-victim", Wrong);
        }

        var attacker = await AccountsWebFactory.LoginAsync(factory.ClientFrom("10.2.0.1"), "throttle-victim");
        var owner = await AccountsWebFactory.LoginAsync(factory.ClientFrom("10.2.0.2"), "throttle-victim");

        Assert.Equal(HttpStatusCode.BadRequest, attacker.StatusCode);
        Assert.Equal(AccountController.FailedMessage, await ErrorOf(attacker));
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.Users.Where(u => u.UserName == "throttle-victim").Select(u => u.LockoutEnd).SingleAsync()));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "account.locked-out" && a.EntityId == "throttle-victim")));
    }

    [Fact]
    public async Task Login_AfterTheWait_MayTryAgainAndEachFurtherFailureDoublesTheWait()
    {
        await factory.CreateClerkAsync("throttle-waits", "gaodu");
        var client = factory.ClientFrom("10.3.0.1");
        for (var i = 0; i < 5; i++)
        {
            await AccountsWebFactory.LoginAsync(client, "throttle-waits", Wrong);
        }

        factory.Time.Advance(TimeSpan.FromSeconds(61));
        var sixth = await AccountsWebFactory.LoginAsync(client, "throttle-waits", Wrong); // checked, fails: now 2 minutes
        var before = factory.Hasher.Verifications;
        factory.Time.Advance(TimeSpan.FromSeconds(90));
        var tooSoon = await AccountsWebFactory.LoginAsync(client, "throttle-waits");
        var notChecked = factory.Hasher.Verifications - before;
        factory.Time.Advance(TimeSpan.FromSeconds(31));
        var afterWait = await AccountsWebFactory.LoginAsync(client, "throttle-waits");

        Assert.Equal(HttpStatusCode.BadRequest, sixth.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooSoon.StatusCode);
        Assert.Equal(0, notChecked);
        Assert.Equal(HttpStatusCode.Redirect, afterWait.StatusCode);
    }

    [Fact]
    public async Task Login_ManyFailuresFromManyClients_NeverLockTheAccount()
    {
        await factory.CreateClerkAsync("throttle-many", "gaodu");
        for (var client = 0; client < 6; client++)
        {
            for (var i = 0; i < 4; i++)
            {
                await AccountsWebFactory.LoginAsync(factory.ClientFrom($"10.4.0.{client + 1}"), "throttle-many", Wrong);
            }
        }

        var owner = await AccountsWebFactory.LoginAsync(factory.ClientFrom("10.4.1.1"), "throttle-many");

        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task Login_UnknownName_AuditKeepsNotWhatWasTyped()
    {
        const string typed = "Typed-Secret-Pa55word";

        await AccountsWebFactory.LoginAsync(factory.ClientFrom("10.5.0.1"), typed, Wrong);

        var entries = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "account.signin-failed").ToListAsync());
        Assert.Contains(entries, e => e.EntityId == "未知账户" && e.Summary.Contains($"{typed.Length}个字符", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EntityId.Contains(typed, StringComparison.OrdinalIgnoreCase)
                                            || e.Summary.Contains(typed, StringComparison.OrdinalIgnoreCase));
    }
}
