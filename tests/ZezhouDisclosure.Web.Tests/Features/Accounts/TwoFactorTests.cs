using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Features.Accounts.Controllers;

namespace ZezhouDisclosure.Web.Tests.Features.Accounts;

/// <summary>A portal that requires two-factor sign-in of administrators, as Production does.</summary>
public sealed class AdministratorTwoFactorFactory : AccountsWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Portal:SignIn:RequireAdministratorTwoFactor"] = "true" };
}

/// <summary>Staff two-factor sign-in with an authenticator app (issue 20 item 8; security.md SEC-AUTH-05).</summary>
public class TwoFactorTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>
{
    /// <summary>Signs in, enrols an authenticator through the pages and returns the client, the key and the recovery codes.</summary>
    internal static async Task<(HttpClient Client, string Key, List<string> RecoveryCodes)> EnrolAsync(AccountsWebFactory factory, HttpClient client)
    {
        var start = await HtmlForms.SubmitAsync(client, "/account/two-factor", "/account/two-factor/start", new());
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var page = await HtmlForms.GetAsync(client, "/account/two-factor");
        var uri = page.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").Single(h => h.StartsWith("otpauth://totp/", StringComparison.Ordinal));
        var key = Totp.SecretOf(uri);
        Assert.Equal(key.ToLowerInvariant(), page.Document.QuerySelector("code.shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal));

        var enabled = await HtmlForms.PostAsync(client, "/account/two-factor/enable", page.Token, new() { ["code"] = Totp.Code(key, factory.Time.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await HtmlForms.ParseAsync(enabled)).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        factory.Time.Advance(TimeSpan.FromSeconds(30)); // the enrolment used this time step's code
        return (client, key, codes);
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var page = await HtmlForms.GetAsync(client, "/account/login/code");
        return await HtmlForms.PostAsync(client, "/account/login/code", page.Token, fields);
    }

    [Fact]
    public async Task Enrol_WithACodeFromTheApp_TurnsItOnKeepsThisSessionAndIsAudited()
    {
        var client = await factory.ReviewerAsync("tf-enrol");

        var (_, _, codes) = await EnrolAsync(factory, client);

        Assert.Equal(TwoFactorController.RecoveryCodeCount, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Users.Where(u => u.UserName == "tf-enrol").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "account.2fa-enabled" && a.EntityId == "tf-enrol")));
    }

    [Fact]
    public async Task Enrol_WrongCode_Returns400AndStaysOff()
    {
        var client = await factory.ReviewerAsync("tf-wrong");
        await HtmlForms.SubmitAsync(client, "/account/two-factor", "/account/two-factor/start", new());

        var response = await HtmlForms.SubmitAsync(client, "/account/two-factor", "/account/two-factor/enable", new() { ["code"] = "000000" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Users.Where(u => u.UserName == "tf-wrong").Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task Login_WithTwoFactor_NeedsTheCodeAndRefusesItsReplay()
    {
        var (_, key, _) = await EnrolAsync(factory, await factory.ReviewerAsync("tf-login"));
        var client = factory.CreateBrowserClient();

        var password = await AccountsWebFactory.LoginAsync(client, "tf-login");
        var beforeCode = await client.GetAsync("/admin");
        var code = Totp.Code(key, factory.Time.GetUtcNow());
        var signedIn = await SecondStepAsync(client, new() { ["Code"] = code });
        var other = factory.CreateBrowserClient();
        await AccountsWebFactory.LoginAsync(other, "tf-login");
        var replayed = await SecondStepAsync(other, new() { ["Code"] = code });

        Assert.Equal("/account/login/code", password.Headers.Location!.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains(AccountController.CodeFailedMessage, await replayed.Content.ReadAsStringAsync());

        factory.Time.Advance(TimeSpan.FromSeconds(30));
        var next = await SecondStepAsync(other, new() { ["Code"] = Totp.Code(key, factory.Time.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task Login_WithARecoveryCode_WorksOnce()
    {
        var (_, _, codes) = await EnrolAsync(factory, await factory.ReviewerAsync("tf-recovery"));

        var first = factory.CreateBrowserClient();
        await AccountsWebFactory.LoginAsync(first, "tf-recovery");
        var used = await SecondStepAsync(first, new() { ["RecoveryCode"] = codes[0] });
        var second = factory.CreateBrowserClient();
        await AccountsWebFactory.LoginAsync(second, "tf-recovery");
        var again = await SecondStepAsync(second, new() { ["RecoveryCode"] = codes[0] });

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Disable_WithACode_TurnsItOffAndIsAudited()
    {
        var (client, key, _) = await EnrolAsync(factory, await factory.ReviewerAsync("tf-disable"));

        var response = await HtmlForms.SubmitAsync(client, "/account/two-factor", "/account/two-factor/disable",
            new() { ["code"] = Totp.Code(key, factory.Time.GetUtcNow()) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Users.Where(u => u.UserName == "tf-disable").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "account.2fa-disabled" && a.EntityId == "tf-disable")));
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsWebFactory.LoginAsync(factory.CreateBrowserClient(), "tf-disable")).StatusCode);
    }
}

/// <summary>Administrators must enrol before anything else where two-factor sign-in is required (Production).</summary>
public class AdministratorTwoFactorTests(AdministratorTwoFactorFactory factory) : IClassFixture<AdministratorTwoFactorFactory>
{
    [Fact]
    public async Task Administrator_WithoutTwoFactor_IsSentToEnrolFirst()
    {
        var admin = await factory.AdministratorAsync("tf-admin");

        var home = await admin.GetAsync("/admin");
        var users = await admin.GetAsync("/admin/users");
        var enrolPage = await admin.GetAsync("/account/two-factor");

        Assert.Equal("/account/two-factor", home.Headers.Location!.OriginalString);
        Assert.Equal("/account/two-factor", users.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, enrolPage.StatusCode);
        Assert.Contains("管理员账号必须启用双因素认证", await enrolPage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Administrator_AfterEnrolling_ReachesTheWorkbenchAndCannotTurnItOff()
    {
        var (admin, key, _) = await TwoFactorTests.EnrolAsync(factory, await factory.AdministratorAsync("tf-admin-enrolled"));

        var home = await admin.GetAsync("/admin");
        var disable = await HtmlForms.SubmitAsync(admin, "/account/two-factor", "/account/two-factor/disable",
            new() { ["code"] = Totp.Code(key, factory.Time.GetUtcNow()) });

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, disable.StatusCode);
    }

    [Fact]
    public async Task Reviewer_WithoutTwoFactor_IsNotStopped()
    {
        var reviewer = await factory.ReviewerAsync("tf-reviewer");

        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/admin")).StatusCode);
    }
}
