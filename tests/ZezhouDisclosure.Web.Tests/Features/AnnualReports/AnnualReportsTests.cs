using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.AnnualReports;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.AnnualReports;

/// <summary>年度报告 over HTTP: the lifecycle, 更正, permissions, bad input and the public pages.</summary>
public class AnnualReportsTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(int version, string requests = "本年度收到政府信息公开申请0件。", string permit = "12") => new()
    {
        ["Version"] = Text(version),
        ["OverviewProactive"] = "主动公开各类政府信息。",
        ["OverviewRequests"] = requests,
        ["OverviewManagement"] = "落实保密审查。",
        ["OverviewPlatform"] = "门户网站运行正常。",
        ["OverviewSupervision"] = "纳入年度考核。",
        ["Problems"] = "栏目更新不够及时，下一步建立提醒机制。",
        ["OtherMatters"] = "无。",
        ["ProcessingFees"] = "0",
        ["Cells[regulation.issued]"] = "0",
        ["Cells[regulation.repealed]"] = "0",
        ["Cells[regulation.in-force]"] = "0",
        ["Cells[permit]"] = permit,
        ["Cells[penalty]"] = "3",
        ["Cells[coercion]"] = "0",
        ["Cells[fees]"] = "1.25",
    };

    private Task<AnnualReport> ReportAsync(int id) =>
        factory.QueryAsync(db => db.AnnualReports.IgnoreQueryFilters().SingleAsync(r => r.Id == id));

    private static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/')[3], CultureInfo.InvariantCulture);

    private static async Task<int> CreateAsync(HttpClient clerk, int year)
    {
        var created = await HtmlForms.SubmitAsync(clerk, "/admin/annualreports", "/admin/annualreports/create", new() { ["year"] = Text(year) });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return IdFrom(created);
    }

    private async Task<HttpResponseMessage> SaveAsync(HttpClient clerk, int id, Dictionary<string, string>? fields = null) =>
        await HtmlForms.SubmitAsync(clerk, $"/admin/annualreports/{id}", $"/admin/annualreports/{id}/edit", fields ?? Fields((await ReportAsync(id)).Version));

    private async Task<HttpResponseMessage> StepAsync(HttpClient client, int id, string step, Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string> { ["version"] = Text((await ReportAsync(id)).Version) };
        foreach (var (k, v) in extra ?? [])
        {
            fields[k] = v;
        }

        return await HtmlForms.SubmitAsync(client, $"/admin/annualreports/{id}", $"/admin/annualreports/{id}/{step}", fields);
    }

    /// <summary>A published 2026 report of 高都镇 through clerk, unit head and county office.</summary>
    private async Task<int> PublishedAsync(HttpClient clerk, string prefix)
    {
        var id = await CreateAsync(clerk, 2026);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(clerk, id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(await factory.UnitHeadAsync(prefix + "-head", "gaodu"), id, "approve-in-unit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(await factory.ReviewerAsync(prefix + "-reviewer"), id, "publish")).StatusCode);
        return id;
    }

    [Fact]
    public async Task Lifecycle_ClerkFixesCrossCheck_UnitHeadAndCountyApprove_PublicReadsAndDownloads()
    {
        // Each class shares one database: this test owns 高都镇's 2026 report and cleans up none of it.
        var clerk = await factory.ClerkAsync("ar-life-clerk", "gaodu");
        var id = await CreateAsync(clerk, 2026);
        Assert.Equal(id, await CreateAsync(clerk, 2026)); // a second 起草 opens the same report

        var saved = await SaveAsync(clerk, id, Fields((await ReportAsync(id)).Version, requests: "本年度收到政府信息公开申请6件。"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = await HtmlForms.GetAsync(clerk, $"/admin/annualreports/{id}/edit");
        Assert.Contains("收到政府信息公开申请6件", edit.Document.QuerySelector("#report-checks")!.TextContent, StringComparison.Ordinal);

        var refused = await StepAsync(clerk, id, "submit");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("勾稽关系校验未通过，不能提交", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AnnualReportStatus.Draft, (await ReportAsync(id)).Status);
        Assert.Equal("本年度收到政府信息公开申请6件。", (await ReportAsync(id)).OverviewRequests); // nothing saved is lost

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(clerk, id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, id, "submit")).StatusCode);
        Assert.Equal(AnnualReportStatus.AwaitingUnit, (await ReportAsync(id)).Status);

        // Nobody but the county office publishes; the unit head of another unit cannot sign it off.
        Assert.NotEqual(HttpStatusCode.Redirect, (await StepAsync(await factory.UnitHeadAsync("ar-life-bagong-head", "bagong"), id, "approve-in-unit")).StatusCode);
        var clerkPublish = await StepAsync(clerk, id, "publish");
        Assert.Equal(HttpStatusCode.Redirect, clerkPublish.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", clerkPublish.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(AnnualReportStatus.AwaitingUnit, (await ReportAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(await factory.UnitHeadAsync("ar-life-head", "gaodu"), id, "approve-in-unit")).StatusCode);
        Assert.Equal(AnnualReportStatus.AwaitingCounty, (await ReportAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(await factory.ReviewerAsync("ar-life-reviewer"), id, "publish")).StatusCode);
        Assert.Equal(AnnualReportStatus.Published, (await ReportAsync(id)).Status);

        var citizen = factory.CreateBrowserClient();
        var column = await HtmlForms.GetAsync(citizen, "/xxgk/jg/gaodu/nb");
        Assert.Equal(HttpStatusCode.OK, column.Response.StatusCode);
        Assert.NotNull(column.Document.QuerySelector("a[href='/xxgk/jg/gaodu/nb/2026']"));
        var page = await HtmlForms.GetAsync(citizen, "/xxgk/jg/gaodu/nb/2026");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("2026年政府信息公开工作年度报告", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(25, page.Document.QuerySelectorAll("#table-3 tbody tr").Length);
        Assert.Equal(7, page.Document.QuerySelectorAll("#table-3 tbody tr")[0].QuerySelectorAll("td").Length);
        Assert.DoesNotContain("小计", page.Document.QuerySelector("#table-3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12", page.Document.QuerySelector("#table-2 td[data-cell='permit']")!.TextContent);
        Assert.Equal("1.25", page.Document.QuerySelector("#table-2 td[data-cell='fees']")!.TextContent);

        var docx = await citizen.GetAsync("/xxgk/jg/gaodu/nb/2026/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);

        // Editing the published report directly is refused; 更正 makes a new edition that replaces it on publication.
        var direct = await SaveAsync(clerk, id);
        Assert.Equal(HttpStatusCode.Conflict, direct.StatusCode);
        var corrected = await HtmlForms.SubmitAsync(clerk, $"/admin/annualreports/{id}", $"/admin/annualreports/{id}/correct", new() { ["note"] = "更正表二行政许可件数。" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var second = IdFrom(corrected);
        Assert.NotEqual(id, second);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(clerk, second, Fields((await ReportAsync(second)).Version, permit: "15") .Append(new("CorrectionNote", "更正表二行政许可件数。")).ToDictionary())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(clerk, second, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(await factory.UnitHeadAsync("ar-life-head", "gaodu"), second, "approve-in-unit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(await factory.ReviewerAsync("ar-life-reviewer"), second, "publish")).StatusCode);

        Assert.Equal(AnnualReportStatus.Superseded, (await ReportAsync(id)).Status);
        var current = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/xxgk/jg/gaodu/nb/2026");
        Assert.Equal("15", current.Document.QuerySelector("#table-2 td[data-cell='permit']")!.TextContent);
        Assert.Contains("更正表二行政许可件数", current.Document.Body!.TextContent, StringComparison.Ordinal);
        var old = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/xxgk/jg/gaodu/nb/2026?bb=1");
        Assert.Equal(HttpStatusCode.OK, old.Response.StatusCode);
        Assert.Contains("已更正", old.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12", old.Document.QuerySelector("#table-2 td[data-cell='permit']")!.TextContent);
    }

    [Theory]
    [InlineData("abc", "应为 0 至 1000000 之间的整数")]
    [InlineData("2.5", "应为 0 至 1000000 之间的整数")]
    [InlineData("-1", "应为 0 至 1000000 之间的整数")]
    [InlineData("1000001", "应为 0 至 1000000 之间的整数")]
    public async Task Save_BadFigure_IsRefusedNamingTheCell_AndKeepsWhatWasTyped(string permit, string message)
    {
        var clerk = await factory.ClerkAsync("ar-bad-clerk", "bagong");
        var id = await CreateAsync(clerk, 2025);

        var response = await SaveAsync(clerk, id, Fields((await ReportAsync(id)).Version, permit: permit));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("表二 第二十条第（五）项 行政许可 本年处理决定数量" + message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(permit, page.QuerySelector("#cell-permit")!.GetAttribute("value"));
        Assert.Equal("主动公开各类政府信息。", page.QuerySelector("#OverviewProactive")!.TextContent);
    }

    [Fact]
    public async Task Create_FutureYear_IsRefused()
    {
        var clerk = await factory.ClerkAsync("ar-future-clerk", "bagong");
        var response = await HtmlForms.SubmitAsync(clerk, "/admin/annualreports", "/admin/annualreports/create", new() { ["year"] = "2030" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TownshipClerk_SeesOnlyOwnReports_AndGets404ForAnothersDraft()
    {
        var jyj = await factory.ClerkAsync("ar-scope-jyj", "jyj");
        var draft = await CreateAsync(jyj, 2024);
        var clerk = await factory.ClerkAsync("ar-scope-clerk", "dayang");

        var index = await HtmlForms.GetAsync(clerk, "/admin/annualreports");
        var rows = index.Document.QuerySelectorAll("#annual-report-overview tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(["大阳镇"], rows);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/admin/annualreports/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync("/xxgk/jg/jyj/nb/2024")).StatusCode);

        var reviewer = await factory.ReviewerAsync("ar-scope-reviewer");
        var county = await HtmlForms.GetAsync(reviewer, "/admin/annualreports");
        Assert.True(county.Document.QuerySelectorAll("#annual-report-overview tbody tr").Length > 10);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/admin/annualreports/{draft}")).StatusCode);
    }

    [Fact]
    public async Task CountyOverview_ListsOverdueUnitsOnTheWorkbench_AfterTheDueDate()
    {
        var reviewer = await factory.ReviewerAsync("ar-overdue-reviewer");

        var home = await HtmlForms.GetAsync(reviewer, "/admin");

        var panel = home.Document.QuerySelector("#annual-reports");
        Assert.NotNull(panel);
        // The test clock is 2026-11-27: the 2025 reports were due on 31 January (the county government's on 31 March).
        Assert.Contains("逾期未发布", panel!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAppealCase_CountsInTableFour()
    {
        var clerk = await factory.ClerkAsync("ar-case-clerk", "jincun");
        var recorded = await HtmlForms.SubmitAsync(clerk, "/admin/annualreports/cases/new", "/admin/annualreports/cases/new", new()
        {
            ["Kind"] = nameof(AppealKind.Reconsideration),
            ["FiledOn"] = "2026-03-02",
            ["CaseNumber"] = "泽政复〔2026〕3号",
            ["Outcome"] = nameof(AppealOutcome.Upheld),
            ["DecidedOn"] = "2026-05-10",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var bad = await HtmlForms.SubmitAsync(clerk, "/admin/annualreports/cases/new", "/admin/annualreports/cases/new", new()
        {
            ["Kind"] = nameof(AppealKind.DirectLitigation),
            ["FiledOn"] = "2026-03-02",
            ["Outcome"] = nameof(AppealOutcome.Corrected),
            ["DecidedOn"] = "2026-01-10",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var id = await CreateAsync(clerk, 2026);

        var report = await ReportAsync(id);
        Assert.Equal(1, report.Table4[AppealKind.Reconsideration, 0]);
        Assert.Equal(1, report.Table4.Total(AppealKind.Reconsideration));
        Assert.Equal(0, report.Table4.Total(AppealKind.DirectLitigation));
    }
}
