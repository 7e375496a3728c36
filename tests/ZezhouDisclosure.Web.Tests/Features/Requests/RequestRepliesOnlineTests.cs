using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using netDumbster.smtp;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Requests;

/// <summary>A portal whose SMTP server is an in-process sink on loopback, started by the test class itself.</summary>
public sealed class SmtpSinkFactory : ZezhouWebFactory
{
    public SimpleSmtpServer Sink { get; } = SimpleSmtpServer.Start(FreePort());

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Portal:Smtp:Host"] = "127.0.0.1",
        ["Portal:Smtp:Port"] = Sink.Configuration.Port.ToString(CultureInfo.InvariantCulture),
        ["Portal:Smtp:Security"] = "None",
        ["Portal:Smtp:From"] = "ysqgk@zezhou.example.cn",
    };

    protected override void Dispose(bool disposing)
    {
        Sink.Stop();
        base.Dispose(disposing);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>
/// Item 2 of issue 21 end to end over HTTP: the citizen applies with an e-mail address and gets the receipt by e-mail;
/// the clerk attaches the disclosed file, the county office approves under the unit's 文号 pattern, the clerk delivers;
/// the citizen, pasting number and code with spaces, reads the reply, its 告知书 (page and .docx) and downloads the file.
/// </summary>
public class RequestRepliesOnlineTests(SmtpSinkFactory factory) : IClassFixture<SmtpSinkFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<(string Number, string Code)> ApplyAsync(HttpClient client, string receivingMethod, string email)
    {
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/apply");
        var response = await HtmlForms.PostAsync(client, "/xxgk/ysqgk/apply", page.Token, new()
        {
            ["SubmissionKey"] = page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!,
            ["OrganisationId"] = Text(await factory.OrganisationIdAsync("gaodu")),
            ["ApplicantType"] = "NaturalPerson",
            ["ApplicantName"] = "王小明",
            ["IdType"] = "ResidentIdCard",
            ["IdNumber"] = "140525199001011235",
            ["Email"] = email,
            ["Description"] = "高都镇2026年农村低保资金发放明细。",
            ["Form"] = "Electronic",
            ["ReceivingMethod"] = receivingMethod,
            ["PrivacyAccepted"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = await HtmlForms.ParseAsync(response);
        return (receipt.QuerySelector("#request-number")!.TextContent, receipt.QuerySelector("#query-code")!.TextContent);
    }

    private Task<int> IdOfAsync(string number) =>
        factory.QueryAsync(db => db.DisclosureRequests.IgnoreQueryFilters().Where(r => r.Number == number).Select(r => r.Id).SingleAsync());

    private Task<int> VersionAsync(int id) =>
        factory.QueryAsync(db => db.DisclosureRequests.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Version).SingleAsync());

    private async Task StepAsync(HttpClient client, int id, string step, Dictionary<string, string>? fields = null)
    {
        var body = new Dictionary<string, string>(fields ?? []) { ["version"] = Text(await VersionAsync(id)) };
        var response = await HtmlForms.SubmitAsync(client, $"/admin/disclosurerequests/details/{id}", $"/admin/disclosurerequests/{step}/{id}", body);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<HttpResponseMessage> UploadReplyFileAsync(HttpClient client, int id, string fileName, byte[] content)
    {
        var page = await HtmlForms.GetAsync(client, $"/admin/disclosurerequests/details/{id}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.Token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "replyFile", fileName);
        return await client.PostAsync($"/admin/disclosurerequests/addreplyfile/{id}", form);
    }

    private async Task SetNoticePatternAsync(string slug, string pattern)
    {
        var admin = await factory.AdministratorAsync("replies-admin");
        var id = await factory.OrganisationIdAsync(slug);
        var page = await HtmlForms.GetAsync(admin, $"/admin/referencedata/editorganisation/{id}");
        string Value(string name) => page.Document.QuerySelector($"[name={name}]")!.GetAttribute("value") ?? "";
        var response = await HtmlForms.PostAsync(admin, $"/admin/referencedata/editorganisation/{id}", page.Token, new()
        {
            ["Version"] = Value("Version"),
            ["Name"] = Value("Name"),
            ["LegalName"] = Value("LegalName"),
            ["NoticeNumberPattern"] = pattern,
            ["IndexCode"] = Value("IndexCode"),
            ["SortOrder"] = Value("SortOrder"),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Takes the case through 受理, a reply file, 办理意见, 报批 and 送达.</summary>
    private async Task AnswerAsync(int id, string outcome, byte[]? file)
    {
        var clerk = await factory.ClerkAsync("replies-clerk", "gaodu");
        await StepAsync(clerk, id, "accept");
        if (file is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await UploadReplyFileAsync(clerk, id, "低保资金发放明细.pdf", file)).StatusCode);
        }

        await StepAsync(clerk, id, "propose", new() { ["outcome"] = outcome, ["text"] = "予以公开，见所附文件。" });
        var head = await factory.ReviewerAsync("replies-head");
        await StepAsync(head, id, "approvedecision");
        await StepAsync(clerk, id, "deliver", new() { ["method"] = "Online", ["deliveredOn"] = "2026-11-27" });
    }

    private static async Task<HttpResponseMessage> QueryAsync(HttpClient client, string number, string code)
    {
        var page = await HtmlForms.GetAsync(client, "/xxgk/ysqgk/query");
        return await HtmlForms.PostAsync(client, "/xxgk/ysqgk/query", page.Token, new() { ["Number"] = number, ["QueryCode"] = code });
    }

    [Fact]
    public async Task Apply_WithAnEmailAddress_SendsTheReceiptAndQueryCodeThroughSmtp()
    {
        var citizen = factory.CreateBrowserClient();

        var (number, code) = await ApplyAsync(citizen, "Email", "wang.receipt@example.cn");

        var message = factory.Sink.ReceivedEmail.Single(m => m.ToAddresses.Any(a => a.Address == "wang.receipt@example.cn"));
        var mime = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Data)));
        Assert.Contains(number, mime.Subject);
        Assert.Contains(code, mime.TextBody);
        Assert.Contains("泽州县高都镇人民政府", mime.TextBody);
        Assert.Contains("/xxgk/ysqgk/query", mime.TextBody);
        var id = await IdOfAsync(number);
        Assert.NotNull(await factory.QueryAsync(db => db.DisclosureRequests.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.ReceiptEmailSentAt).SingleAsync()));
    }

    [Fact]
    public async Task Query_AnsweredOnline_ShowsTheReplyNoticeAndTheDisclosedFile_ToTheHolderOfTheCode()
    {
        await SetNoticePatternAsync("gaodu", "高政依申〔{year}〕{n}号");
        var citizen = factory.CreateBrowserClient();
        var (number, code) = await ApplyAsync(citizen, "Online", "wang.online@example.cn");
        var id = await IdOfAsync(number);
        var pdf = TestFiles.TextPdf("Gaodu subsistence allowance payments 2026");
        await AnswerAsync(id, "Disclosed", pdf);

        // Pasted with spaces (full-width too) around and inside: still found.
        var found = await QueryAsync(citizen, $"　{number[..7]} {number[7..]} ", $"  {code.ToLowerInvariant()}　");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var status = await HtmlForms.ParseAsync(found);
        var reply = status.QuerySelector("#request-reply")!;
        Assert.Contains("高政依申〔2026〕1号", reply.TextContent);
        Assert.Contains("予以公开，见所附文件。", reply.TextContent);
        var links = reply.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, href => Assert.DoesNotContain(code, href, StringComparison.OrdinalIgnoreCase));

        var notice = await citizen.GetAsync(links.Single(l => l.Contains("/reply?", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        var page = await HtmlForms.ParseAsync(notice);
        Assert.Equal("泽州县高都镇人民政府", page.QuerySelector(".notice-organisation")!.TextContent);
        Assert.Contains("泽州县高都镇人民政府", page.QuerySelector(".notice-seal")!.TextContent);
        Assert.Equal("高政依申〔2026〕1号", page.QuerySelector(".notice-reference")!.TextContent);
        Assert.DoesNotContain("。”。", page.Body!.TextContent);

        var docx = await citizen.GetAsync(links.Single(l => l.Contains("/reply.docx?", StringComparison.Ordinal)));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);

        var file = await citizen.GetAsync(links.Single(l => l.Contains("/reply/files/", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());

        var forged = await citizen.GetAsync($"/xxgk/ysqgk/reply?t=forged{Uri.EscapeDataString(code)}");
        Assert.Equal(HttpStatusCode.Gone, forged.StatusCode);
        Assert.Contains("已失效", (await HtmlForms.ParseAsync(forged)).Body!.TextContent);

        // The links last 30 minutes by the portal's clock.
        factory.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Gone, (await citizen.GetAsync(links.Single(l => l.Contains("/reply?", StringComparison.Ordinal)))).StatusCode);
    }

    [Fact]
    public async Task Query_NotYetAnswered_ShowsNoReply()
    {
        var citizen = factory.CreateBrowserClient();
        var (number, code) = await ApplyAsync(citizen, "Online", "wang.waiting@example.cn");

        var status = await HtmlForms.ParseAsync(await QueryAsync(citizen, number, code));

        Assert.Null(status.QuerySelector("#request-reply"));
    }

    [Fact]
    public async Task ReplyFile_AfterTheProposal_CannotBeAdded()
    {
        var citizen = factory.CreateBrowserClient();
        var (number, _) = await ApplyAsync(citizen, "Online", "wang.late@example.cn");
        var id = await IdOfAsync(number);
        var clerk = await factory.ClerkAsync("replies-clerk-late", "gaodu");
        await StepAsync(clerk, id, "accept");
        await StepAsync(clerk, id, "propose", new() { ["outcome"] = "Disclosed", ["text"] = "予以公开。" });

        var response = await UploadReplyFileAsync(clerk, id, "迟到的文件.pdf", TestFiles.TextPdf());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task ReplyFile_WithAFakeExtension_IsRefusedWithTheDocumentsCheck()
    {
        var citizen = factory.CreateBrowserClient();
        var (number, _) = await ApplyAsync(citizen, "Online", "wang.fake@example.cn");
        var id = await IdOfAsync(number);
        var clerk = await factory.ClerkAsync("replies-clerk-fake", "gaodu");
        await StepAsync(clerk, id, "accept");

        var response = await UploadReplyFileAsync(clerk, id, "名单.pdf", TestFiles.Html());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("内容与扩展名不符", (await HtmlForms.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(0, await factory.QueryAsync(db => db.RequestReplyFiles.IgnoreQueryFilters().CountAsync(f => f.DisclosureRequestId == id)));
    }
}

/// <summary>Without SMTP configured nothing is sent; staff see why on the case page.</summary>
public class ReceiptEmailWithoutSmtpTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Fact]
    public async Task Apply_WithAnEmailAddress_NoSmtp_TellsTheApplicantAndShowsStaffTheProblem()
    {
        var citizen = factory.CreateBrowserClient();
        var page = await HtmlForms.GetAsync(citizen, "/xxgk/ysqgk/apply");
        var response = await HtmlForms.PostAsync(citizen, "/xxgk/ysqgk/apply", page.Token, new()
        {
            ["SubmissionKey"] = page.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!,
            ["OrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(CultureInfo.InvariantCulture),
            ["ApplicantType"] = "NaturalPerson",
            ["ApplicantName"] = "王小明",
            ["IdType"] = "ResidentIdCard",
            ["IdNumber"] = "140525199001011235",
            ["Email"] = "wang@example.cn",
            ["Description"] = "某文件",
            ["Form"] = "Electronic",
            ["ReceivingMethod"] = "Email",
            ["PrivacyAccepted"] = "true",
        });
        var receipt = await HtmlForms.ParseAsync(response);
        Assert.Contains("未能发送", receipt.QuerySelector("#receipt-email")!.TextContent);
        var number = receipt.QuerySelector("#request-number")!.TextContent;
        var id = await factory.QueryAsync(db => db.DisclosureRequests.IgnoreQueryFilters().Where(r => r.Number == number).Select(r => r.Id).SingleAsync());

        var clerk = await factory.ClerkAsync("nosmtp-clerk", "gaodu");
        var details = await HtmlForms.GetAsync(clerk, $"/admin/disclosurerequests/details/{id}");

        Assert.Contains("未配置邮件服务器", details.Document.QuerySelector("#receipt-email-status")!.TextContent);
    }
}
