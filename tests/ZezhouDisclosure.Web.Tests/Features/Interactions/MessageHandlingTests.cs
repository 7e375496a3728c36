using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>Triage, routing, answers with the personal-data warning and the concurrency rule, publication consent.</summary>
public class MessageHandlingTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<(int Id, string Number, string Code)> AskAsync(bool consent = true)
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var receipt = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, await MessageFormTests.AskFieldsAsync(factory, page, consent: consent)));
        var number = receipt.QuerySelector("#message-number")!.TextContent;
        var id = await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Number == number).Select(m => m.Id).SingleAsync());
        return (id, number, receipt.QuerySelector("#query-code")!.TextContent);
    }

    private Task<int> VersionAsync(int id) => factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.Version).SingleAsync());

    private async Task RouteToGaoduAsync(HttpClient reviewer, int id)
    {
        var page = await HtmlForms.GetAsync(reviewer, $"/admin/messages/details/{id}");
        var response = await HtmlForms.PostAsync(reviewer, $"/admin/messages/route/{id}", page.Token, new()
        {
            ["version"] = (await VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ToOrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Note"] = "属高都镇职责",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Dictionary<string, string> Reply(int version, string text, bool confirm = false) => new()
    {
        ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Reply"] = text,
        ["ConfirmPersonalData"] = confirm ? "true" : "false",
    };

    [Fact]
    public async Task RouteAnswerPublish_CitizenReadsAnswer_AndPublicListShowsItWithoutPersonalData()
    {
        var (id, number, code) = await AskAsync();
        var reviewer = await factory.ReviewerAsync("mh-reviewer-1");
        await RouteToGaoduAsync(reviewer, id);
        var clerk = await factory.ClerkAsync("mh-gaodu-1", "gaodu");

        var casePage = await HtmlForms.GetAsync(clerk, $"/admin/messages/details/{id}");
        var contact = casePage.Document.QuerySelector("#message-contact")!.TextContent;
        Assert.Contains("138****1234", contact);
        Assert.DoesNotContain("13812341234", contact);
        var answered = await HtmlForms.PostAsync(clerk, $"/admin/messages/answer/{id}", casePage.Token, Reply(await VersionAsync(id), "高都镇今年11月15日起供暖。"));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var publish = await HtmlForms.GetAsync(reviewer, $"/admin/messages/details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.PostAsync(reviewer, $"/admin/messages/publish/{id}", publish.Token, new() { ["version"] = (await VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);

        var citizen = factory.CreateBrowserClient();
        var query = await HtmlForms.GetAsync(citizen, "/hdjl/query");
        var status = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(citizen, "/hdjl/query", query.Token, new() { ["Number"] = number, ["QueryCode"] = code }));
        Assert.Equal("高都镇今年11月15日起供暖。", status.QuerySelector("#message-reply")!.TextContent);
        var list = await HtmlForms.GetAsync(citizen, "/hdjl?q=供暖&unit=" + await factory.OrganisationIdAsync("gaodu"));
        var answers = list.Document.QuerySelector("#answer-list")!.TextContent;
        Assert.Contains(number, answers);
        Assert.DoesNotContain("张三", answers);
        Assert.DoesNotContain("1234", answers.Replace(number, "", StringComparison.Ordinal));
        var routings = await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).SelectMany(m => m.Routings).CountAsync());
        Assert.Equal(1, routings);
    }

    [Fact]
    public async Task Publish_WithoutConsent_RefusedAndNotInPublicList()
    {
        var (id, number, _) = await AskAsync(consent: false);
        var reviewer = await factory.ReviewerAsync("mh-reviewer-2");
        await RouteToGaoduAsync(reviewer, id);
        var clerk = await factory.ClerkAsync("mh-gaodu-2", "gaodu");
        var casePage = await HtmlForms.GetAsync(clerk, $"/admin/messages/details/{id}");
        // Not to be published: a phone number in the reply needs no confirmation.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.PostAsync(clerk, $"/admin/messages/answer/{id}", casePage.Token, Reply(await VersionAsync(id), "请拨打13900001111联系。"))).StatusCode);

        var page = await HtmlForms.GetAsync(reviewer, $"/admin/messages/details/{id}");
        var response = await HtmlForms.PostAsync(reviewer, $"/admin/messages/publish/{id}", page.Token, new() { ["version"] = (await VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("留言人不同意公开", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(number, (await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/hdjl")).Document.Body!.TextContent);
    }

    [Fact]
    public async Task Answer_WithPhoneNumberInPublishableReply_WarnsKeepsTextUntilConfirmed()
    {
        var (id, _, _) = await AskAsync();
        var reviewer = await factory.ReviewerAsync("mh-reviewer-3");
        await RouteToGaoduAsync(reviewer, id);
        var clerk = await factory.ClerkAsync("mh-gaodu-3", "gaodu");
        var casePage = await HtmlForms.GetAsync(clerk, $"/admin/messages/details/{id}");
        const string text = "已联系张三（13812341234），问题已解决。";

        var warned = await HtmlForms.PostAsync(clerk, $"/admin/messages/answer/{id}", casePage.Token, Reply(await VersionAsync(id), text));

        Assert.Equal(HttpStatusCode.BadRequest, warned.StatusCode);
        var html = await HtmlForms.ParseAsync(warned);
        Assert.Contains("手机号码 138****1234", html.QuerySelector("#Reply-error")!.TextContent);
        Assert.Equal(text, html.QuerySelector("textarea[name=Reply]")!.TextContent);
        Assert.Equal(MessageStatus.Assigned, await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));

        var confirmed = await HtmlForms.PostAsync(clerk, $"/admin/messages/answer/{id}", casePage.Token, Reply(await VersionAsync(id), text, confirm: true));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task Answer_TwoStaffAtOnce_SecondGetsConflictAndKeepsTheirText()
    {
        var (id, _, _) = await AskAsync();
        var reviewer = await factory.ReviewerAsync("mh-reviewer-4");
        await RouteToGaoduAsync(reviewer, id);
        var first = await factory.ClerkAsync("mh-gaodu-4a", "gaodu");
        var second = await factory.ClerkAsync("mh-gaodu-4b", "gaodu");
        var firstPage = await HtmlForms.GetAsync(first, $"/admin/messages/details/{id}");
        var secondPage = await HtmlForms.GetAsync(second, $"/admin/messages/details/{id}");
        var version = await VersionAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.PostAsync(first, $"/admin/messages/answer/{id}", firstPage.Token, Reply(version, "第一位的答复。"))).StatusCode);
        var late = await HtmlForms.PostAsync(second, $"/admin/messages/answer/{id}", secondPage.Token, Reply(version, "第二位写了很长的答复。"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = await HtmlForms.ParseAsync(late);
        Assert.Contains("第二位写了很长的答复。", html.Body!.TextContent);
        Assert.Equal("第一位的答复。", await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.Reply).SingleAsync()));
    }

    [Fact]
    public async Task Details_OtherUnitsClerk_NotFound_AndRevealIsAudited()
    {
        var (id, _, _) = await AskAsync();
        var reviewer = await factory.ReviewerAsync("mh-reviewer-5");
        await RouteToGaoduAsync(reviewer, id);
        var other = await factory.ClerkAsync("mh-bagong-5", "bagong");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/messages/details/{id}")).StatusCode);

        var clerk = await factory.ClerkAsync("mh-gaodu-5", "gaodu");
        var page = await HtmlForms.GetAsync(clerk, $"/admin/messages/details/{id}");
        var revealed = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(clerk, $"/admin/messages/revealcontact/{id}", page.Token, []));

        Assert.Contains("13812341234", revealed.QuerySelector("#message-contact")!.TextContent);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "interaction.reveal-contact" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
