using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>The configured size limit (here 1 MB) on the upload form, in the use case and on the request.</summary>
public class AttachmentSizeLimitTests(AttachmentSizeLimitTests.OneMegabyteFactory factory) : IClassFixture<AttachmentSizeLimitTests.OneMegabyteFactory>
{
    public sealed class OneMegabyteFactory : ZezhouWebFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:Attachments:MaxFileMegabytes"] = "1" };
    }

    private static byte[] PdfOfSize(int bytes)
    {
        var content = new byte[bytes];
        "%PDF-1.7\n"u8.CopyTo(content);
        return content;
    }

    private async Task<(HttpClient Clerk, int DocumentId)> DraftAsync()
    {
        await factory.CreateClerkAsync("limit-clerk", "gaodu");
        var clerk = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(clerk, "limit-clerk");
        return (clerk, await factory.SeedDocumentAsync("gaodu", ColumnPaths.StatutoryEmergencies, DocumentStatus.Draft));
    }

    [Fact]
    public async Task UploadForm_ConfiguredLimit_IsStated()
    {
        var (clerk, id) = await DraftAsync();

        var page = await HtmlForms.GetAsync(clerk, $"/admin/attachments/index/{id}");

        Assert.Contains("不超过 1 MB", page.Document.GetElementById("File-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_SlightlyOverTheLimit_Returns400WithTheLimitStated()
    {
        var (clerk, id) = await DraftAsync();

        var response = await AttachmentsTests.UploadAsync(clerk, id, "大文件.pdf", PdfOfSize((1024 * 1024) + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("超过了1 MB的上限", page.GetElementById("File-error")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.DocumentAttachments.IgnoreQueryFilters().AnyAsync(a => a.DocumentId == id)));
    }

    [Fact]
    public async Task Upload_FarOverTheRequestLimit_IsRefusedAndNothingIsStored()
    {
        var (clerk, id) = await DraftAsync();

        var response = await AttachmentsTests.UploadAsync(clerk, id, "超大文件.pdf", PdfOfSize(3 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("超过了1 MB的上限", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.DocumentAttachments.IgnoreQueryFilters().AnyAsync(a => a.DocumentId == id)));
    }
}
