using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Documents;

/// <summary>
/// 单位内审核 over HTTP (信息员 → 单位负责人 → 县政务公开办), its per-unit switch, and 撤回提交 before review.
/// </summary>
public class UnitSignOffTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, string>> VersionAsync(int id) => new() { ["version"] = Text(await factory.VersionOfAsync(id)) };

    private async Task<int> CreateAndSubmitAsync(HttpClient clerk, string title)
    {
        var created = await HtmlForms.SubmitAsync(clerk, "/admin/documents/create", "/admin/documents/create", new()
        {
            ["Title"] = title,
            ["BodyHtml"] = "第一段。",
            ["ColumnId"] = Text(await factory.ColumnIdAsync(ColumnPaths.StatutoryLivelihood)),
            ["WrittenOn"] = "2026-11-20",
            ["Attribute"] = "Proactive",
            ["Version"] = "0",
            ["intent"] = "submit",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private Task<DocumentStatus> StatusAsync(int id) => factory.QueryAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Status).SingleAsync());

    [Fact]
    public async Task SignOff_ClerkSubmitsUnitHeadApprovesCountyApproves_CitizenReadsItAndTheHistoryShowsEachStep()
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: true);
        var clerk = await factory.ClerkAsync("so-clerk", "gaodu");
        var head = await factory.UnitHeadAsync("so-head", "gaodu");
        var reviewer = await factory.ReviewerAsync("so-reviewer");
        const string title = "高都镇单位审核流程测试通知";

        var id = await CreateAndSubmitAsync(clerk, title);
        var statusAfterSubmit = await StatusAsync(id);
        var countyQueueBefore = await reviewer.GetStringAsync("/admin/review");
        var headQueue = await HtmlForms.GetAsync(head, "/admin/unitreview");
        var signedOff = await HtmlForms.SubmitAsync(head, $"/admin/documents/details/{id}", $"/admin/unitreview/approve/{id}", await VersionAsync(id));
        var countyQueueAfter = await reviewer.GetStringAsync("/admin/review");
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", await VersionAsync(id));
        var publicPage = await factory.CreateBrowserClient().GetAsync($"/xxgk/doc/{id}");
        var history = await HtmlForms.GetAsync(clerk, $"/admin/documents/revisions/{id}");

        Assert.Equal(DocumentStatus.AwaitingUnitApproval, statusAfterSubmit);
        Assert.DoesNotContain(title, countyQueueBefore);
        Assert.NotNull(headQueue.Document.QuerySelector($"a[href='/admin/documents/details/{id}']"));
        Assert.Equal(HttpStatusCode.Redirect, signedOff.StatusCode);
        Assert.Contains(title, countyQueueAfter);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        var steps = history.Document.QuerySelector("#review-history")!.TextContent;
        Assert.Contains("提交单位审核", steps);
        Assert.Contains("单位负责人审核通过", steps);
        Assert.Contains("审核通过并发布", steps);
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Document" && a.EntityId == Text(id))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName }).ToListAsync());
        Assert.Equal(["document.create", "document.submit", "document.unit-approve", "document.approve"], actions.Select(a => a.Action));
        Assert.Equal(["so-clerk", "so-clerk", "so-head", "so-reviewer"], actions.Select(a => a.UserName));
    }

    [Fact]
    public async Task SignOffTurnedOffByTheAdministrator_ClerksSubmissionGoesStraightToTheCountyOffice()
    {
        var admin = await factory.AdministratorAsync("so-admin");
        var organisationId = await factory.QueryAsync(db => db.Organisations.Where(o => o.Slug == "dayang").Select(o => o.Id).SingleAsync());
        var editPage = await HtmlForms.GetAsync(admin, $"/admin/referencedata/editorganisation/{organisationId}");
        var toggleVersion = editPage.Document.QuerySelector("form[action$='/setunitsignoff/" + Text(organisationId) + "'] input[name=version]")!.GetAttribute("value")!;
        var toggled = await HtmlForms.PostAsync(admin, $"/admin/referencedata/setunitsignoff/{organisationId}", editPage.Token,
            new() { ["version"] = toggleVersion, ["enabled"] = "false" });
        var clerk = await factory.ClerkAsync("so-clerk-dayang", "dayang");
        var reviewer = await factory.ReviewerAsync("so-reviewer2");
        const string title = "大阳镇不设单位审核测试通知";

        var id = await CreateAndSubmitAsync(clerk, title);

        // On by default for a township; the administrator turns it off on the organisation's page.
        Assert.Contains("当前：已开启", editPage.Document.QuerySelector("#unit-sign-off-title + p")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, toggled.StatusCode);
        Assert.Equal(DocumentStatus.Submitted, await StatusAsync(id));
        Assert.Contains(title, await reviewer.GetStringAsync("/admin/review"));
        Assert.Contains(await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "Organisation").Select(a => a.Action).ToListAsync()),
            a => a == "organisation.unit-sign-off");
    }

    [Fact]
    public async Task UnitHead_ReturnsWithReason_ClerkSeesItAndTheReturnIsInTheHistory()
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: true);
        var clerk = await factory.ClerkAsync("so-clerk3", "gaodu");
        var head = await factory.UnitHeadAsync("so-head3", "gaodu");
        var id = await CreateAndSubmitAsync(clerk, "高都镇单位退回测试");

        var empty = await HtmlForms.SubmitAsync(head, $"/admin/documents/details/{id}", $"/admin/unitreview/return/{id}", await VersionAsync(id));
        var returned = await HtmlForms.SubmitAsync(head, $"/admin/documents/details/{id}", $"/admin/unitreview/return/{id}",
            new() { ["version"] = Text(await factory.VersionOfAsync(id)), ["comment"] = "请补充补贴标准。" });
        var details = await clerk.GetStringAsync($"/admin/documents/details/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("退回时必须填写退回理由。", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(DocumentStatus.Returned, await StatusAsync(id));
        Assert.Contains("请补充补贴标准。", details);
        Assert.Contains("单位负责人退回", details);
    }

    [Fact]
    public async Task UnitHead_OfAnotherUnit_CannotSignOff()
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: true);
        var clerk = await factory.ClerkAsync("so-clerk4", "gaodu");
        var otherHead = await factory.UnitHeadAsync("so-head-jyj", "jyj");
        var id = await CreateAndSubmitAsync(clerk, "高都镇他单位负责人测试");
        var queue = await HtmlForms.GetAsync(otherHead, "/admin/unitreview");

        var response = await HtmlForms.PostAsync(otherHead, $"/admin/unitreview/approve/{id}", queue.Token, await VersionAsync(id));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Equal(DocumentStatus.AwaitingUnitApproval, await StatusAsync(id));
    }

    [Fact]
    public async Task Reviewer_ApprovingBeforeTheUnitHead_Returns409AndItStaysWithTheHead()
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: true);
        var clerk = await factory.ClerkAsync("so-clerk8", "gaodu");
        var reviewer = await factory.ReviewerAsync("so-reviewer8");
        var id = await CreateAndSubmitAsync(clerk, "高都镇越级审核测试");

        var response = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", await VersionAsync(id));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("该信息尚待本单位负责人审核", await response.Content.ReadAsStringAsync());
        Assert.Equal(DocumentStatus.AwaitingUnitApproval, await StatusAsync(id));
    }

    [Fact]
    public async Task UnitReviewQueue_ClerkOrReviewer_IsDenied()
    {
        var clerk = await factory.ClerkAsync("so-clerk5", "gaodu");
        var reviewer = await factory.ReviewerAsync("so-reviewer5");

        foreach (var client in new[] { clerk, reviewer })
        {
            var response = await client.GetAsync("/admin/unitreview");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task Recall_ByTheClerkBeforeReview_IsADraftAgainAndInTheHistory()
    {
        var clerk = await factory.ClerkAsync("so-clerk6", "gaodu");
        var id = await CreateAndSubmitAsync(clerk, "高都镇撤回提交测试");
        var before = await HtmlForms.GetAsync(clerk, $"/admin/documents/details/{id}");

        var recalled = await HtmlForms.PostAsync(clerk, $"/admin/documents/recall/{id}", before.Token, await VersionAsync(id));
        var after = await HtmlForms.GetAsync(clerk, $"/admin/documents/details/{id}");
        var again = await HtmlForms.PostAsync(clerk, $"/admin/documents/recall/{id}", after.Token, await VersionAsync(id));

        Assert.NotNull(before.Document.QuerySelector($"form[action='/admin/documents/recall/{id}']"));
        Assert.Equal(HttpStatusCode.Redirect, recalled.StatusCode);
        Assert.Equal(DocumentStatus.Draft, await StatusAsync(id));
        Assert.Contains("撤回提交", after.Document.Body!.TextContent);
        Assert.Null(after.Document.QuerySelector($"form[action='/admin/documents/recall/{id}']"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Recall_AnotherUnitsClerk_IsRefused()
    {
        var clerk = await factory.ClerkAsync("so-clerk7", "gaodu");
        var other = await factory.ClerkAsync("so-clerk-bagong", "bagong");
        var id = await CreateAndSubmitAsync(clerk, "高都镇他人撤回测试");
        var page = await HtmlForms.GetAsync(other, "/admin/documents");

        var response = await HtmlForms.PostAsync(other, $"/admin/documents/recall/{id}", page.Token, await VersionAsync(id));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.NotEqual(DocumentStatus.Draft, await StatusAsync(id));
    }
}
