using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>附件 over HTTP: the clerk's upload form, the checks, the public and staff downloads and their headers.</summary>
public class AttachmentsTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private const string Column = ColumnPaths.StatutoryEmergencies;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int documentId, string fileName, byte[] content)
    {
        var page = await HtmlForms.GetAsync(client, $"/admin/attachments/index/{documentId}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.Token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/admin/attachments/upload/{documentId}", form);
    }

    /// <summary>Submits (as the clerk) and approves (as the county office) a draft, over HTTP.</summary>
    private async Task PublishAsync(HttpClient clerk, int id)
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: false);
        var submitted = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{id}", $"/admin/documents/submit/{id}", new() { ["version"] = Text(await factory.VersionOfAsync(id)) });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var reviewer = await factory.ReviewerAsync("attach-reviewer");
        var version = await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", new() { ["version"] = Text(version) });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    private Task<int> AttachmentIdAsync(int documentId) =>
        factory.QueryAsync(db => db.DocumentAttachments.Where(a => a.DocumentId == documentId).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task Upload_TextPdfByOwnClerk_IsListedOnTheStaffPage()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);

        var response = await UploadAsync(clerk, id, "冬季取暖补贴方案.pdf", TestFiles.TextPdf());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await HtmlForms.GetAsync(clerk, $"/admin/documents/details/{id}");
        Assert.Contains("冬季取暖补贴方案.pdf", details.Document.QuerySelector("table.doc-table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(details.Document.GetElementById("scan-warning"));
    }

    [Fact]
    public async Task Upload_HtmlRenamedAsPdf_Returns400WithChineseErrorAndStoresNothing()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);

        var response = await UploadAsync(clerk, id, "通知.pdf", TestFiles.Html());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("内容与扩展名不符", page.GetElementById("File-error")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.DocumentAttachments.IgnoreQueryFilters().AnyAsync(a => a.DocumentId == id)));
    }

    [Fact]
    public async Task Upload_TraversalFileName_IsStoredUnderAGeneratedKeyWithItsPlainName()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);

        var response = await UploadAsync(clerk, id, "../../../wwwroot/通知.pdf", TestFiles.TextPdf());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.QueryAsync(db => db.DocumentAttachments.Where(a => a.DocumentId == id).Select(a => new { a.FileName, a.StorageKey }).SingleAsync());
        Assert.Equal("通知.pdf", stored.FileName);
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", stored.StorageKey);
    }

    [Fact]
    public async Task Upload_ClerkOfAnotherOrganisation_IsRefused()
    {
        var other = await factory.ClerkAsync("attach-bagong", "bagong");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);
        var ownPage = await HtmlForms.GetAsync(other, "/admin/documents");

        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(ownPage.Token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(TestFiles.TextPdf()), "file", "通知.pdf");
        var response = await other.PostAsync($"/admin/attachments/upload/{id}", form);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.False(await factory.QueryAsync(db => db.DocumentAttachments.IgnoreQueryFilters().AnyAsync(a => a.DocumentId == id)));
    }

    [Fact]
    public async Task EditPage_ScannedPdf_WarnsTheClerk()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(clerk, id, "盖章扫描件.pdf", TestFiles.ScannedPdf())).StatusCode);

        var edit = await HtmlForms.GetAsync(clerk, $"/admin/documents/edit/{id}");

        var warning = edit.Document.GetElementById("scan-warning")!.TextContent;
        Assert.Contains("扫描件无文字层，不利于检索和无障碍阅读", warning, StringComparison.Ordinal);
        Assert.Contains("盖章扫描件.pdf", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadForm_StatesTheSizeLimitAndKinds()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);

        var page = await HtmlForms.GetAsync(clerk, $"/admin/attachments/index/{id}");

        var hint = page.Document.GetElementById("File-hint")!.TextContent;
        Assert.Contains("不超过 20 MB", hint, StringComparison.Ordinal);
        Assert.Contains(AttachmentKinds.AcceptedDescription, hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_ByOwnClerk_HidesItFromTheList()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);
        await UploadAsync(clerk, id, "作废.pdf", TestFiles.TextPdf());
        var attachmentId = await AttachmentIdAsync(id);

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/attachments/index/{id}", $"/admin/attachments/remove/{attachmentId}", new() { ["confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("作废.pdf", await clerk.GetStringAsync($"/admin/attachments/index/{id}"), StringComparison.Ordinal);
        Assert.Contains("删除附件：作废.pdf", await clerk.GetStringAsync($"/admin/documents/revisions/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicDownload_PublishedDocument_ServesTheFileWithSafeHeadersAndChineseName()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);
        var content = TestFiles.TextPdf();
        await UploadAsync(clerk, id, "冬季取暖补贴方案.pdf", content);
        await PublishAsync(clerk, id);
        var attachmentId = await AttachmentIdAsync(id);
        var citizen = factory.CreateBrowserClient();

        var page = await HtmlForms.GetAsync(citizen, $"/xxgk/doc/{id}");
        var link = page.Document.QuerySelector($"#fj a[href='/xxgk/doc/{id}/fj/{attachmentId}']")!;
        Assert.Equal("冬季取暖补贴方案.pdf", link.TextContent);
        Assert.Contains("PDF", page.Document.GetElementById("fj")!.TextContent, StringComparison.Ordinal);

        var response = await citizen.GetAsync($"/xxgk/doc/{id}/fj/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("冬季取暖补贴方案.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''%E5%86%AC", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PublicDownload_UnpublishedDocument_Returns404()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);
        await UploadAsync(clerk, id, "草稿附件.pdf", TestFiles.TextPdf());
        var attachmentId = await AttachmentIdAsync(id);

        var response = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}/fj/{attachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PublicDownload_AttachmentOfAnotherDocument_Returns404()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);
        await UploadAsync(clerk, id, "附件.pdf", TestFiles.TextPdf());
        await PublishAsync(clerk, id);
        var attachmentId = await AttachmentIdAsync(id);
        var otherPublished = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Published);

        var response = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{otherPublished}/fj/{attachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PublicDownload_WithdrawnDocument_Returns410()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);
        await UploadAsync(clerk, id, "附件.pdf", TestFiles.TextPdf());
        await PublishAsync(clerk, id);
        var attachmentId = await AttachmentIdAsync(id);
        var reviewer = await factory.ReviewerAsync("attach-reviewer");
        var withdrawn = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/withdraw/{id}",
            new() { ["version"] = Text(await factory.VersionOfAsync(id)), ["reason"] = "内容有误，更正后重新发布。" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var response = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}/fj/{attachmentId}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task StaffDownload_ClerkOfAnotherOrganisation_IsRefused()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var other = await factory.ClerkAsync("attach-bagong", "bagong");
        var id = await factory.SeedDocumentAsync("gaodu", Column, DocumentStatus.Draft);
        await UploadAsync(clerk, id, "附件.pdf", TestFiles.TextPdf());
        var attachmentId = await AttachmentIdAsync(id);

        var own = await clerk.GetAsync($"/admin/attachments/download/{attachmentId}");
        var foreign = await other.GetAsync($"/admin/attachments/download/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("attachment", own.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains(foreign.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
    }

    [Fact]
    public async Task JointIssuers_ChosenInTheForm_ShowInThePublicIssuer()
    {
        var clerk = await factory.ClerkAsync("attach-gaodu", "gaodu");
        var bagong = await factory.OrganisationIdAsync("bagong");
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "高都镇、巴公镇关于联合开展秸秆禁烧的通告",
            ["BodyHtml"] = "联合通告正文。",
            ["ColumnId"] = Text(await factory.ColumnIdAsync(Column)),
            ["Attribute"] = "Proactive",
            ["JointIssuerIds"] = Text(bagong),
            ["Version"] = "0",
            ["intent"] = "save",
        };
        var created = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        Assert.Contains("巴公镇", (await HtmlForms.GetAsync(clerk, $"/admin/documents/details/{id}")).Document.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);

        await PublishAsync(clerk, id);

        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{id}");
        var issuer = page.Document.QuerySelectorAll("table.doc-meta th").First(th => th.TextContent == "发布机构").NextElementSibling!.TextContent;
        Assert.Equal("高都镇、巴公镇", issuer.Trim());
    }
}
