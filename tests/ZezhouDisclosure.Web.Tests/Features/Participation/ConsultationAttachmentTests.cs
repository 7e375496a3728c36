using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Participation;

/// <summary>
/// 征求意见稿附件 over HTTP: the unit's clerk uploads and removes files while the consultation is a draft, with the
/// same checks as a document's 附件; the public page lists and serves them once published, never before.
/// </summary>
[Collection(ParticipationCollection.Name)]
public class ConsultationAttachmentTests(ParticipationWebFactory factory)
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => ChinaTime.Today(factory.Time);

    private Task<int> VersionAsync(int id) => factory.QueryAsync(db => db.Consultations.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

    private Task<List<string>> FileNamesAsync(int id) =>
        factory.QueryAsync(db => db.ConsultationAttachments.IgnoreQueryFilters().Where(a => a.ConsultationId == id).OrderBy(a => a.Id).Select(a => a.FileName).ToListAsync());

    private async Task<int> DraftAsync(HttpClient clerk, string title)
    {
        var response = await HtmlForms.SubmitAsync(clerk, "/admin/consultations/create", "/admin/consultations/create", new()
        {
            ["Title"] = title,
            ["DraftText"] = "第一条 为规范农村集体资产管理，制定本办法。",
            ["DraftingNotes"] = "根据上级部署起草。",
            ["OpensOn"] = Day(Today),
            ["ClosesOn"] = Day(Today.AddDays(40)),
            ["Version"] = "0",
            ["intent"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last().Split('#')[0], CultureInfo.InvariantCulture);
    }

    private async Task SubmitAsync(HttpClient clerk, int id)
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: false);
        var submitted = await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/submit/{id}",
            new() { ["version"] = Text(await VersionAsync(id)) });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
    }

    private async Task PublishAsync(HttpClient clerk, int id)
    {
        await SubmitAsync(clerk, id);
        var reviewer = await factory.ReviewerAsync("zq-reviewer");
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/consultations/details/{id}", $"/admin/consultations/review/{id}",
            new() { ["version"] = Text(await VersionAsync(id)), ["decision"] = "approve" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string fileName, byte[] content, string tokenPage)
    {
        var page = await HtmlForms.GetAsync(client, tokenPage);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.Token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/admin/consultations/addattachment/{id}", form);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string fileName, byte[] content) =>
        UploadAsync(client, id, fileName, content, $"/admin/consultations/details/{id}");

    private Task<int> AttachmentIdAsync(int id, string fileName) =>
        factory.QueryAsync(db => db.ConsultationAttachments.IgnoreQueryFilters().Where(a => a.ConsultationId == id && a.FileName == fileName).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task Upload_DocxToDraft_IsForStaffOnlyUntilPublished_ThenListedAndServedToThePublic()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await DraftAsync(clerk, "农村集体资产管理办法（征求意见稿）");
        var docx = TestFiles.Docx("农村集体资产管理办法全文", "第二条 集体资产归村集体经济组织成员集体所有。");

        var uploaded = await UploadAsync(clerk, id, "管理办法全文.docx", docx);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var attachmentId = await AttachmentIdAsync(id, "管理办法全文.docx");
        var staffPage = await HtmlForms.GetAsync(clerk, $"/admin/consultations/details/{id}");
        var row = staffPage.Document.QuerySelector("#attachment-list tbody tr")!.TextContent;
        Assert.Contains("管理办法全文.docx", row, StringComparison.Ordinal);
        Assert.Contains(AttachmentKinds.Label(AttachmentKind.Docx), row, StringComparison.Ordinal);
        var staffDownload = await clerk.GetAsync($"/admin/consultations/attachment/{id}?attachmentId={attachmentId}");
        Assert.Equal(HttpStatusCode.OK, staffDownload.StatusCode);
        var reviewer = await factory.ReviewerAsync("zq-reviewer");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/admin/consultations/attachment/{id}?attachmentId={attachmentId}")).StatusCode);
        var citizen = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/gzcy/zqyj/{id}/fj/{attachmentId}")).StatusCode);

        await PublishAsync(clerk, id);

        var page = await HtmlForms.GetAsync(factory.CreateClient(), $"/gzcy/zqyj/{id}");
        var item = page.Document.QuerySelector("#attachments li")!;
        Assert.Equal($"/gzcy/zqyj/{id}/fj/{attachmentId}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains($"（{AttachmentKinds.Label(AttachmentKind.Docx)}，{AttachmentKinds.DescribeSize(docx.Length)}）", item.TextContent, StringComparison.Ordinal);
        var download = await factory.CreateClient().GetAsync($"/gzcy/zqyj/{id}/fj/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(AttachmentKinds.ContentType(AttachmentKind.Docx), download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/gzcy/zqyj/{id + 100000}/fj/{attachmentId}")).StatusCode);
    }

    [Fact]
    public async Task Search_AttachmentText_FindsTheConsultationOnlyOncePublished()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await DraftAsync(clerk, "林地管理办法（征求意见稿）");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(clerk, id, "细则.docx", TestFiles.Docx("集体林权流转登记细则附表"))).StatusCode);
        var search = factory.CreateBrowserClient();
        var draft = await search.GetStringAsync("/search?q=" + Uri.EscapeDataString("集体林权流转登记细则"));

        await PublishAsync(clerk, id);
        var published = await search.GetStringAsync("/search?q=" + Uri.EscapeDataString("集体林权流转登记细则"));

        Assert.DoesNotContain($"href=\"/gzcy/zqyj/{id}\"", draft, StringComparison.Ordinal);
        Assert.Contains($"href=\"/gzcy/zqyj/{id}\"", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_PdfToDraft_AndPublish_ServesItAsPdf()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await DraftAsync(clerk, "村庄规划调整方案（征求意见稿）");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(clerk, id, "规划图说明.pdf", TestFiles.TextPdf())).StatusCode);
        var attachmentId = await AttachmentIdAsync(id, "规划图说明.pdf");

        await PublishAsync(clerk, id);

        var download = await factory.CreateClient().GetAsync($"/gzcy/zqyj/{id}/fj/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("通知.pdf", "内容与扩展名不符")]
    [InlineData("setup.exe", "只能上传")]
    public async Task Upload_BadFile_Returns400WithChineseErrorAndStoresNothing(string fileName, string message)
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await DraftAsync(clerk, "附件被拒的征求意见");

        var response = await UploadAsync(clerk, id, fileName, TestFiles.Html());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains(message, page.GetElementById("File-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await FileNamesAsync(id));
    }

    [Fact]
    public async Task Upload_AfterSubmitting_Returns409WithChineseMessage()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await DraftAsync(clerk, "已提交审核的征求意见");
        await SubmitAsync(clerk, id);

        var response = await UploadAsync(clerk, id, "补充材料.pdf", TestFiles.TextPdf());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("只有草稿或已退回的征求意见可以添加附件。", (await HtmlForms.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await FileNamesAsync(id));
    }

    [Fact]
    public async Task UploadAndRemove_ClerkOfAnotherUnit_AreRefused()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await DraftAsync(clerk, "他单位不能改附件的征求意见");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(clerk, id, "原件.pdf", TestFiles.TextPdf())).StatusCode);
        var attachmentId = await AttachmentIdAsync(id, "原件.pdf");
        var other = await factory.ClerkAsync("zq-bagong", "bagong");

        var upload = await UploadAsync(other, id, "冒充.pdf", TestFiles.TextPdf(), "/admin/consultations");
        var remove = await HtmlForms.SubmitAsync(other, "/admin/consultations", $"/admin/consultations/removeattachment/{id}",
            new() { ["attachmentId"] = Text(attachmentId), ["confirmed"] = "true" });
        var download = await other.GetAsync($"/admin/consultations/attachment/{id}?attachmentId={attachmentId}");

        Assert.Contains(upload.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Contains(remove.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Contains(download.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Equal(["原件.pdf"], await FileNamesAsync(id));
    }

    [Fact]
    public async Task Remove_Confirmed_DeletesTheFileAndIsAudited_UnconfirmedIs400()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await DraftAsync(clerk, "删除附件的征求意见");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(clerk, id, "旧稿.docx", TestFiles.Docx("旧稿"))).StatusCode);
        var attachmentId = await AttachmentIdAsync(id, "旧稿.docx");

        var unconfirmed = await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/removeattachment/{id}",
            new() { ["attachmentId"] = Text(attachmentId) });
        var removed = await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/removeattachment/{id}",
            new() { ["attachmentId"] = Text(attachmentId), ["confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("请勾选“确认删除”后再删除附件。", (await HtmlForms.ParseAsync(unconfirmed)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await FileNamesAsync(id));
        var audit = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Consultation" && a.EntityId == Text(id) && a.Action == "consultation.attachment-remove")
            .Select(a => new { a.UserName, a.Summary }).SingleAsync());
        Assert.Equal("zq-clerk", audit.UserName);
        Assert.Equal("删除征求意见《删除附件的征求意见》的附件“旧稿.docx”", audit.Summary);
    }

    [Fact]
    public async Task Remove_AfterSubmitting_Returns409AndKeepsTheFile()
    {
        var clerk = await factory.ClerkAsync("zq-clerk", "gaodu");
        var id = await DraftAsync(clerk, "提交后不能删附件的征求意见");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(clerk, id, "定稿.pdf", TestFiles.TextPdf())).StatusCode);
        var attachmentId = await AttachmentIdAsync(id, "定稿.pdf");
        await SubmitAsync(clerk, id);

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/consultations/details/{id}", $"/admin/consultations/removeattachment/{id}",
            new() { ["attachmentId"] = Text(attachmentId), ["confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("只有草稿或已退回的征求意见可以删除附件。", (await HtmlForms.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["定稿.pdf"], await FileNamesAsync(id));
    }
}
