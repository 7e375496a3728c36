using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Oversight;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Oversight;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Oversight;

/// <summary>
/// 年度考核 through HTTP: the county office opens the year (default indicators), swaps the publishing indicator for its
/// own rule, enters a manual value, computes (a stale 政策文件 column of 高都镇 costs 3 points), approves (frozen: a
/// later change is refused), then makes a new version with a reason; the table exports as .xlsx.
/// </summary>
public class AssessmentWorkflowTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private const string List = "/admin/oversight/assessments";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Assessment_DefineComputeApprove_FrozenThenNewVersionWithReason()
    {
        var gaodu = await factory.OrganisationIdAsync("gaodu");
        var jincun = await factory.OrganisationIdAsync("jincun");
        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇早先的政策文件"));
        factory.Time.Advance(TimeSpan.FromDays(200));
        var year = ChinaTime.Today(factory.Time).Year;
        var reviewer = await factory.ReviewerAsync("assess-reviewer");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, "/admin/oversight", "/admin/oversight/run", [])).StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.Findings.CountAsync(f => f.CheckCode == "column.stale" && f.OrganisationId == gaodu)));

        // Define: the year with the default set; the weights already add up to 100, so one more indicator is refused.
        var created = await HtmlForms.SubmitAsync(reviewer, List, List, new() { ["year"] = Text(year) });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.QueryAsync(db => db.Assessments.Where(a => a.Year == year).Select(a => a.Id).SingleAsync());
        var details = $"{List}/{Text(id)}";
        var indicator = new Dictionary<string, string>
        {
            ["Code"] = "T1", ["Name"] = "政策文件栏目更新", ["Measure"] = nameof(AssessmentMeasure.Findings), ["CheckCodes"] = "column.stale",
            ["Scoring"] = nameof(AssessmentScoring.DeductPerItem), ["Weight"] = "20", ["PointsPerItem"] = "3", ["Cap"] = "5",
        };
        var refused = await HtmlForms.SubmitAsync(reviewer, details, $"{details}/indicators", indicator);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("各指标分值合计不能超过 100 分", (await HtmlForms.ParseAsync(refused)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, details, $"{details}/indicators/A1/remove", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, details, $"{details}/indicators", indicator)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, details, $"{details}/manual", new()
        {
            ["indicatorCode"] = "M1", ["organisationId"] = Text(gaodu), ["value"] = "2", ["note"] = "暗访发现 2 个问题。",
        })).StatusCode);

        // Compute: 高都镇 loses 3 points on T1 (one stale column) and 2 on M1; 金村镇 keeps full marks on both.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, details, $"{details}/compute", [])).StatusCode);
        var page = await HtmlForms.GetAsync(reviewer, details);
        var gaoduRow = page.Document.QuerySelector($"#rank-{Text(gaodu)}")!;
        Assert.Equal("17", gaoduRow.QuerySelector("td[data-indicator=T1]")!.TextContent.Trim());
        Assert.Equal("3", gaoduRow.QuerySelector("td[data-indicator=M1]")!.TextContent.Trim());
        Assert.Contains("暗访发现 2 个问题。", gaoduRow.QuerySelector("td[data-indicator=M1]")!.GetAttribute("title"), StringComparison.Ordinal);
        var jincunRow = page.Document.QuerySelector($"#rank-{Text(jincun)}")!;
        Assert.Equal("20", jincunRow.QuerySelector("td[data-indicator=T1]")!.TextContent.Trim());
        Assert.Equal("5", jincunRow.QuerySelector("td[data-indicator=M1]")!.TextContent.Trim());

        // Approve: frozen; a later manual value is refused with the hint, the table is unchanged.
        var version = await factory.QueryAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, details, $"{details}/approve", new() { ["version"] = Text(version) })).StatusCode);
        Assert.Equal("已审定", (await HtmlForms.GetAsync(reviewer, details)).Document.QuerySelector("#assessment-status")!.TextContent.Trim());
        var late = await HtmlForms.SubmitAsync(reviewer, details, $"{details}/manual", new()
        {
            ["indicatorCode"] = "M1", ["organisationId"] = Text(gaodu), ["value"] = "0", ["note"] = "复核后撤销。",
        });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("考核结果已审定，不能修改；如需调整，请新建版本并说明理由。", (await HtmlForms.ParseAsync(late)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.Conflict, (await HtmlForms.SubmitAsync(reviewer, details, $"{details}/compute", [])).StatusCode);
        Assert.Equal(3m, await factory.QueryAsync(db => db.Assessments.Where(a => a.Id == id)
            .SelectMany(a => a.Scores).Where(s => s.OrganisationId == gaodu && s.IndicatorCode == "M1").Select(s => s.Points).SingleAsync()));

        // The export is the frozen table.
        var export = await reviewer.GetAsync($"{details}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheets = factory.Services.GetRequiredService<ISpreadsheet>().Read(await export.Content.ReadAsStreamAsync());
        Assert.Equal(["考核结果", "指标", "明细"], sheets.Select(s => s.Name));
        var gaoduExported = sheets[0].Rows.Single(r => r.Count > 1 && r[1] == "高都镇");
        var t1 = sheets[0].Rows[0].ToList().FindIndex(c => c != null && c.StartsWith("T1 ", StringComparison.Ordinal));
        Assert.Equal("17", gaoduExported[t1]);

        // A new version needs a reason; with one it is a draft copying the manual value, the approved one superseded.
        version = await factory.QueryAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var noReason = await HtmlForms.SubmitAsync(reviewer, details, $"{details}/new-version", new() { ["version"] = Text(version), ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("请填写新建版本的理由。", (await HtmlForms.ParseAsync(noReason)).Body!.TextContent);
        var next = await HtmlForms.SubmitAsync(reviewer, details, $"{details}/new-version", new() { ["version"] = Text(version), ["reason"] = "高都镇申诉，暗访问题复核为 1 个。" });
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var versions = await factory.QueryAsync(db => db.Assessments.AsNoTracking().Include(a => a.ManualValues).Where(a => a.Year == year).OrderBy(a => a.Number).ToListAsync());
        Assert.Equal([AssessmentStatus.Superseded, AssessmentStatus.Draft], versions.Select(a => a.Status));
        Assert.Equal("高都镇申诉，暗访问题复核为 1 个。", versions[1].Reason);
        Assert.Equal(id, versions[1].PreviousId);
        Assert.Equal(2m, Assert.Single(versions[1].ManualValues).Value);
        Assert.EndsWith($"/{Text(versions[1].Id)}", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var actions = await factory.QueryAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("oversight.assessment")).Select(e => e.Action).ToListAsync());
        Assert.Contains(OversightAuditActions.CreateAssessment, actions);
        Assert.Contains(OversightAuditActions.ComputeAssessment, actions);
        Assert.Contains(OversightAuditActions.ApproveAssessment, actions);
        Assert.Contains(OversightAuditActions.NewAssessmentVersion, actions);
        Assert.Equal(3, actions.Count(a => a == OversightAuditActions.ChangeAssessment));
    }

    [Fact]
    public async Task Assessment_Clerk_Forbidden()
    {
        var clerk = await factory.ClerkAsync("assess-clerk", "gaodu");
        var response = await clerk.GetAsync(List);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect }); // refused: the access-denied page
        Assert.DoesNotContain("年度考核", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessment_SameYearTwice_ConflictWithMessage()
    {
        var reviewer = await factory.ReviewerAsync("assess-reviewer-2");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, List, List, new() { ["year"] = "2030" })).StatusCode);
        var again = await HtmlForms.SubmitAsync(reviewer, List, List, new() { ["year"] = "2030" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("2030 年度考核已存在", (await HtmlForms.ParseAsync(again)).Body!.TextContent);
    }
}
