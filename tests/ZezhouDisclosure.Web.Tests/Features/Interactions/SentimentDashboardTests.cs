using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>The 舆情 register: a 重大 case's 24-hour clock runs out on the fake clock and shows on the 工作台.</summary>
public class SentimentDashboardTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<Dictionary<string, string>> CaseFieldsAsync(DateTime firstSeenBeijing) => new()
    {
        ["Topic"] = "某小区供暖不热引发网民关注",
        ["Source"] = "微博",
        ["Link"] = "https://weibo.example/123",
        ["FirstSeenAt"] = firstSeenBeijing.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["Level"] = "Major",
        ["LeadOrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["OtherOrganisationIds"] = (await factory.OrganisationIdAsync("jyj")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["LiaisonName"] = "王联络",
        ["HandlerName"] = "李承办",
    };

    [Fact]
    public async Task MajorCase_PastTwentyFourHours_ShowsOverdueOnTheCountyWorkbench()
    {
        var reviewer = await factory.ReviewerAsync("st-reviewer");
        var beijingNow = factory.Time.GetUtcNow().UtcDateTime.AddHours(8);
        var page = await HtmlForms.GetAsync(reviewer, "/admin/sentiment/create");
        var created = await HtmlForms.PostAsync(reviewer, "/admin/sentiment/create", page.Token, await CaseFieldsAsync(beijingNow.AddMinutes(-30)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var before = await HtmlForms.GetAsync(reviewer, "/admin");
        Assert.Contains("剩余 23 小时 30 分", before.Document.QuerySelector("#sentiment-panel")!.TextContent);

        factory.Time.Advance(TimeSpan.FromHours(25));
        // A new sign-in: the first session's idle limit passed with the clock.
        reviewer = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(reviewer, "st-reviewer");
        var after = await HtmlForms.GetAsync(reviewer, "/admin");

        var panel = after.Document.QuerySelector("#sentiment-panel")!.TextContent;
        Assert.Contains("已超期 1 小时 30 分", panel);
        Assert.Contains("联络人 王联络", panel);
        Assert.Contains("承办人 李承办", panel);
        var register = await HtmlForms.GetAsync(reviewer, "/admin/sentiment");
        Assert.NotNull(register.Document.QuerySelector("#sentiment-table tr.overdue"));
        var clerk = await factory.ClerkAsync("st-gaodu", "gaodu");
        Assert.Contains("某小区供暖不热", (await HtmlForms.GetAsync(clerk, "/admin")).Document.QuerySelector("#sentiment-panel")!.TextContent);
        // The register itself is the county office's: a clerk is turned away (to the access-denied page).
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.GetAsync("/admin/sentiment")).StatusCode);
    }

    [Fact]
    public async Task Register_FirstSeenInTheFuture_ChineseErrorAndNothingStored()
    {
        var reviewer = await factory.ReviewerAsync("st-reviewer-2");
        var beijingNow = factory.Time.GetUtcNow().UtcDateTime.AddHours(8);
        var page = await HtmlForms.GetAsync(reviewer, "/admin/sentiment/create");
        var fields = await CaseFieldsAsync(beijingNow.AddHours(2));
        fields["Topic"] = "未来的舆情";

        var response = await HtmlForms.PostAsync(reviewer, "/admin/sentiment/create", page.Token, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("首次发现时间不能晚于现在", (await HtmlForms.ParseAsync(response)).QuerySelector("#FirstSeenAt-error")!.TextContent);
        Assert.False(await factory.QueryAsync(db => db.SentimentCases.AnyAsync(c => c.Topic == "未来的舆情")));
    }
}
