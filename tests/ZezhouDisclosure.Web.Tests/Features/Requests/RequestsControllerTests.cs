using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Requests;

/// <summary>The citizen's 依申请公开 journey over HTTP: apply, receipt, double submission, status page.</summary>
public class RequestsControllerTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<Dictionary<string, string>> FieldsAsync(HtmlForms.Page page, string idNumber = "140525199001011235")
    {
        var key = page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!;
        return new()
        {
            ["SubmissionKey"] = key,
            ["OrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ApplicantType"] = "NaturalPerson",
            ["ApplicantName"] = "王小明",
            ["IdType"] = "ResidentIdCard",
            ["IdNumber"] = idNumber,
            ["Phone"] = "13812341234",
            ["Description"] = "高都镇2026年农村低保资金发放明细",
            ["Form"] = "Electronic",
            ["ReceivingMethod"] = "Online",
            ["PrivacyAccepted"] = "true",
        };
    }

    [Fact]
    public async Task Apply_Get_ShowsTheFormWithAOneTimeKeyAndThePrivacyNotice()
    {
        var client = factory.CreateBrowserClient();

        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("label[for=IdNumber]"));
        Assert.Contains("个人信息处理说明", page.Document.Body!.TextContent);
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Apply_BadIdNumber_Returns400WithTheFieldErrorAndKeepsTheInput()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");
        var fields = await FieldsAsync(page, idNumber: "140525199001011234");

        var response = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", page.Token, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await HtmlForms.ParseAsync(response);
        Assert.Contains("校验位", html.QuerySelector("#IdNumber-error")!.TextContent);
        Assert.Equal("true", html.QuerySelector("#IdNumber")!.GetAttribute("aria-invalid"));
        Assert.Equal("高都镇2026年农村低保资金发放明细", html.QuerySelector("#Description")!.TextContent);
        Assert.Equal("王小明", html.QuerySelector("#ApplicantName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Apply_PostedTwice_MakesOneApplicationAndShowsTheSameNumber_ThenStatusNeedsBothNumberAndCode()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");
        var fields = await FieldsAsync(page);

        var first = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", page.Token, fields);
        var second = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", page.Token, fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var receipt = await HtmlForms.ParseAsync(first);
        var again = await HtmlForms.ParseAsync(second);
        var number = receipt.QuerySelector("#request-number")!.TextContent;
        var code = receipt.QuerySelector("#query-code")!.TextContent;
        Assert.Equal(number, again.QuerySelector("#request-number")!.TextContent);
        Assert.Null(again.QuerySelector("#query-code"));
        Assert.Equal(1, await factory.QueryAsync(db => db.DisclosureRequests.CountAsync(r => r.SubmissionKey == fields["SubmissionKey"])));

        var query = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/query");
        var found = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/query", query.Token, new() { ["Number"] = number, ["QueryCode"] = code });
        var status = await HtmlForms.ParseAsync(found);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("已登记", status.QuerySelector("#request-status")!.TextContent);
        Assert.NotNull(status.QuerySelector("#request-due"));
        Assert.Contains("收到申请", status.QuerySelector(".deadline-explanation")!.TextContent);

        var wrong = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/query", query.Token, new() { ["Number"] = number, ["QueryCode"] = "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA" });
        var unknown = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/query", query.Token, new() { ["Number"] = "YSQ209901010001", ["QueryCode"] = code });
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(
            (await HtmlForms.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent,
            (await HtmlForms.ParseAsync(unknown)).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Query_WithoutTheCode_Returns400()
    {
        var client = factory.CreateBrowserClient();

        var response = await HtmlForms.SubmitAsync(client, "/xxgk/ysqgk/query", "/xxgk/ysqgk/query", new() { ["Number"] = "YSQ202611270001" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写查询码", (await HtmlForms.ParseAsync(response)).QuerySelector("#QueryCode-error")!.TextContent);
    }

    [Fact]
    public async Task OnRequestColumn_LinksToTheForm()
    {
        var client = factory.CreateBrowserClient();

        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk");

        Assert.NotNull(page.Document.QuerySelector("a[href='/xxgk/ysqgk/apply']"));
    }
}

/// <summary>A portal that allows 2 application posts and 3 status queries a minute per address.</summary>
public sealed class LowRequestFormLimitFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Portal:RequestFormPostsPerMinute"] = "2",
        ["Portal:RequestQueriesPerMinute"] = "3",
    };
}

public class RequestFormRateLimitTests(LowRequestFormLimitFactory factory) : IClassFixture<LowRequestFormLimitFactory>
{
    [Fact]
    public async Task ApplyAndQuery_HaveSeparateLimits_AndThe429PageSaysHowLongToWait()
    {
        var client = factory.CreateBrowserClient();
        var applyToken = (await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply")).Token;
        for (var i = 0; i < 2; i++)
        {
            await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", applyToken, new() { ["ApplicantName"] = "x" });
        }

        var blockedApply = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", applyToken, new() { ["ApplicantName"] = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, blockedApply.StatusCode);

        // The application limit is used up; mistyped queries still get their own allowance.
        var token = (await HtmlForms.GetAsync(client, "/xxgk/ysqgk/query")).Token;
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/query", token, new() { ["Number"] = "YSQ202611270001", ["QueryCode"] = "guess" + i });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        var wait = last!.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait!.Value.TotalSeconds, 1, 60);
        var page = await HtmlForms.ParseAsync(last);
        Assert.Contains($"请在{ZezhouDisclosure.Web.Models.ErrorViewModel.Wait((int)wait.Value.TotalSeconds)}后再试", page.QuerySelector(".problem")!.TextContent);
    }
}

public class ErrorWaitTextTests
{
    [Theory]
    [InlineData(45, " 45 秒")]
    [InlineData(60, " 1 分钟")]
    [InlineData(90, " 1 分 30 秒")]
    public void Wait_SaysTheWaitInChinese(int seconds, string expected) =>
        Assert.Equal(expected, ZezhouDisclosure.Web.Models.ErrorViewModel.Wait(seconds));
}
