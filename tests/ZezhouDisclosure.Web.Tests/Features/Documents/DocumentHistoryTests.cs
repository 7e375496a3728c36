using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>Nothing is lost: revisions with diff and restore, withdrawal with a public notice, a recycle bin.</summary>
public class DocumentHistoryTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<Dictionary<string, string>> FieldsAsync(string title, string body, int version) => new()
    {
        ["Title"] = title,
        ["BodyHtml"] = body,
        ["ColumnId"] = (await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments)).ToString(CultureInfo.InvariantCulture),
        ["Attribute"] = "Proactive",
        ["Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<string> VersionAsync(int id) => (await factory.VersionOfAsync(id)).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Revisions_TwoSaves_AreListedComparedAndRestorable()
    {
        var clerk = await factory.SignedInAsync("history-clerk", Roles.Clerk, "jinmiaopu");
        var created = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", await FieldsAsync("晋庙铺镇通知", "第一段\n\n第二段", 0));
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        await HtmlForms.SubmitAsync(clerk, $"/admin/documents/edit/{id}", $"/admin/documents/edit/{id}", await FieldsAsync("晋庙铺镇通知（修订）", "第一段\n\n第三段", await factory.VersionOfAsync(id)));

        var page = await HtmlForms.GetAsync(clerk, $"/admin/documents/revisions/{id}");
        var diff = page.Document.QuerySelector("ol.diff")!;
        var restored = await HtmlForms.PostAsync(clerk, $"/admin/documents/restorerevision/{id}", page.Token, new() { ["version"] = await VersionAsync(id), ["revision"] = "1" });
        var saved = await factory.QueryAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        var revisions = await factory.QueryAsync(db => db.DocumentRevisions.Where(r => r.DocumentId == id).OrderBy(r => r.Number).Select(r => r.Note).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("第二段", diff.QuerySelector(".diff-removed del")!.TextContent.Replace("删除：", "", StringComparison.Ordinal));
        Assert.Equal("第三段", diff.QuerySelector(".diff-added ins")!.TextContent.Replace("新增：", "", StringComparison.Ordinal));
        Assert.Contains("晋庙铺镇通知（修订）", page.Document.QuerySelector("table.doc-table caption + thead + tbody, table:nth-of-type(2)")?.TextContent ?? page.Document.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("晋庙铺镇通知", saved.Title);
        Assert.Equal("<p>第一段</p><p>第二段</p>", saved.BodyHtml);
        Assert.Equal(["新建", "修改", "恢复自第1版"], revisions);
    }

    [Fact]
    public async Task Withdraw_Published_PublicPageShowsReasonWith410AndTheListDropsIt()
    {
        var reviewer = await factory.SignedInAsync("withdraw-reviewer", Roles.Reviewer);
        var id = await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("柳树口镇待撤回文件").WithBody("<p>原正文内容</p>"));

        var response = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/withdraw/{id}",
            new() { ["version"] = await VersionAsync(id), ["reason"] = "该文件已被泽政发〔2026〕9号替代。" });
        var publicPage = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}");
        var html = await publicPage.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, publicPage.StatusCode);
        Assert.Contains("该文件已被泽政发〔2026〕9号替代。", html);
        Assert.DoesNotContain("原正文内容", html);
        Assert.DoesNotContain("柳树口镇待撤回文件", await factory.CreateBrowserClient().GetStringAsync("/xxgk/zcwj"));
    }

    [Fact]
    public async Task Withdraw_WithoutReason_Returns400AndStaysPublished()
    {
        var reviewer = await factory.SignedInAsync("withdraw-reviewer2", Roles.Reviewer);
        var id = await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Published);

        var response = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/withdraw/{id}",
            new() { ["version"] = await VersionAsync(id), ["reason"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写向公众说明的撤回理由。", await response.Content.ReadAsStringAsync());
        Assert.Equal(DocumentStatus.Published, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Delete_PublishedByReviewer_HidesItUntilRestored()
    {
        var reviewer = await factory.SignedInAsync("bin-reviewer", Roles.Reviewer);
        var id = await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("回收站测试"));

        await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/documents/delete/{id}", new() { ["version"] = await VersionAsync(id) });
        var whileDeleted = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}");
        var bin = await HtmlForms.GetAsync(reviewer, "/admin/documents/deleted");
        await HtmlForms.PostAsync(reviewer, $"/admin/documents/restoredeleted/{id}", bin.Token, new());
        var afterRestore = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}");

        Assert.Equal(HttpStatusCode.NotFound, whileDeleted.StatusCode);
        Assert.Contains("回收站测试", bin.Document.Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, afterRestore.StatusCode);
        Assert.Contains(await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityId == id.ToString(CultureInfo.InvariantCulture)).Select(a => a.Action).ToListAsync()), a => a == "document.restore");
    }

    [Fact]
    public async Task Delete_SubmittedDocumentByClerk_IsForbidden()
    {
        var clerk = await factory.SignedInAsync("bin-clerk", Roles.Clerk, "liushukou");
        var id = await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{id}", $"/admin/documents/delete/{id}", new() { ["version"] = await VersionAsync(id) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.IsDeleted).SingleAsync()));
    }

    [Fact]
    public async Task Validity_RepealedByTheIssuingClerk_ShowsOnThePublicPage()
    {
        var clerk = await factory.SignedInAsync("validity-clerk", Roles.Clerk, "liushukou");
        var id = await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Published);

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{id}", $"/admin/documents/validity/{id}", new()
        {
            ["Version"] = await VersionAsync(id),
            ["Validity"] = "Repealed",
            ["IsNormative"] = "true",
            ["EffectiveOn"] = "2026-01-01",
            ["ExpiresOn"] = "2026-11-01",
        });
        var page = await factory.CreateBrowserClient().GetStringAsync($"/xxgk/doc/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("废止（行政规范性文件）", page);
        Assert.Contains("本文件已废止", page);
    }

    [Fact]
    public async Task Search_DocumentNumberWithOtherBrackets_FindsTheDocument()
    {
        await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("文号检索测试").WithDocumentNumber("柳政发〔2026〕31号"));

        var square = await factory.CreateBrowserClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("柳政发[2026]31号"));
        var fullWidth = await factory.CreateBrowserClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("柳政发【２０２６】３１号"));

        Assert.Contains("文号检索测试", square);
        Assert.Contains("文号检索测试", fullWidth);
    }
}
