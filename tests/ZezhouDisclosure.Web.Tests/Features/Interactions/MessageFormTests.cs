using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Interactions;

/// <summary>The public 留言 and 找错 forms: receipt and query code, antiforgery, honeypot, bad input, the footer link.</summary>
public class MessageFormTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    internal static async Task<Dictionary<string, string>> AskFieldsAsync(ZezhouWebFactory factory, HtmlForms.Page page, string unit = "gaodu", bool consent = true) => new()
    {
        ["SubmissionKey"] = page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!,
        ["Category"] = "Consultation",
        ["OrganisationId"] = (await factory.OrganisationIdAsync(unit)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Title"] = "今年供暖何时开始",
        ["Content"] = "请问高都镇今年冬季供暖从哪天开始？",
        ["Name"] = "张三",
        ["Phone"] = "13812341234",
        ["Email"] = "",
        ["PublicationConsent"] = consent ? "true" : "false",
        ["website"] = "",
    };

    [Fact]
    public async Task Ask_ValidForm_ShowsNumberAndCodeOnce_AndTheQueryFindsIt()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");

        var response = await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, await AskFieldsAsync(factory, page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var receipt = await HtmlForms.ParseAsync(response);
        var number = receipt.QuerySelector("#message-number")!.TextContent;
        var code = receipt.QuerySelector("#query-code")!.TextContent;
        Assert.Matches("^LY[0-9]{12}$", number);
        // Friday 2026-11-27 + 5 working days.
        Assert.Contains("2026年12月4日", receipt.QuerySelector("#message-due")!.TextContent);

        var query = await HtmlForms.GetAsync(client, "/hdjl/query");
        var status = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(client, "/hdjl/query", query.Token, new() { ["Number"] = number.ToLowerInvariant(), ["QueryCode"] = code }));
        Assert.Equal("待分办", status.QuerySelector("#message-status")!.TextContent);
        Assert.Null(status.QuerySelector("input[name=QueryCode]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Ask_SameFormPostedTwice_OneMessageAndNoSecondCode()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var fields = await AskFieldsAsync(factory, page);

        var first = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, fields));
        var second = await HtmlForms.ParseAsync(await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, fields));

        Assert.Equal(first.QuerySelector("#message-number")!.TextContent, second.QuerySelector("#message-number")!.TextContent);
        Assert.Null(second.QuerySelector("#query-code"));
    }

    [Fact]
    public async Task Ask_WithoutAntiforgeryToken_Refused()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var before = await factory.QueryAsync(db => db.CitizenMessages.CountAsync());

        var response = await HtmlForms.PostAsync(client, "/hdjl/ly", "", await AskFieldsAsync(factory, page));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.CitizenMessages.CountAsync()));
    }

    [Fact]
    public async Task Ask_HoneypotFilled_RefusedAndNothingStored()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var fields = await AskFieldsAsync(factory, page);
        fields["website"] = "http://spam.example";

        var response = await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("表单中有不应填写的内容", (await HtmlForms.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        Assert.False(await factory.QueryAsync(db => db.CitizenMessages.AnyAsync(m => m.SubmissionKey == fields["SubmissionKey"])));
    }

    [Fact]
    public async Task Ask_EmptyOversizeAndInvalidContact_ChineseErrorsAndTypedTextKept()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
        var fields = await AskFieldsAsync(factory, page);
        fields["Title"] = "";
        fields["Content"] = new string('长', 4001);
        fields["Phone"] = "abc";
        fields["Email"] = "not-an-address";

        var response = await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await HtmlForms.ParseAsync(response);
        Assert.Contains("请填写标题", html.QuerySelector("#Title-error")!.TextContent);
        Assert.Contains("内容不能超过 4000 个字", html.QuerySelector("#Content-error")!.TextContent);
        Assert.Contains("联系电话格式不正确", html.QuerySelector("#Phone-error")!.TextContent);
        Assert.Contains("电子邮箱格式不正确", html.QuerySelector("#Email-error")!.TextContent);
        Assert.Equal("张三", html.QuerySelector("input[name=Name]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Query_WrongCode_SaysNotFoundWithout500()
    {
        var client = factory.CreateBrowserClient();
        var query = await HtmlForms.GetAsync(client, "/hdjl/query");

        var response = await HtmlForms.PostAsync(client, "/hdjl/query", query.Token, new() { ["Number"] = "LY202611270001", ["QueryCode"] = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("未找到与留言编号和查询码相符的留言", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FooterLink_OnAnyPage_OpensTheErrorReportWithThatPagePrefilled()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");

        var link = page.Document.QuerySelector("footer a#report-error")!.GetAttribute("href")!;
        var report = await HtmlForms.GetAsync(client, link);

        Assert.Equal("/hdjl/zc?url=%2Fxxgk%2Fysqgk%2Fapply", link);
        Assert.Equal("/xxgk/ysqgk/apply", report.Document.QuerySelector("input[name=PageUrl]")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("header a#leave-message[href='/hdjl/ly']"));
    }

    [Fact]
    public async Task Report_ForeignUrl_NotPrefilled_AndSubmitGivesZcNumberDueNextWorkingDay()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/hdjl/zc?url=https%3A%2F%2Fevil.example%2F");
        Assert.Null(page.Document.QuerySelector("input[name=PageUrl]")!.GetAttribute("value"));

        var response = await HtmlForms.PostAsync(client, "/hdjl/zc", page.Token, new()
        {
            ["SubmissionKey"] = page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!,
            ["PageUrl"] = "/xxgk",
            ["Title"] = "链接失效",
            ["Content"] = "政府信息公开页面的某个链接打不开。",
        });

        var receipt = await HtmlForms.ParseAsync(response);
        Assert.Matches("^ZC[0-9]{12}$", receipt.QuerySelector("#message-number")!.TextContent);
        // Friday 2026-11-27: 1 working day is Monday 2026-11-30.
        Assert.Contains("2026年11月30日", receipt.QuerySelector("#message-due")!.TextContent);
    }
}

/// <summary>A portal whose public form limit is 2 posts per minute per address.</summary>
public sealed class LowFormLimitFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:RequestFormPostsPerMinute"] = "2" };
}

public class MessageFormLimitTests(LowFormLimitFactory factory) : IClassFixture<LowFormLimitFactory>
{
    [Fact]
    public async Task Ask_MorePostsThanTheLimit_Returns429()
    {
        var client = factory.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var page = await HtmlForms.GetAsync(client, "/hdjl/ly");
            statuses.Add((await HtmlForms.PostAsync(client, "/hdjl/ly", page.Token, await MessageFormTests.AskFieldsAsync(factory, page))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
