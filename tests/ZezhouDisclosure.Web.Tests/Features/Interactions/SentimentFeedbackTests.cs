using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Sentiment;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>舆情核实反馈 by a responsible unit's clerk: own unit's cases only, within the 24-hour verification clock.</summary>
public class SentimentFeedbackTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<int> CaseWithVerificationRequestAsync(string reviewerName, string topic)
    {
        var reviewer = await factory.ReviewerAsync(reviewerName);
        var beijingNow = factory.Time.GetUtcNow().UtcDateTime.AddHours(8);
        var page = await HtmlForms.GetAsync(reviewer, "/admin/sentiment/create");
        var created = await HtmlForms.PostAsync(reviewer, "/admin/sentiment/create", page.Token, new()
        {
            ["Topic"] = topic,
            ["Source"] = "微博",
            ["FirstSeenAt"] = beijingNow.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            ["Level"] = "General",
            ["LeadOrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(CultureInfo.InvariantCulture),
            ["LiaisonName"] = "王联络",
            ["HandlerName"] = "李承办",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.QueryAsync(db => db.SentimentCases.Where(c => c.Topic == topic).Select(c => c.Id).SingleAsync());
        var details = await HtmlForms.GetAsync(reviewer, $"/admin/sentiment/details/{id}");
        var asked = await HtmlForms.PostAsync(reviewer, $"/admin/sentiment/record/{id}", details.Token, new()
        {
            ["version"] = (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture),
            ["Kind"] = nameof(SentimentEntryKind.VerificationRequest),
            ["Text"] = "请高都镇核实供暖情况",
        });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        return id;
    }

    private Task<int> VersionAsync(int id) => factory.QueryAsync(db => db.SentimentCases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

    [Fact]
    public async Task Feedback_ByTheResponsibleUnitsClerk_StopsTheVerificationClock_AndTheCountyOfficeSeesIt()
    {
        var id = await CaseWithVerificationRequestAsync("sf-reviewer-1", "高都镇供暖核实甲");
        var clerk = await factory.ClerkAsync("sf-gaodu-1", "gaodu");
        var list = await HtmlForms.GetAsync(clerk, "/admin/sentimentfeedback");
        Assert.Contains("高都镇供暖核实甲", list.Document.QuerySelector("#sentiment-table")!.TextContent);
        Assert.Contains("核实反馈：剩余 24 小时", list.Document.QuerySelector("#sentiment-table")!.TextContent);
        var page = await HtmlForms.GetAsync(clerk, $"/admin/sentimentfeedback/details/{id}");

        var response = await HtmlForms.PostAsync(clerk, $"/admin/sentimentfeedback/feedback/{id}", page.Token, new()
        {
            ["version"] = (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture),
            ["Text"] = "经核实，该小区供暖管道检修，已于当日恢复。",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await factory.QueryAsync(db => db.SentimentCases.Where(c => c.Id == id).Select(c => c.VerificationAnsweredAt).SingleAsync()));
        var reviewer = await factory.ReviewerAsync("sf-reviewer-1");
        var timeline = (await HtmlForms.GetAsync(reviewer, $"/admin/sentiment/details/{id}")).Document.QuerySelector("#sentiment-timeline")!.TextContent;
        Assert.Contains("【核实反馈】经核实，该小区供暖管道检修，已于当日恢复。（sf-gaodu-1）", timeline);
    }

    [Fact]
    public async Task Feedback_AnotherUnitsClerk_NotFound_NotListed_AndNothingRecorded()
    {
        var id = await CaseWithVerificationRequestAsync("sf-reviewer-2", "高都镇供暖核实乙");
        var other = await factory.ClerkAsync("sf-bagong-2", "bagong");
        var list = await HtmlForms.GetAsync(other, "/admin/sentimentfeedback");
        Assert.DoesNotContain("高都镇供暖核实乙", list.Document.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/sentimentfeedback/details/{id}")).StatusCode);

        var response = await HtmlForms.PostAsync(other, $"/admin/sentimentfeedback/feedback/{id}", list.Token, new()
        {
            ["version"] = (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture),
            ["Text"] = "冒充反馈",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.SentimentCases.Where(c => c.Id == id).Select(c => c.VerificationAnsweredAt).SingleAsync()));
    }

    [Fact]
    public async Task Feedback_WithoutAnOutstandingRequest_ChineseConflictAndNothingRecorded()
    {
        var id = await CaseWithVerificationRequestAsync("sf-reviewer-3", "高都镇供暖核实丙");
        var clerk = await factory.ClerkAsync("sf-gaodu-3", "gaodu");
        var page = await HtmlForms.GetAsync(clerk, $"/admin/sentimentfeedback/details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.PostAsync(clerk, $"/admin/sentimentfeedback/feedback/{id}", page.Token, new()
        {
            ["version"] = (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture),
            ["Text"] = "第一次反馈",
        })).StatusCode);

        var again = await HtmlForms.PostAsync(clerk, $"/admin/sentimentfeedback/feedback/{id}", page.Token, new()
        {
            ["version"] = (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture),
            ["Text"] = "第二次反馈",
        });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("没有待反馈的核实要求", (await HtmlForms.ParseAsync(again)).Body!.TextContent);
        Assert.Equal(1, await factory.QueryAsync(db => db.SentimentCases.Where(c => c.Id == id).SelectMany(c => c.Entries).CountAsync(e => e.Kind == SentimentEntryKind.VerificationFeedback)));
    }
}
