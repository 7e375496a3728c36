using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>
/// What real use found missing around a draft: 主题分类 on its page, attachment display names and a confirmed delete,
/// the reviewer's diff since the return, and 同步解读 enforced by type and at approval.
/// </summary>
public class DocumentReviewAidsTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, string>> FieldsAsync(string title, string body, int version, string column = ColumnPaths.StatutoryLivelihood) => new()
    {
        ["Title"] = title,
        ["BodyHtml"] = body,
        ["ColumnId"] = Text(await factory.ColumnIdAsync(column)),
        ["Attribute"] = "Proactive",
        ["Version"] = Text(version),
    };

    private static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Details_DraftWithTopicCategory_ShowsIt()
    {
        var clerk = await factory.ClerkAsync("aids-clerk", "nancun");
        var topic = await factory.QueryAsync(db => db.TopicCategories.OrderBy(t => t.Id).Select(t => new { t.Id, t.Name }).FirstAsync());
        var fields = await FieldsAsync("南村镇主题分类测试", "正文", 0);
        fields["TopicCategoryId"] = Text(topic.Id);

        var created = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", fields);
        var page = await HtmlForms.GetAsync(clerk, $"/admin/documents/details/{IdFrom(created)}");

        var facts = page.Document.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal(topic.Name, facts["主题分类"]);
    }

    [Fact]
    public async Task Attachment_DisplayName_ShownToStaffAndCitizensInsteadOfTheFileName()
    {
        await factory.SetUnitSignOffAsync("nancun", enabled: false);
        var clerk = await factory.ClerkAsync("aids-clerk2", "nancun");
        var reviewer = await factory.ReviewerAsync("aids-reviewer2");
        var id = await factory.SeedDocumentAsync("nancun", ColumnPaths.StatutoryLivelihood, DocumentStatus.Draft);
        await AttachmentsTests.UploadAsync(clerk, id, "scan_0012.pdf", TestFiles.TextPdf());
        var attachment = await factory.QueryAsync(db => db.DocumentAttachments.Where(a => a.DocumentId == id).Select(a => a.Id).SingleAsync());

        var renamed = await HtmlForms.SubmitAsync(clerk, $"/admin/attachments/index/{id}", $"/admin/attachments/rename/{attachment}",
            new() { ["displayName"] = "附件1：补贴申请表" });
        var staff = await HtmlForms.GetAsync(clerk, $"/admin/attachments/index/{id}");
        await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{id}", $"/admin/documents/submit/{id}", new() { ["version"] = Text(await factory.VersionOfAsync(id)) });
        await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", new() { ["version"] = Text(await factory.VersionOfAsync(id)) });
        var citizen = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{id}");

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("附件1：补贴申请表", staff.Document.QuerySelector($"a[href='/admin/attachments/download/{attachment}']")!.TextContent);
        Assert.Equal("附件1：补贴申请表", citizen.Document.QuerySelector($"a[href='/xxgk/doc/{id}/fj/{attachment}']")!.TextContent);
    }

    [Fact]
    public async Task Attachment_RemoveWithoutConfirmation_Returns400AndKeepsIt()
    {
        var clerk = await factory.ClerkAsync("aids-clerk3", "nancun");
        var id = await factory.SeedDocumentAsync("nancun", ColumnPaths.StatutoryLivelihood, DocumentStatus.Draft);
        await AttachmentsTests.UploadAsync(clerk, id, "方案.pdf", TestFiles.TextPdf());
        var attachment = await factory.QueryAsync(db => db.DocumentAttachments.Where(a => a.DocumentId == id).Select(a => a.Id).SingleAsync());
        var page = await HtmlForms.GetAsync(clerk, $"/admin/attachments/index/{id}");

        var unconfirmed = await HtmlForms.PostAsync(clerk, $"/admin/attachments/remove/{attachment}", page.Token, []);
        var stillThere = await factory.QueryAsync(db => db.DocumentAttachments.AnyAsync(a => a.Id == attachment));
        var confirmed = await HtmlForms.PostAsync(clerk, $"/admin/attachments/remove/{attachment}", page.Token, new() { ["confirmed"] = "true" });

        Assert.NotNull(page.Document.QuerySelector($"form[action='/admin/attachments/remove/{attachment}'] input[type=checkbox][name=confirmed][required]"));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("请勾选“确认删除”后再删除附件。", await unconfirmed.Content.ReadAsStringAsync());
        Assert.True(stillThere);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.DocumentAttachments.AnyAsync(a => a.Id == attachment)));
    }

    [Fact]
    public async Task Revisions_AfterAReturn_ComparesTheChangesSinceTheReturnAndListsTheReturn()
    {
        await factory.SetUnitSignOffAsync("jincun", enabled: false);
        var clerk = await factory.ClerkAsync("aids-clerk4", "jincun");
        var reviewer = await factory.ReviewerAsync("aids-reviewer4");
        var created = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", await FieldsAsync("金村镇退回比较", "甲段", 0));
        var id = IdFrom(created);
        await HtmlForms.SubmitAsync(clerk, $"/admin/documents/edit/{id}", $"/admin/documents/edit/{id}", await FieldsAsync("金村镇退回比较", "乙段", await factory.VersionOfAsync(id)));
        await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{id}", $"/admin/documents/submit/{id}", new() { ["version"] = Text(await factory.VersionOfAsync(id)) });
        await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/return/{id}",
            new() { ["version"] = Text(await factory.VersionOfAsync(id)), ["comment"] = "请写明补贴标准。" });
        await HtmlForms.SubmitAsync(clerk, $"/admin/documents/edit/{id}", $"/admin/documents/edit/{id}", await FieldsAsync("金村镇退回比较", "丙段", await factory.VersionOfAsync(id)));

        var page = await HtmlForms.GetAsync(reviewer, $"/admin/documents/revisions/{id}");

        Assert.Equal("第 2 版 → 第 3 版（自上次退回以来的修改）", page.Document.QuerySelector("#comparison-title")!.TextContent);
        Assert.Equal("乙段", page.Document.QuerySelector(".diff-removed del")!.TextContent.Replace("删除：", "", StringComparison.Ordinal));
        Assert.Equal("丙段", page.Document.QuerySelector(".diff-added ins")!.TextContent.Replace("新增：", "", StringComparison.Ordinal));
        Assert.Contains("请写明补贴标准。", page.Document.QuerySelector("#review-history")!.TextContent);
    }

    [Fact]
    public async Task Submit_NormativeDocumentUnderStatutoryContentWithoutInterpretation_Returns400()
    {
        var clerk = await factory.ClerkAsync("aids-clerk5", "nancun");
        var fields = await FieldsAsync("南村镇规范性文件测试", "正文", 0, ColumnPaths.StatutoryRegulations);
        fields["IsNormative"] = "true";
        fields["intent"] = "submit";

        var response = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(SynchronousInterpretation.MissingMessage, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Approve_PolicyWhoseInterpretationIsStillADraft_Returns409WithTheReasonAndPublishesNothing()
    {
        var reviewer = await factory.ReviewerAsync("aids-reviewer6");
        var policy = await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted, d => d.WithTitle("县政府办公室同步解读测试"));
        var interpretation = await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyInterpretations, DocumentStatus.Draft, d => d.WithTitle("图解：同步解读测试"));
        await factory.QueryAsync(async db =>
        {
            db.InterpretationLinks.Add(new InterpretationLink(policy, interpretation));
            return await db.SaveChangesAsync();
        });

        var response = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{policy}", $"/admin/review/approve/{policy}", new() { ["version"] = Text(await factory.VersionOfAsync(policy)) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("关联的解读《图解：同步解读测试》还是草稿", await response.Content.ReadAsStringAsync());
        Assert.Equal(DocumentStatus.Submitted, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == policy).Select(d => d.Status).SingleAsync()));
    }
}
