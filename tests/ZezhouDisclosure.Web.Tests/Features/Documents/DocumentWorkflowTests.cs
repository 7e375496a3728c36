using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>The publish journey over HTTP: a clerk drafts and submits, a reviewer approves or returns, a citizen reads.</summary>
public class DocumentWorkflowTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<Dictionary<string, string>> DraftFieldsAsync(string title, string attribute = "Proactive") => new()
    {
        ["Title"] = title,
        ["BodyHtml"] = "第一段。\n\n第二段。<script>alert(1)</script>",
        ["ColumnId"] = (await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DocumentNumber"] = "泽政办发〔2026〕9号",
        ["WrittenOn"] = "2026-11-20",
        ["Attribute"] = attribute,
        ["NoInterpretationReason"] = "本通知为内部工作部署，不涉及群众切身利益，不需解读。",
        ["Version"] = "0",
    };

    private async Task<Dictionary<string, string>> VersionFieldAsync(int id) =>
        new() { ["version"] = (await factory.VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task PublishJourney_ClerkSubmitsReviewerApproves_CitizenSeesItWithIndexNumber()
    {
        var clerk = await factory.ClerkAsync("journey-clerk", "dayang");
        var reviewer = await factory.ReviewerAsync("journey-reviewer");
        // Without the unit's own sign-off step the submission goes straight to the county office.
        await factory.SetUnitSignOffAsync("dayang", enabled: false);

        var fields = await DraftFieldsAsync("大阳镇关于测试发布流程的通知");
        fields["intent"] = "submit";
        var created = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = IdFrom(created);

        var queue = await reviewer.GetStringAsync("/admin/review");
        Assert.Contains("大阳镇关于测试发布流程的通知", queue);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}")).StatusCode);

        var version = await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", new() { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Matches(@"140525109/2026-\d{5}", page.Document.QuerySelector("table.doc-meta")!.TextContent);
        var body = page.Document.QuerySelector(".doc-body")!.InnerHtml;
        Assert.Contains("<p>第一段。</p>", body);
        Assert.DoesNotContain("<script", body);
        Assert.Contains("大阳镇关于测试发布流程的通知", await factory.CreateBrowserClient().GetStringAsync("/xxgk/zcwj"));

        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Document" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName, a.IpAddress }).ToListAsync());
        Assert.Equal(["document.create", "document.submit", "document.approve"], actions.Select(a => a.Action));
        Assert.Equal(["journey-clerk", "journey-clerk", "journey-reviewer"], actions.Select(a => a.UserName));
    }

    [Fact]
    public async Task Approve_TwoDocumentsOfOneOrganisation_TakeConsecutiveIndexNumbers()
    {
        var reviewer = await factory.ReviewerAsync("sequence-reviewer");
        var first = await factory.SeedDocumentAsync("shanhe", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);
        var second = await factory.SeedDocumentAsync("shanhe", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);

        foreach (var id in new[] { first, second })
        {
            var response = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", await VersionFieldAsync(id));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var numbers = await factory.QueryAsync(db => db.Documents.Where(d => d.Id == first || d.Id == second).OrderBy(d => d.Id).Select(d => d.IndexNumber).ToListAsync());
        Assert.Equal(["140525110/2026-00001", "140525110/2026-00002"], numbers);
    }

    [Fact]
    public async Task Approve_AlreadyApproved_Returns409AndKeepsTheFirstIndexNumber()
    {
        var reviewer = await factory.ReviewerAsync("twice-reviewer");
        var id = await factory.SeedDocumentAsync("daji", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);
        await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", await VersionFieldAsync(id));

        var again = await HtmlForms.SubmitAsync(reviewer, "/admin/review", $"/admin/review/approve/{id}", await VersionFieldAsync(id));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("不在待审核状态", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.QueryAsync(db => db.IndexNumberSequences.Where(s => s.OrganisationId == db.Organisations.Single(o => o.Slug == "daji").Id).Select(s => s.LastValue).SingleAsync()));
    }

    [Fact]
    public async Task Return_WithComment_ClerkSeesTheCommentAndCanResubmit()
    {
        var clerk = await factory.ClerkAsync("return-clerk", "zhoucun");
        var reviewer = await factory.ReviewerAsync("return-reviewer");
        var id = await factory.SeedDocumentAsync("zhoucun", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted, d => d.WithTitle("周村镇待退回"));

        var returned = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/return/{id}", new() { ["version"] = (await factory.VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["comment"] = "请补充成文日期。" });
        var details = await clerk.GetStringAsync($"/admin/documents/details/{id}");
        var fields = await DraftFieldsAsync("周村镇待退回（已修改）");
        fields["Version"] = (await factory.VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["intent"] = "submit";
        var resubmitted = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/edit/{id}", $"/admin/documents/edit/{id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("请补充成文日期。", details);
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        // 周村镇 signs off inside the unit (the default for townships): the resubmission goes to its head first.
        Assert.Equal(DocumentStatus.AwaitingUnitApproval, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Return_WithoutComment_Returns400AndStaysSubmitted()
    {
        var reviewer = await factory.ReviewerAsync("nocomment-reviewer");
        var id = await factory.SeedDocumentAsync("zhoucun", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);

        var response = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/return/{id}", new() { ["version"] = (await factory.VersionOfAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["comment"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("退回时必须填写审核意见。", await response.Content.ReadAsStringAsync());
        Assert.Equal(DocumentStatus.Submitted, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Create_WithoutTitle_Returns400WithChineseMessageAndSavesNothing()
    {
        var clerk = await factory.ClerkAsync("badinput-clerk", "lichuan");
        var before = await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().CountAsync());
        var fields = await DraftFieldsAsync("");

        var response = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", fields);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写标题。", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("泽政办发〔2026〕9号", page.QuerySelector("#DocumentNumber")!.GetAttribute("value"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [InlineData("", "", "", "请选择公开属性")]
    [InlineData("NotPublic", "", "", "必须选择法定依据")]
    [InlineData("NotPublic", "InternalAffairs", "太短", "必须说明理由")]
    [InlineData("OnRequest", "", "仅涉及特定对象的审批结果，由申请人依申请获取。", "必须选择法定依据")]
    [InlineData("NotPublic", "SpecificPartiesOnly", "仅涉及特定对象的审批结果，不对外公开。", "第十四、十五或十六条")]
    public async Task Create_SubmitWithoutLawfulAttribute_Returns400AndSavesNothing(string attribute, string ground, string reason, string expected)
    {
        var clerk = await factory.ClerkAsync("attribute-clerk", "lichuan");
        var before = await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().CountAsync());
        var fields = await DraftFieldsAsync("属性校验测试", attribute);
        fields["Ground"] = ground;
        fields["Reason"] = reason;
        fields["intent"] = "submit";

        var response = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Create_NotPublicWithGroundAndReason_IsSubmittedAndNeverShownPublicly()
    {
        var clerk = await factory.ClerkAsync("notpublic-clerk", "lichuan");
        var reviewer = await factory.ReviewerAsync("notpublic-reviewer");
        await factory.SetUnitSignOffAsync("lichuan", enabled: false);
        var fields = await DraftFieldsAsync("犁川镇内部工作安排", "NotPublic");
        fields["Ground"] = "InternalAffairs";
        fields["Reason"] = "属于内部工作流程安排，不对外产生效力。";
        fields["intent"] = "submit";

        var created = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", fields);
        var id = IdFrom(created);
        var beforeFiling = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", await VersionFieldAsync(id));
        var filed = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/acknowledgefiling/{id}", await VersionFieldAsync(id));
        await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", await VersionFieldAsync(id));

        Assert.Equal(HttpStatusCode.Conflict, beforeFiling.StatusCode);
        Assert.Contains("公开属性备案", await beforeFiling.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal(DocumentStatus.ApprovedNotPublic, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}")).StatusCode);
    }

    [Fact]
    public async Task Create_ExtraOwnershipFields_AreIgnored()
    {
        var clerk = await factory.ClerkAsync("mass-clerk", "jincun");
        var fields = await DraftFieldsAsync("金村镇测试批量赋值");
        fields["OrganisationId"] = (await factory.OrganisationIdAsync("gaodu")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Status"] = "Published";
        fields["IndexNumber"] = "forged/2026-00001";

        var created = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", fields);
        var id = IdFrom(created);
        var saved = await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().SingleAsync(d => d.Id == id));

        Assert.Equal(await factory.OrganisationIdAsync("jincun"), saved.OrganisationId);
        Assert.Equal(DocumentStatus.Draft, saved.Status);
        Assert.Null(saved.IndexNumber);
    }

    [Fact]
    public async Task Edit_SameVersionTwice_SecondSaveIsRefusedAndKeepsItsText()
    {
        await factory.CreateClerkAsync("conflict-clerk-b", "beiyicheng");
        var first = await factory.ClerkAsync("conflict-clerk-a", "beiyicheng");
        var second = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(second, "conflict-clerk-b");
        var id = await factory.SeedDocumentAsync("beiyicheng", ColumnPaths.PolicyDocuments, DocumentStatus.Draft, d => d.WithTitle("原标题"));
        var firstFields = await DraftFieldsAsync("第一人的标题");
        firstFields["Version"] = "1";
        var secondFields = await DraftFieldsAsync("第二人的标题");
        secondFields["Version"] = "1";

        var saved = await HtmlForms.SubmitAsync(first, $"/admin/documents/edit/{id}", $"/admin/documents/edit/{id}", firstFields);
        var refused = await HtmlForms.SubmitAsync(second, $"/admin/documents/edit/{id}", $"/admin/documents/edit/{id}", secondFields);
        var page = await HtmlForms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("已被他人修改", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("第二人的标题", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Contains("第一人的标题", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Single(page.QuerySelectorAll("[role=alert]")); // the conflict is said once, beside the version saved meanwhile
        Assert.Equal("第一人的标题", await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task Submit_SavedDraftWithoutAttribute_Returns400()
    {
        var clerk = await factory.ClerkAsync("submit-clerk", "nancun");
        var id = await factory.SeedDocumentAsync("nancun", ColumnPaths.PolicyDocuments, DocumentStatus.Draft, d => d.WithAttribute(null));

        var response = await HtmlForms.SubmitAsync(clerk, $"/admin/documents/details/{id}", $"/admin/documents/submit/{id}", new() { ["version"] = "1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请选择公开属性", await response.Content.ReadAsStringAsync());
        Assert.Equal(DocumentStatus.Draft, await factory.QueryAsync(db => db.Documents.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.Status).SingleAsync()));
    }
}
