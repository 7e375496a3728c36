using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// 年度报告 as people do it: 高都镇's clerk drafts the 2026 report, a cross-check names a figure in the text that the
/// table contradicts, the clerk fixes it and submits; the township's head and the county office approve; a citizen
/// reads it in the unit's 年报 column (axe clean) and downloads the .docx.
/// </summary>
public sealed partial class AnnualReportJourneyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Clerk = "gaodu-nb-clerk";
    private const string UnitHead = "gaodu-fzr";
    private const string Reviewer = "county-nb-reviewer";

    [Fact]
    public async Task AnnualReportJourney_ClerkFixesCrossCheck_HeadAndCountyApprove_CitizenReadsAndDownloads()
    {
        var viewing = Viewing.Desktop;
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateUserAsync(UnitHead, Application.Common.Security.Roles.UnitHead, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        await portal.SetUnitSignOffAsync("gaodu", enabled: true);

        await using (var staff = await fixture.NewContextAsync(viewing))
        {
            var page = await staff.NewPageAsync();
            await page.GotoAsync("/account/login");
            await SignInAsync(page, Clerk);
            await page.GotoAsync("/admin/annualreports");
            await CheckPageAsync(page, viewing);
            await page.GetByLabel("报告年度").FillAsync("2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "起草年度报告", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/admin/annualreports/\\d+/edit$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

            await page.GetByLabel("（一）主动公开").FillAsync("全年通过门户网站主动公开各类政府信息。");
            await page.GetByLabel("（二）依申请公开").FillAsync("全年收到政府信息公开申请3件。");
            await page.GetByLabel("（三）政府信息管理").FillAsync("落实公开前保密审查。");
            await page.GetByLabel("（四）平台建设").FillAsync("门户网站运行正常。");
            await page.GetByLabel("（五）监督保障").FillAsync("纳入年度目标考核。");
            await page.GetByLabel("存在的主要问题及改进情况").FillAsync("栏目更新不够及时，下一步建立提醒机制。");
            foreach (var (label, value) in new[]
            {
                ("表二 第二十条第（一）项 规章 本年制发件数", "0"), ("表二 第二十条第（一）项 规章 本年废止件数", "0"),
                ("表二 第二十条第（一）项 规章 现行有效件数", "0"), ("表二 第二十条第（五）项 行政许可 本年处理决定数量", "96"),
                ("表二 第二十条第（六）项 行政处罚 本年处理决定数量", "12"), ("表二 第二十条第（六）项 行政强制 本年处理决定数量", "0"),
                ("表二 第二十条第（八）项 行政事业性收费 本年收费金额（单位：万元）", "0"),
            })
            {
                await page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
            }

            await page.GetByLabel("本年度收取信息处理费（元）").FillAsync("0");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存并校验", Exact = true }).ClickAsync();
            await page.Locator("#report-checks").WaitForAsync();
            Assert.Contains("收到政府信息公开申请3件", await page.Locator("#report-checks").InnerTextAsync(), StringComparison.Ordinal);
            await CheckPageAsync(page, viewing);

            // The fix: the text now says what the register says.
            await page.GetByLabel("（二）依申请公开").FillAsync("全年收到政府信息公开申请0件。");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存并校验", Exact = true }).ClickAsync();
            Assert.Equal("勾稽关系校验全部通过。", (await page.Locator("#report-checks").InnerTextAsync()).Trim());
            await page.GetByRole(AriaRole.Link, new() { Name = "返回报告（提交审核）", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
            Assert.Equal("待单位审核", (await page.Locator("#report-status").InnerTextAsync()).Trim());
            var reportUrl = page.Url;
            await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(portal.Url("/"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

            await page.GotoAsync("/account/login");
            await SignInAsync(page, UnitHead);
            await page.GotoAsync(reportUrl);
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Button, new() { Name = "单位审核通过", Exact = true }).ClickAsync();
            Assert.Equal("待县政务公开办审核", (await page.Locator("#report-status").InnerTextAsync()).Trim());
            await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(portal.Url("/"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

            await page.GotoAsync("/account/login");
            await SignInAsync(page, Reviewer);
            await page.GotoAsync("/admin/annualreports");
            await CheckPageAsync(page, viewing);
            await page.GotoAsync(reportUrl);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过并发布", Exact = true }).ClickAsync();
            Assert.Equal("已发布", (await page.Locator("#report-status").InnerTextAsync()).Trim());
        }

        await using var citizenContext = await fixture.NewContextAsync(viewing);
        var citizen = await citizenContext.NewPageAsync();
        await citizen.GotoAsync("/xxgk/jg/gaodu/nb");
        await CheckPageAsync(citizen, viewing);
        await citizen.GetByRole(AriaRole.Link, new() { Name = "高都镇2026年政府信息公开工作年度报告", Exact = true }).ClickAsync();
        await citizen.GetByRole(AriaRole.Table, new() { Name = "表三 收到和处理政府信息公开申请情况" }).WaitForAsync();
        await CheckPageAsync(citizen, viewing);
        var download = await citizen.RunAndWaitForDownloadAsync(() =>
            citizen.GetByRole(AriaRole.Link, new() { Name = "下载 Word 文档（.docx）", Exact = true }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1000);
        Assert.Equal((byte)'P', bytes[0]);
    }
}
