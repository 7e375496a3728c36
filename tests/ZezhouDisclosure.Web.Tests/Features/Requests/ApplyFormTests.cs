using System.IO.Compression;
using System.Net;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Requests;

/// <summary>Item 4 of issue 21: the error summary in form order with focus, the 证件 pair flagged together, the paper form.</summary>
public class ApplyFormTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Fact]
    public async Task Apply_EmptyForm_ListsErrorsInTheOrderOfTheFields_AndMovesFocusToTheSummary()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");

        var response = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", page.Token, new()
        {
            ["SubmissionKey"] = page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await HtmlForms.ParseAsync(response);
        var summary = html.QuerySelector(".error-summary")!;
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        var linked = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!.TrimStart('#')).Distinct().ToList();
        var formOrder = html.QuerySelectorAll("form.form [id]").Select(e => e.Id!).Where(linked.Contains).Distinct().ToList();
        Assert.Equal(formOrder, linked);
        Assert.Equal(["OrganisationId", "ApplicantType", "ApplicantName", "IdType", "IdNumber"], linked.Take(5));
    }

    [Fact]
    public async Task Apply_NoIdTypeAndNoIdNumber_FlagsBothFields()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");

        var response = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", page.Token, new()
        {
            ["SubmissionKey"] = page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!,
            ["ApplicantType"] = "NaturalPerson",
            ["ApplicantName"] = "王小明",
            ["IdType"] = "",
            ["IdNumber"] = "",
        });

        var html = await HtmlForms.ParseAsync(response);
        Assert.NotNull(html.QuerySelector("#IdType-error"));
        Assert.Contains("请填写证件号码", html.QuerySelector("#IdNumber-error")!.TextContent);
    }

    [Fact]
    public async Task ApplyPage_LinksToTheBlankPaperForm_AsDocxAndAsAPrintPage()
    {
        var client = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");

        var docxLink = page.Document.QuerySelector("#blank-form-docx")!.GetAttribute("href")!;
        var printLink = page.Document.QuerySelector("#blank-form-print")!.GetAttribute("href")!;
        var docx = await client.GetAsync(docxLink);
        var print = await HtmlForms.GetAsync(client, printLink);

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("政府信息公开申请表", xml);
        Assert.Contains("证件号码", xml);
        Assert.Contains("申请人签名（盖章）", xml);
        Assert.Equal(HttpStatusCode.OK, print.Response.StatusCode);
        Assert.Equal("政府信息公开申请表", print.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("□网上获取", print.Document.Body!.TextContent);
    }
}
