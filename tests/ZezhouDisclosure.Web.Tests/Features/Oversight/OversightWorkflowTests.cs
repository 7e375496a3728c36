using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Oversight;

/// <summary>
/// The inspector end to end: a stale column produces a finding, a publication closes it on the next run, the report
/// shows it; 通报 → the clerk marks it done without fixing → the next run reopens it → fixed → 销号.
/// </summary>
public class OversightWorkflowTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task RunAsync(HttpClient reviewer, int? organisationId = null)
    {
        var response = await HtmlForms.SubmitAsync(reviewer, "/admin/oversight", "/admin/oversight/run" + (organisationId is { } id ? $"?organisationId={id}" : ""), []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<Finding?> StaleFindingAsync(int organisationId, int columnId) => factory.QueryAsync(db => db.Findings
        .SingleOrDefaultAsync(f => f.CheckCode == "column.stale" && f.OrganisationId == organisationId && f.Subject == $"column:{columnId}"));

    [Fact]
    public async Task Inspector_StaleColumn_FindingThenPublicationClosesItAndReportShowsIt()
    {
        var gaodu = await factory.OrganisationIdAsync("gaodu");
        var column = await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments);
        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇早先的政策文件"));
        factory.Time.Advance(TimeSpan.FromDays(200)); // 政策文件: 6 months
        var reviewer = await factory.ReviewerAsync("ov-reviewer");

        await RunAsync(reviewer);

        var finding = await StaleFindingAsync(gaodu, column);
        Assert.NotNull(finding);
        Assert.True(finding.IsOpen);
        Assert.Equal(FindingLevel.Deduction, finding.Level);
        var page = await HtmlForms.ParseAsync(await reviewer.GetAsync($"/admin/oversight/findings?organisationId={gaodu}"));
        var row = page.QuerySelector($"#finding-{finding.Id}");
        Assert.NotNull(row);
        Assert.Contains("栏目不更新", row.TextContent);
        Assert.Contains("政策文件", row.TextContent);
        Assert.NotNull(row.QuerySelector("a[href='/xxgk/jg/gaodu/zcwj']"));
        var overview = await HtmlForms.ParseAsync(await reviewer.GetAsync("/admin/oversight"));
        Assert.Contains("高都镇", overview.QuerySelector("#heat-table")!.TextContent);

        // Running again keeps one finding, not two.
        await RunAsync(reviewer);
        Assert.Equal(1, await factory.QueryAsync(db => db.Findings.CountAsync(f => f.CheckCode == "column.stale" && f.OrganisationId == gaodu && f.Subject == $"column:{column}")));

        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇新发布的政策文件"));
        await RunAsync(reviewer, gaodu);

        finding = await StaleFindingAsync(gaodu, column);
        Assert.False(finding!.IsOpen);
        var today = Domain.Common.ChinaTime.Today(factory.Time);
        var report = await reviewer.GetAsync($"/admin/oversight/report?organisationId={gaodu}&year={today.Year}&month={today.Month}");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var reportPage = await HtmlForms.ParseAsync(report);
        var reported = reportPage.QuerySelector($"#report-finding-{finding.Id}");
        Assert.NotNull(reported);
        Assert.Contains("自动关闭", reported.TextContent);
        Assert.Contains("高都镇", reportPage.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Rectification_MarkedDoneButStillStale_ReopenedThenVerifiedOnceFixed()
    {
        var jincun = await factory.OrganisationIdAsync("jincun");
        var column = await factory.ColumnIdAsync(ColumnPaths.StatutoryOther);
        await factory.SeedDocumentAsync("jincun", ColumnPaths.StatutoryOther, DocumentStatus.Published, d => d.WithTitle("金村镇早先的信息"));
        factory.Time.Advance(TimeSpan.FromDays(400)); // a statutory column: 12 months
        var reviewer = await factory.ReviewerAsync("ov-reviewer-2");
        await RunAsync(reviewer, jincun);
        var finding = (await StaleFindingAsync(jincun, column))!;

        var notify = await HtmlForms.SubmitAsync(reviewer, $"/admin/oversight/findings?organisationId={jincun}", "/admin/oversight/notify", new()
        {
            ["FindingIds"] = finding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DueOn"] = Domain.Common.ChinaTime.Today(factory.Time).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Notice"] = "请更新“其他应当主动公开的信息”栏目。",
        });
        Assert.Equal(HttpStatusCode.Redirect, notify.StatusCode);
        var rectification = await factory.QueryAsync(db => db.Rectifications.SingleAsync(r => r.FindingId == finding.Id));

        var clerk = await factory.ClerkAsync("ov-clerk", "jincun");
        var workbench = await HtmlForms.ParseAsync(await clerk.GetAsync("/admin"));
        Assert.NotNull(workbench.QuerySelector("#rectifications"));
        var record = await HtmlForms.SubmitAsync(clerk, "/admin/oversight/rectifications", $"/admin/oversight/rectifications/{rectification.Id}/record", new()
        {
            ["version"] = rectification.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["note"] = "已安排专人更新。",
        });
        Assert.Equal(HttpStatusCode.Redirect, record.StatusCode);

        await RunAsync(reviewer, jincun);
        rectification = await factory.QueryAsync(db => db.Rectifications.SingleAsync(r => r.Id == rectification.Id));
        Assert.Equal(RectificationStatus.Open, rectification.Status);
        Assert.Equal(1, rectification.TimesReopened);
        var page = await HtmlForms.ParseAsync(await clerk.GetAsync("/admin/oversight/rectifications"));
        Assert.Contains("复核未通过 1 次", page.QuerySelector($"#rectification-{rectification.Id}")!.TextContent);

        await factory.SeedDocumentAsync("jincun", ColumnPaths.StatutoryOther, DocumentStatus.Published, d => d.WithTitle("金村镇更新的信息"));
        var again = await HtmlForms.SubmitAsync(clerk, "/admin/oversight/rectifications", $"/admin/oversight/rectifications/{rectification.Id}/record", new()
        {
            ["version"] = rectification.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["note"] = "已发布新信息。",
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await RunAsync(reviewer, jincun);

        rectification = await factory.QueryAsync(db => db.Rectifications.SingleAsync(r => r.Id == rectification.Id));
        Assert.Equal(RectificationStatus.Verified, rectification.Status);
    }

    [Fact]
    public async Task BlankColumn_MarkedNotApplicable_NoLongerAFinding()
    {
        var chuandi = await factory.OrganisationIdAsync("chuandi");
        var penalties = await factory.ColumnIdAsync(ColumnPaths.StatutoryPenalties);
        var reviewer = await factory.ReviewerAsync("ov-reviewer-3");
        await RunAsync(reviewer, chuandi);
        Assert.True(await factory.QueryAsync(db => db.Findings.AnyAsync(f => f.CheckCode == "column.blank" && f.OrganisationId == chuandi && f.Subject == $"column:{penalties}" && f.ClosedAt == null)));

        var mark = await HtmlForms.SubmitAsync(reviewer, "/admin/oversight/not-applicable", "/admin/oversight/not-applicable", new()
        {
            ["organisationId"] = chuandi.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["columnId"] = penalties.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = "本镇无行政处罚权。",
        });
        Assert.Equal(HttpStatusCode.Redirect, mark.StatusCode);
        await RunAsync(reviewer, chuandi);

        Assert.False(await factory.QueryAsync(db => db.Findings.AnyAsync(f => f.CheckCode == "column.blank" && f.OrganisationId == chuandi && f.Subject == $"column:{penalties}" && f.ClosedAt == null)));
        var page = await HtmlForms.ParseAsync(await reviewer.GetAsync("/admin/oversight/not-applicable"));
        Assert.Contains("本镇无行政处罚权。", page.QuerySelector("#marks")!.TextContent);
    }

    [Fact]
    public async Task NotApplicable_WithoutReason_400WithMessage()
    {
        var reviewer = await factory.ReviewerAsync("ov-reviewer-4");
        var response = await HtmlForms.SubmitAsync(reviewer, "/admin/oversight/not-applicable", "/admin/oversight/not-applicable", new()
        {
            ["organisationId"] = (await factory.OrganisationIdAsync("chuandi")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["columnId"] = (await factory.ColumnIdAsync(ColumnPaths.StatutoryFees)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = "",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("必须说明理由", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Clerk_RunOrOtherUnitsFindings_RefusedOrHidden()
    {
        var clerk = await factory.ClerkAsync("ov-clerk-2", "bagong");
        var run = await HtmlForms.SubmitAsync(clerk, "/admin/oversight/rectifications", "/admin/oversight/run", []);
        Assert.Contains(run.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect }); // refused: the access-denied page
        Assert.False(await factory.QueryAsync(db => db.InspectionRuns.AnyAsync(r => r.StartedBy == "ov-clerk-2")));
        var overview = await clerk.GetAsync("/admin/oversight");
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        var report = await clerk.GetAsync($"/admin/oversight/report?organisationId={await factory.OrganisationIdAsync("gaodu")}");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("巴公镇", (await HtmlForms.ParseAsync(report)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Report_Exports_XlsxAndDocx()
    {
        var reviewer = await factory.ReviewerAsync("ov-reviewer-5");
        var xlsx = await reviewer.GetAsync("/admin/oversight/report.xlsx?year=2026&month=11");
        var docx = await reviewer.GetAsync("/admin/oversight/report.docx?year=2026&month=11");
        var bad = await reviewer.GetAsync("/admin/oversight/report?year=2026&month=13");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await docx.Content.ReadAsByteArrayAsync())[..2]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
