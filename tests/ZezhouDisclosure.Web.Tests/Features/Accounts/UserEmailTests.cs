using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Users;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Accounts;

/// <summary>通知邮箱: set by an administrator (on a new account or an existing one) or by staff on their own page.</summary>
public class UserEmailTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private Task<string> UserIdAsync(string userName) =>
        factory.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private Task<string?> EmailAsync(string userName) =>
        factory.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Email).SingleAsync());

    private Task<List<string>> AuditAsync(string userId) =>
        factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == UserAuditActions.ChangeEmail && a.EntityId == userId)
            .OrderBy(a => a.Id).Select(a => a.Summary).ToListAsync());

    [Fact]
    public async Task Email_AdministratorSetsAClerksAddress_StoredAuditedMaskedInTheList_AndClearedAgain()
    {
        var admin = await factory.AdministratorAsync("ue-admin-1");
        await factory.CreateClerkAsync("ue-clerk-1", "gaodu");
        var id = await UserIdAsync("ue-clerk-1");

        var saved = await HtmlForms.SubmitAsync(admin, $"/admin/users/email/{id}", $"/admin/users/email/{id}", new() { ["Email"] = "  wang.gaodu@zezhou.gov.cn " });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("wang.gaodu@zezhou.gov.cn", await EmailAsync("ue-clerk-1"));
        var list = await admin.GetStringAsync("/admin/users");
        Assert.Contains("w*********@zezhou.gov.cn", list);
        Assert.DoesNotContain("wang.gaodu@zezhou.gov.cn", list);
        Assert.Equal(["通知邮箱改为 w*********@zezhou.gov.cn"], await AuditAsync(id));

        var cleared = await HtmlForms.SubmitAsync(admin, $"/admin/users/email/{id}", $"/admin/users/email/{id}", new() { ["Email"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Null(await EmailAsync("ue-clerk-1"));
        Assert.Equal("清除通知邮箱", (await AuditAsync(id))[^1]);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("wang@localhost")]
    [InlineData("wang li@zezhou.gov.cn")]
    [InlineData("wang@@zezhou.gov.cn")]
    public async Task Email_InvalidAddress_Chinese400_NothingSaved_AndTheTypedTextKept(string address)
    {
        var admin = await factory.AdministratorAsync("ue-admin-2");
        await factory.CreateClerkAsync("ue-clerk-2", "gaodu");
        var id = await UserIdAsync("ue-clerk-2");

        var response = await HtmlForms.SubmitAsync(admin, $"/admin/users/email/{id}", $"/admin/users/email/{id}", new() { ["Email"] = address });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await HtmlForms.ParseAsync(response);
        Assert.Contains(StaffEmailRules.InvalidMessage, html.Body!.TextContent);
        Assert.Equal(address, html.QuerySelector("input[name=Email]")!.GetAttribute("value"));
        Assert.Null(await EmailAsync("ue-clerk-2"));
        Assert.Empty(await AuditAsync(id));
    }

    [Fact]
    public async Task Email_OversizeAddress_Chinese400()
    {
        var admin = await factory.AdministratorAsync("ue-admin-3");
        await factory.CreateClerkAsync("ue-clerk-3", "gaodu");
        var id = await UserIdAsync("ue-clerk-3");

        var response = await HtmlForms.SubmitAsync(admin, $"/admin/users/email/{id}", $"/admin/users/email/{id}",
            new() { ["Email"] = new string('a', 250) + "@zezhou.gov.cn" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("电子邮箱不能超过256个字符。", await response.Content.ReadAsStringAsync());
        Assert.Null(await EmailAsync("ue-clerk-3"));
    }

    [Fact]
    public async Task Create_WithAddress_TheNewAccountHasIt_AndAnInvalidOneIsA400()
    {
        var admin = await factory.AdministratorAsync("ue-admin-4");
        var organisation = (await factory.OrganisationIdAsync("gaodu")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var bad = await HtmlForms.SubmitAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "ue-new-bad", ["DisplayName"] = "新信息员", ["Password"] = "Strong-Pass-2026x", ["Role"] = Roles.Clerk,
            ["OrganisationId"] = organisation, ["Email"] = "li@",
        });
        var good = await HtmlForms.SubmitAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["UserName"] = "ue-new-good", ["DisplayName"] = "新信息员", ["Password"] = "Strong-Pass-2026x", ["Role"] = Roles.Clerk,
            ["OrganisationId"] = organisation, ["Email"] = "li.gaodu@zezhou.gov.cn",
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains(StaffEmailRules.InvalidMessage, await bad.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.QueryAsync(db => db.Users.CountAsync(u => u.UserName == "ue-new-bad")));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("li.gaodu@zezhou.gov.cn", await EmailAsync("ue-new-good"));
    }

    [Fact]
    public async Task OwnPage_ClerkSetsTheirOwnAddress_SessionGoesOn_AndItIsAudited()
    {
        var clerk = await factory.ClerkAsync("ue-clerk-5", "gaodu");

        var saved = await HtmlForms.SubmitAsync(clerk, "/account/email", "/account/email", new() { ["Email"] = "zhao.gaodu@zezhou.gov.cn" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("zhao.gaodu@zezhou.gov.cn", await EmailAsync("ue-clerk-5"));
        var page = await HtmlForms.GetAsync(clerk, "/account/email");
        Assert.Equal("zhao.gaodu@zezhou.gov.cn", page.Document.QuerySelector("input[name=Email]")!.GetAttribute("value"));
        Assert.Equal(["通知邮箱改为 z*********@zezhou.gov.cn"], await AuditAsync(await UserIdAsync("ue-clerk-5")));

        var bad = await HtmlForms.SubmitAsync(clerk, "/account/email", "/account/email", new() { ["Email"] = "zhao@" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("zhao.gaodu@zezhou.gov.cn", await EmailAsync("ue-clerk-5"));
    }

    [Fact]
    public async Task Email_ClerkOnTheAdministratorsPage_IsDenied_AndNothingChanges()
    {
        var clerk = await factory.ClerkAsync("ue-clerk-6", "gaodu");
        await factory.CreateClerkAsync("ue-clerk-6b", "bagong");
        var other = await UserIdAsync("ue-clerk-6b");
        var token = (await HtmlForms.GetAsync(clerk, "/account/email")).Token;

        var response = await HtmlForms.PostAsync(clerk, $"/admin/users/email/{other}", token, new() { ["Email"] = "evil@zezhou.gov.cn" });

        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Null(await EmailAsync("ue-clerk-6b"));
    }
}
