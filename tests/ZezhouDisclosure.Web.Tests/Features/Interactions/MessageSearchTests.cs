using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>Published answers in the portal search and on their own public page, without personal data.</summary>
public class MessageSearchTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private Task<string> SearchAsync(string query) =>
        factory.CreateBrowserClient().GetStringAsync("/search?q=" + Uri.EscapeDataString(query));

    private async Task<(int Id, string Number)> AnsweredAsync(string reviewerName, string clerkName, string title, string content, string reply)
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var fields = await MessageFormTests.AskFieldsAsync(factory, page);
        fields["Title"] = title;
        fields["Content"] = content;
        var receipt = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, fields));
        var number = receipt.QuerySelector("#message-number")!.TextContent;
        var id = await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Number == number).Select(m => m.Id).SingleAsync());
        var reviewer = await factory.ReviewerAsync(reviewerName);
        await MessageSteps.RouteAsync(factory, reviewer, id, "gaodu");
        var clerk = await factory.ClerkAsync(clerkName, "gaodu");
        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.PostStepAsync(factory, clerk, id, "answer", new() { ["Reply"] = reply, ["ConfirmPersonalData"] = "true" })).StatusCode);
        return (id, number);
    }

    [Fact]
    public async Task Search_PublishedAnswer_FoundByTheQuestionAndTheAnswer_LinksToItsPage_WithoutPersonalData()
    {
        var (id, number) = await AnsweredAsync("ms-reviewer-1", "ms-gaodu-1", "蓝莓采摘园停车问题", "采摘园门口停车难，我的电话13812345678。", "已协调增设临时停车位，咨询电话0356-3022222。");
        Assert.DoesNotContain(number, await SearchAsync("蓝莓采摘园"));
        var reviewer = await factory.ReviewerAsync("ms-reviewer-1");

        Assert.Equal(HttpStatusCode.Redirect, (await MessageSteps.PostStepAsync(factory, reviewer, id, "publish", [])).StatusCode);

        var byQuestion = await SearchAsync("蓝莓采摘园");
        Assert.Contains($"href=\"/hdjl/dafu/{number}\"", byQuestion);
        Assert.Contains("留言答复", byQuestion);
        var byAnswer = await SearchAsync("临时停车位");
        Assert.Contains($"href=\"/hdjl/dafu/{number}\"", byAnswer);
        Assert.DoesNotContain("13812345678", byQuestion + byAnswer);
        Assert.DoesNotContain("张三", byQuestion + byAnswer);
        var answerPage = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/hdjl/dafu/{number}");
        var text = answerPage.Document.QuerySelector("#published-answer")!.TextContent;
        Assert.Contains("已协调增设临时停车位", text);
        Assert.Contains("138****5678", text);
        Assert.DoesNotContain("13812345678", text);
        Assert.DoesNotContain("张三", text);
    }

    [Fact]
    public async Task AnswerPage_UnpublishedOrUnknownNumber_NotFound()
    {
        var (_, number) = await AnsweredAsync("ms-reviewer-2", "ms-gaodu-2", "未公开的留言标题", "内容。", "答复。");

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync($"/hdjl/dafu/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync("/hdjl/dafu/LY000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync("/hdjl/dafu/%3Cscript%3E")).StatusCode);
        var search = await SearchAsync("未公开的留言标题");
        Assert.DoesNotContain($"/hdjl/dafu/{number}", search);
        Assert.DoesNotContain("class=\"search-results\"", search);
    }
}
