using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>The bad input not covered elsewhere: blank content, and a reply to a case that is already closed.</summary>
public class MessageBadInputTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public async Task Ask_BlankContent_Chinese400_NothingStored_AndTheTitleKept(string content)
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var fields = await MessageFormTests.AskFieldsAsync(factory, page);
        fields["Title"] = "空白内容的留言" + content.Length;
        fields["Content"] = content;

        var response = await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await HtmlForms.ParseAsync(response);
        Assert.Contains("请填写内容", html.QuerySelector("#Content-error")!.TextContent);
        Assert.Equal(fields["Title"], html.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        Assert.Equal(0, await factory.QueryAsync(db => db.CitizenMessages.CountAsync(m => m.Title == fields["Title"])));
    }

    [Fact]
    public async Task Answer_CaseAlreadyAnswered_ChineseConflict_TheSecondReplyIsShownNotSaved()
    {
        var (id, _) = await MessageSteps.AskAsync(factory, "");
        await MessageSteps.RouteAsync(factory, await factory.ReviewerAsync("mb-reviewer-1"), id, "gaodu");
        var first = await factory.ClerkAsync("mb-gaodu-1a", "gaodu");
        var second = await factory.ClerkAsync("mb-gaodu-1b", "gaodu");
        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.PostStepAsync(factory, first, id, "answer", new() { ["Reply"] = "第一位的答复。", ["ConfirmPersonalData"] = "false" })).StatusCode);

        // The second clerk posts with the case's current version: the case is closed, not stale.
        var late = await MessageSteps.PostStepAsync(factory, second, id, "answer", new() { ["Reply"] = "补充的答复内容。", ["ConfirmPersonalData"] = "false" });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = await HtmlForms.ParseAsync(late);
        Assert.Contains("该留言已答复办结，不能再办理。", html.Body!.TextContent);
        Assert.Equal("补充的答复内容。", html.QuerySelector("#unsaved-reply-text")!.TextContent);
        Assert.Equal("第一位的答复。", await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.Reply).SingleAsync()));
        Assert.Equal(MessageStatus.Answered, await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }
}
