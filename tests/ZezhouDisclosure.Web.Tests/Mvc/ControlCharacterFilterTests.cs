using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Tests.Mvc;

/// <summary>Issue 20 item 4: a NUL byte (or another control character) in any field is a 400 with a Chinese message.</summary>
public class ControlCharacterFilterTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Fact]
    public async Task PublicApplication_NulInTheName_Returns400WithTheMessageAndStoresNothing()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");
        var key = page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!;

        var response = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", page.Token, new()
        {
            ["SubmissionKey"] = key,
            ["OrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ApplicantType"] = "NaturalPerson",
            ["ApplicantName"] = "王\0小明",
            ["IdType"] = "ResidentIdCard",
            ["IdNumber"] = "140525199001011235",
            ["Phone"] = "13812341234",
            ["Description"] = "高都镇2026年农村低保资金发放明细",
            ["Form"] = "Electronic",
            ["ReceivingMethod"] = "Online",
            ["PrivacyAccepted"] = "true",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ControlCharacterFilter.UnreadableFormMessage, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.QueryAsync(db => db.DisclosureRequests.CountAsync(r => r.SubmissionKey == key)));
    }

    [Fact]
    public async Task StatusQuery_NulInTheNumber_Returns400WithTheMessage()
    {
        var client = factory.CreateBrowserClient();

        var response = await HtmlForms.SubmitAsync(client, "/xxgk/ysqgk/query", "/xxgk/ysqgk/query", new() { ["Number"] = "YSQ2026\u00001127", ["QueryCode"] = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ControlCharacterFilter.UnreadableFormMessage, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StatusQuery_OtherControlCharacterInTheNumber_Returns400WithTheMessage()
    {
        var client = factory.CreateBrowserClient();

        var response = await HtmlForms.SubmitAsync(client, "/xxgk/ysqgk/query", "/xxgk/ysqgk/query", new() { ["Number"] = "YSQ2026\u00011127", ["QueryCode"] = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ControlCharacterFilter.Message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaffDocumentForm_NulInTheTitle_Returns400WithTheMessageAndStoresNothing()
    {
        var clerk = await factory.ClerkAsync("nul-clerk", "dayang");

        var response = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", new()
        {
            ["Title"] = "大阳镇关于\0测试的通知",
            ["BodyHtml"] = "第一段。\u0001",
            ["ColumnId"] = (await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WrittenOn"] = "2026-11-20",
            ["Attribute"] = "Proactive",
            ["Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ControlCharacterFilter.UnreadableFormMessage, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.QueryAsync(db => db.Documents.CountAsync(d => d.Title.StartsWith("大阳镇关于"))));
    }

    [Theory]
    [InlineData("/search?q=%00")]
    [InlineData("/xxgk/ysqgk/query?Number=%1F")]
    public async Task PublicPage_ControlCharacterInTheQueryString_Returns400(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ControlCharacterFilter.Message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadApi_NulInTheQueryString_Returns400ProblemJson()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/api/v1/documents?q=%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("第一行\r\n第二行\t制表")]
    [InlineData("普通文字")]
    public async Task SiteSearch_TabsAndLineBreaks_AreAccepted(string q)
    {
        var response = await factory.CreateBrowserClient().GetAsync("/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/site/%20%20%20")]
    [InlineData("/jczwgk/ly/%20%20")]
    [InlineData("/jczwgk/xz/%0A%0A")]
    [InlineData("/jczwgk/xz/%E3%80%80")]
    public async Task PublicPage_BlankRouteValue_Is404NotA500(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreateUser_WithoutAnyField_Returns400NotA500()
    {
        var admin = await factory.AdministratorAsync("blank-create-admin");

        var response = await HtmlForms.SubmitAsync(admin, "/admin/users/create", "/admin/users/create", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写登录名。", await response.Content.ReadAsStringAsync());
    }
}
