using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.TestKit.Web;
using static ZezhouDisclosure.TestKit.Web.OutputCacheResponses;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>
/// 撤回公开: the county office takes a published answer off the public site; its cached page, the 答复 lists and the
/// search entry go at once, the reason is audited, and it can be published again unless the citizen withdrew consent.
/// </summary>
public class MessageWithdrawalTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private Task<string> SearchAsync(string query) =>
        factory.CreateBrowserClient().GetStringAsync("/search?q=" + Uri.EscapeDataString(query));

    private async Task<(int Id, string Number, HttpClient Reviewer)> PublishedAsync(string suffix, string title, string reply)
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var fields = await MessageFormTests.AskFieldsAsync(factory, page);
        fields["Title"] = title;
        var receipt = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, fields));
        var number = receipt.QuerySelector("#message-number")!.TextContent;
        var id = await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Number == number).Select(m => m.Id).SingleAsync());
        var reviewer = await factory.ReviewerAsync("mw-reviewer-" + suffix);
        await MessageSteps.RouteAsync(factory, reviewer, id, "gaodu");
        var clerk = await factory.ClerkAsync("mw-gaodu-" + suffix, "gaodu");
        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.PostStepAsync(factory, clerk, id, "answer", new() { ["Reply"] = reply, ["ConfirmPersonalData"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.PostStepAsync(factory, reviewer, id, "publish", [])).StatusCode);
        return (id, number, reviewer);
    }

    private Task<HttpResponseMessage> WithdrawAsync(HttpClient reviewer, int id, string reason, bool consentWithdrawn = false) =>
        MessageSteps.PostStepAsync(factory, reviewer, id, "withdraw", new()
        {
            ["WithdrawReason"] = reason,
            ["ConsentWithdrawn"] = consentWithdrawn ? "true" : "false",
        });

    [Fact]
    public async Task Withdraw_CachedPublishedAnswer_PageListsAndSearchDropItAtOnce_AuditedWithTheReason_AndItCanBePublishedAgain()
    {
        var (id, number, reviewer) = await PublishedAsync("1", "枇杷园灌溉水渠维修", "水渠已列入今年维修计划。");
        var anonymous = factory.CreateBrowserClient();
        var unit = await factory.OrganisationIdAsync("gaodu");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/hdjl/dafu/{number}")).StatusCode);
        var cached = await anonymous.GetAsync($"/hdjl/dafu/{number}");
        Assert.True(FromCache(cached), "the answer page is served from the output cache");
        Assert.Contains("水渠已列入今年维修计划。", await cached.Content.ReadAsStringAsync());
        Assert.Contains(number, await anonymous.GetStringAsync("/hdjl"));
        Assert.Contains(number, await anonymous.GetStringAsync($"/hdjl?unit={unit}"));
        Assert.Contains($"/hdjl/dafu/{number}", await SearchAsync("枇杷园灌溉水渠"));

        var withdrawn = await WithdrawAsync(reviewer, id, "答复中发现留言人的住址，需删除后再公开。");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var gone = await anonymous.GetAsync($"/hdjl/dafu/{number}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.False(FromCache(gone));
        Assert.DoesNotContain(number, await anonymous.GetStringAsync("/hdjl"));
        Assert.DoesNotContain(number, await anonymous.GetStringAsync($"/hdjl?unit={unit}"));
        Assert.DoesNotContain($"/hdjl/dafu/{number}", await SearchAsync("枇杷园灌溉水渠"));
        var audit = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.Action == InteractionAuditActions.Withdraw && a.EntityId == id.ToString(CultureInfo.InvariantCulture)).Select(a => a.Summary).ToListAsync());
        Assert.Equal([$"撤回公开留言 {number} 的答复：答复中发现留言人的住址，需删除后再公开。"], audit);
        var casePage = await HtmlForms.GetAsync(reviewer, $"/admin/messages/details/{id}");
        Assert.Contains("答复中发现留言人的住址", casePage.Document.QuerySelector("#message-withdrawal")!.TextContent);
        Assert.Equal("同意，已撤回公开", casePage.Document.QuerySelector("#message-publication")!.TextContent);
        Assert.Equal("重新公开", casePage.Document.QuerySelector("#act-publish")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.PostStepAsync(factory, reviewer, id, "publish", [])).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/hdjl/dafu/{number}")).StatusCode);
        Assert.Contains(number, await anonymous.GetStringAsync("/hdjl"));
        Assert.Contains($"/hdjl/dafu/{number}", await SearchAsync("枇杷园灌溉水渠"));
    }

    [Fact]
    public async Task Withdraw_CitizenWithdrewConsent_CannotBePublishedAgain()
    {
        var (id, number, reviewer) = await PublishedAsync("2", "小区路灯不亮", "已安排维修路灯。");

        Assert.Equal(HttpStatusCode.Redirect, (await WithdrawAsync(reviewer, id, "留言人来电要求不再公开。", consentWithdrawn: true)).StatusCode);
        var again = await MessageSteps.PostStepAsync(factory, reviewer, id, "publish", []);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("留言人不同意公开，不能公开。", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync($"/hdjl/dafu/{number}")).StatusCode);
        Assert.False(await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.PublicationConsent).SingleAsync()));
    }

    [Fact]
    public async Task Withdraw_AsTheAnsweringClerk_Denied_AndTheAnswerStaysPublished()
    {
        var (id, number, _) = await PublishedAsync("3", "村道积水", "已疏通排水沟。");
        var clerk = await factory.ClerkAsync("mw-gaodu-3", "gaodu");

        var response = await WithdrawAsync(clerk, id, "我想撤回。");

        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(response.Headers.Location)).StatusCode);
        Assert.True(await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.IsPublished).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync($"/hdjl/dafu/{number}")).StatusCode);
    }

    [Fact]
    public async Task Withdraw_StaleVersion_409_KeepsTheReason_AndNothingChanges()
    {
        var (id, number, reviewer) = await PublishedAsync("4", "公交站牌信息有误", "已更正站牌。");
        var page = await HtmlForms.GetAsync(reviewer, $"/admin/messages/details/{id}");
        var stale = await MessageSteps.VersionAsync(factory, id) - 1;

        var response = await HtmlForms.PostAsync(reviewer, $"/admin/messages/withdraw/{id}", page.Token, new()
        {
            ["version"] = stale.ToString(CultureInfo.InvariantCulture),
            ["WithdrawReason"] = "另一位同事写的撤回理由。",
            ["ConsentWithdrawn"] = "false",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await HtmlForms.ParseAsync(response);
        Assert.Equal("另一位同事写的撤回理由。", html.QuerySelector("textarea[name=WithdrawReason]")!.TextContent);
        Assert.True(await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.IsPublished).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync($"/hdjl/dafu/{number}")).StatusCode);
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_Chinese400_AndNothingChanges()
    {
        var (id, _, reviewer) = await PublishedAsync("5", "健身器材损坏", "已更换器材。");

        var response = await WithdrawAsync(reviewer, id, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写撤回公开的理由。", await response.Content.ReadAsStringAsync());
        Assert.True(await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.IsPublished).SingleAsync()));
    }
}
