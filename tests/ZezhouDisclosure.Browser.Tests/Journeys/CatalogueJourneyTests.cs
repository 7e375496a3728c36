using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ZezhouDisclosure.Application.Catalogues;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// The 标准目录 workflow as people do it, in a real browser: 高都镇 has a published first version; its clerk starts an
/// adjustment (动态调整), imports the catalogue from an xlsx in the standard table layout and submits it; the county
/// reviewer returns it with a comment on the catalogue and on one row; the clerk reads both, fixes the row and
/// resubmits; the reviewer approves; a citizen sees the second version, its history and the diff. The clerk's editing
/// page, the review page and the public catalogue page are scanned with axe on the way.
/// </summary>
public sealed partial class CatalogueJourneyTests(CatalogueJourneyTests.Fixture fixture) : IClassFixture<CatalogueJourneyTests.Fixture>
{
    private const string Clerk = "gaodu-catalogue-clerk";
    private const string Reviewer = "catalogue-reviewer";
    private const string LocalLevel2 = "急难型临时救助";
    private const string CatalogueComment = "请核对本地事项的公开主体，写明全称后重新提交。";
    private const string ItemComment = "公开主体应为“泽州县高都镇人民政府”。";
    private const string FixedSubject = "泽州县高都镇人民政府";
    [Fact]
    public async Task CatalogueJourney_ImportReturnFixApprove_CitizenSeesNewVersionAndDiff()
    {
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        var file = Path.Combine(Path.GetTempPath(), $"gaodu-catalogue-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, Workbook());

        try
        {
            await using (var staff = await fixture.NewContextAsync())
            {
                var page = await staff.NewPageAsync();

                // The clerk starts an adjustment of the published catalogue and imports the new table.
                await page.GotoAsync("/account/login");
                await SignInAsync(page, Clerk);
                await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "标准目录", Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "发起调整（动态调整）", Exact = true }).ClickAsync();
                await page.GetByLabel("导入标准目录表（xlsx）").SetInputFilesAsync(file);
                await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览", Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = "导入预览", Exact = true }).WaitForAsync();
                Assert.Contains("0 行", await page.Locator("dl.facts dd").Nth(2).InnerTextAsync(), StringComparison.Ordinal);
                await AssertNoAxeViolationsAsync(page);
                await page.GetByRole(AriaRole.Button, new() { Name = "导入可读取的 4 行和 1 个未涉及领域", Exact = true }).ClickAsync();
                Assert.Equal("导入成功，共 4 个事项。", await Flash(page));
                var imported = ItemRow(page, LocalLevel2);
                Assert.Contains("本地事项", await imported.InnerTextAsync(), StringComparison.Ordinal);
                await AssertNoAxeViolationsAsync(page);

                await page.GetByRole(AriaRole.Button, new() { Name = "提交审定", Exact = true }).ClickAsync();
                Assert.Equal("目录已提交县政务公开办审定。", await Flash(page));
                await SignOutAsync(page);

                // The reviewer returns it with a comment on the catalogue and one on the imported local row.
                await SignInAsync(page, Reviewer);
                await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "标准目录审定", Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "高都镇", Exact = true }).ClickAsync();
                await AssertNoAxeViolationsAsync(page);
                await ItemRow(page, LocalLevel2).GetByRole(AriaRole.Textbox).FillAsync(ItemComment);
                await page.GetByLabel("退回意见").FillAsync(CatalogueComment);
                await page.GetByRole(AriaRole.Button, new() { Name = "退回", Exact = true }).ClickAsync();
                Assert.Equal("已退回。", await Flash(page));
                await SignOutAsync(page);

                // The clerk reads both comments, fixes the row and resubmits.
                await SignInAsync(page, Clerk);
                await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "标准目录", Exact = true }).ClickAsync();
                Assert.Contains(CatalogueComment, await page.GetByRole(AriaRole.Note).Filter(new() { HasText = "审定意见" }).InnerTextAsync(), StringComparison.Ordinal);
                Assert.Contains(ItemComment, await ItemRow(page, LocalLevel2).InnerTextAsync(), StringComparison.Ordinal);
                await ItemRow(page, LocalLevel2).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^修改") }).ClickAsync();
                Assert.Contains(ItemComment, await page.GetByRole(AriaRole.Note).InnerTextAsync(), StringComparison.Ordinal);
                await AssertNoAxeViolationsAsync(page);
                await page.GetByLabel("公开主体").FillAsync(FixedSubject);
                await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
                Assert.Equal("事项已保存。", await Flash(page));
                await page.GetByRole(AriaRole.Button, new() { Name = "修改完毕，重新提交审定", Exact = true }).ClickAsync();
                Assert.Equal("目录已提交县政务公开办审定。", await Flash(page));
                await SignOutAsync(page);

                // The reviewer approves: the second version is published.
                await SignInAsync(page, Reviewer);
                await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "标准目录审定", Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "高都镇", Exact = true }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "审定通过并发布", Exact = true }).ClickAsync();
                Assert.Equal("审定通过，已发布第 2 版。", await Flash(page));
            }

            // A citizen, not signed in, reads the new version, its history and what changed.
            await using var citizen = await fixture.NewContextAsync();
            var public_ = await citizen.NewPageAsync();
            await public_.GotoAsync("/jczwgk/xz/gaodu/bzml");
            await AssertNoAxeViolationsAsync(public_);
            await public_.GetByRole(AriaRole.Link, new() { Name = "4. 社会救助", Exact = true }).ClickAsync();
            var table = public_.GetByRole(AriaRole.Table, new() { Name = "高都镇社会救助公开事项（第2版）" });
            Assert.Contains(FixedSubject, await table.GetByRole(AriaRole.Row).Filter(new() { HasText = LocalLevel2 }).InnerTextAsync(), StringComparison.Ordinal);
            await AssertNoAxeViolationsAsync(public_);
            await public_.GetByRole(AriaRole.Link, new() { Name = "返回目录总览（全部领域）", Exact = true }).ClickAsync();
            var history = public_.GetByRole(AriaRole.Table, new() { Name = "目录各版本" });
            Assert.Equal(1, await history.GetByRole(AriaRole.Link, new() { Name = "第 1 版", Exact = true }).CountAsync());
            await history.GetByRole(AriaRole.Link, new() { Name = "查看变化", Exact = true }).ClickAsync();

            await public_.WaitForURLAsync(new Regex("/jczwgk/xz/gaodu/bzml/bj\\?from=1&to=2$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var changes = public_.GetByRole(AriaRole.Table, new() { Name = "版本变化明细" });
            Assert.Contains("新增", await changes.GetByRole(AriaRole.Row).Filter(new() { HasText = LocalLevel2 }).InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("删除", await changes.GetByRole(AriaRole.Row).Filter(new() { HasText = "规范性文件" }).InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// A 390 px phone, normal and 长辈版: the catalogue overview and an area page do not scroll sideways (the table
    /// reflows into cards), keep in-cell line breaks, and pass axe.
    /// </summary>
    [Theory]
    [InlineData("phone")]
    [InlineData("elder-phone")]
    public async Task CataloguePages_OnAPhone_FitTheScreenAndPassAxe(string viewingName)
    {
        var viewing = Viewing.Named(viewingName);
        await using var context = await fixture.NewContextAsync(viewing);
        var page = await context.NewPageAsync();

        Assert.True((await page.GotoAsync("/jczwgk/xz/gaodu/bzml"))?.Ok);
        await CheckPageAsync(page, viewing);
        await page.GetByRole(AriaRole.Link, new() { Name = "4. 社会救助", Exact = true }).ClickAsync();
        await page.Locator("table.catalogue-table").WaitForAsync();
        await CheckPageAsync(page, viewing);
        var whiteSpace = await page.Locator("table.catalogue-table td .lines").First.EvaluateAsync<string>("e => getComputedStyle(e).whiteSpace");
        Assert.Equal("pre-line", whiteSpace);
        var display = await page.Locator("table.catalogue-table tbody tr").First.EvaluateAsync<string>("e => getComputedStyle(e).display");
        Assert.Equal("block", display);
    }

    /// <summary>
    /// The table the clerk uploads, written with the portal's own spreadsheet writer and standard layout: two 社会救助
    /// rows from the county template (one of them adjusted), one local row with a subject the reviewer will query,
    /// and the 乡镇简介 common row; 户籍管理 is declared not involved.
    /// </summary>
    private static byte[] Workbook()
    {
        var content = Content("最低生活保障", "审核信息", "初审对象名单及相关信息", "制定或获取信息之日起10个工作日内，公示7个工作日");
        return new MiniExcelSpreadsheet().Write(
        [
            new Sheet("社会救助",
            [
                .. CatalogueSheetLayout.Header(),
                CatalogueSheetLayout.Row(1, content, null),
                CatalogueSheetLayout.Row(2, Content("特困人员救助供养", "审核信息", "初审对象名单及相关信息（含终止供养名单）", "制定或获取信息之日起10个工作日内，公示7个工作日"), null),
                CatalogueSheetLayout.Row(3, Content("临时救助", LocalLevel2, "先行救助的对象、条件、程序、标准；救助结果", "制定或获取信息之日起10个工作日内") with { Subject = "高都镇" }, null),
            ]),
            new Sheet(CatalogueDiff.CommonArea,
            [
                .. CatalogueSheetLayout.Header(),
                CatalogueSheetLayout.Row(1, Content("概况信息", "乡镇简介", "行政区划、人口民族、地理位置、自然资源、历史沿革", "信息形成或者变更之日起20个工作日内"), null),
            ]),
            new Sheet(CatalogueSheetLayout.NotInvolvedSheet, [["领域", "说明"], ["户籍管理", "户籍业务由县公安局派出所办理。"]]),
        ]);
    }

    private static CatalogueItemContent Content(string level1, string level2, string content, string timeLimit) =>
        new(level1, level2, null, content, "《中华人民共和国政府信息公开条例》（国务院令第711号）", timeLimit, "高都镇人民政府",
            DisclosureChannels.GovernmentWebsite | DisclosureChannels.NoticeBoard, DisclosureAudience.Public,
            CatalogueDisclosureMode.Proactive, DisclosureLevels.Township);

    private static ILocator ItemRow(IPage page, string level2) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = level2 });

    private static async Task<string> Flash(IPage page) => (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim();

    /// <summary>The portal with 高都镇's first catalogue version approved (社会救助 and two common rows).</summary>
    public sealed class Fixture : PortalBrowserFixture
    {
        protected override Task SeedAsync() => Portal.QueryAsync(async db =>
        {
            var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
            var shjzId = await db.PilotAreas.Where(a => a.Slug == "shjz").Select(a => a.Id).SingleAsync();
            var shjz = await db.CatalogueTemplates.Include(t => t.Items).SingleAsync(t => t.PilotAreaId == shjzId);
            var names = await db.PilotAreas.ToDictionaryAsync(a => a.Id, a => a.Name);
            var catalogue = new TownshipCatalogue(gaodu);
            catalogue.AddArea(shjz);
            catalogue.AddLocalItem(null, Content("概况信息", "乡镇简介", "行政区划、人口民族、地理位置、自然资源、历史沿革", "信息形成或者变更之日起20个工作日内"));
            catalogue.AddLocalItem(null, Content("政府文件", "规范性文件", "本镇制定的规范性文件及解读", "信息形成或者变更之日起20个工作日内"));
            db.TownshipCatalogues.Add(catalogue);
            await db.SaveChangesAsync();
            var now = Portal.Time.GetUtcNow().UtcDateTime;
            catalogue.Submit(now.AddDays(-20), "seed");
            db.CatalogueVersions.Add(catalogue.Approve(ChinaTime.Today(Portal.Time).AddDays(-19), names, now.AddDays(-20), "seed"));
            return await db.SaveChangesAsync();
        });
    }
}
