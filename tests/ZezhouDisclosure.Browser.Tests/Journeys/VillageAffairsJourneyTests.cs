using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// Organisations and 村（居）务公开 as people do them, in a real browser: the county office adds a new department, whose
/// clerk publishes a document; 高都镇 imports its villages from .xlsx, posts a village's monthly 财务公开, reviews it and
/// prints the 公示 sheet; a citizen on a phone follows 基层政务公开 → 高都镇 → 村（居）务公开 → the village. axe on every page.
/// </summary>
public sealed partial class VillageAffairsJourneyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Office = "va-office";
    private const string DepartmentClerk = "va-sjj";
    private const string TownshipClerk = "va-gaodu";

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static async Task<string> Flash(IPage page) => (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim();

    private static byte[] Villages() => new MiniExcelSpreadsheet().Write([new Sheet("高都镇村居", [
        ["名称", "代码", "类型", "联系人", "联系电话"],
        ["高都旅程村", "140525107281", "村", "王主任", "0356-1111111"],
        ["东沟旅程村", "140525107282", "村", "赵主任", "0356-2222222"],
        ["高都旅程社区", "140525107081", "社区", "钱主任", "0356-3333333"],
    ])]);

    [Fact]
    public async Task Journey_OfficeAddsDepartmentThatPublishes_TownshipImportsVillagesPostsAndPrints_CitizenOnAPhoneFindsIt()
    {
        var portal = fixture.Portal;
        await portal.CreateReviewerAsync(Office);
        await portal.CreateClerkAsync(TownshipClerk, "gaodu");
        var viewing = Viewing.Desktop;
        const string title = "泽州县数据局关于公共数据开放目录的公告";

        await using (var staff = await fixture.NewContextAsync(viewing))
        {
            var page = await staff.NewPageAsync();

            // The county office adds the new department.
            await page.GotoAsync("/account/login");
            await SignInAsync(page, Office);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "单位管理", Exact = true }).ClickAsync();
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Link, new() { Name = "新增单位", Exact = true }).ClickAsync();
            await page.GetByLabel("单位简称").WaitForAsync();
            await CheckPageAsync(page, viewing);
            await page.GetByLabel("单位类型").SelectOptionAsync(new SelectOptionValue { Label = "县直部门" });
            await page.GetByLabel("单位简称").FillAsync("泽州县数据局");
            await page.GetByLabel("网址标识").FillAsync("sjj");
            await page.GetByLabel("索引号机构代码").FillAsync("11140525SJJ00001");
            await page.GetByRole(AriaRole.Button, new() { Name = "新增", Exact = true }).ClickAsync();
            Assert.StartsWith("单位已新增", await Flash(page), StringComparison.Ordinal);
            Assert.Equal("泽州县数据局", await Heading(page).InnerTextAsync());
            await CheckPageAsync(page, viewing);
            await SignOutAsync(page);

            // Its clerk (an account bound to the new unit) drafts and submits; the county office approves.
            await portal.CreateClerkAsync(DepartmentClerk, "sjj");
            await portal.SetUnitSignOffAsync("sjj", enabled: false);
            await page.GotoAsync("/account/login");
            await SignInAsync(page, DepartmentClerk);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "新建信息", Exact = true }).ClickAsync();
            await page.GetByLabel("标题").FillAsync(title);
            var column = page.GetByLabel("发布栏目");
            var option = await column.Locator("option").Filter(new() { HasText = "政策文件" }).First.InnerTextAsync();
            await column.SelectOptionAsync(new SelectOptionValue { Label = option.Trim() });
            await page.GetByLabel("发文字号").FillAsync("泽数发〔2026〕1号");
            await page.GetByLabel("正文").FillAsync("为推进公共数据有序开放，现将本局公共数据开放目录公告如下。");
            await page.GetByRole(AriaRole.Radio, new() { Name = "主动公开", Exact = true }).CheckAsync();
            await page.GetByLabel("不需解读的理由").FillAsync("本公告为目录发布，不需解读。");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/admin/documents/details/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await SignOutAsync(page);

            await page.GotoAsync("/account/login");
            await SignInAsync(page, Office);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "待审核", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
            Assert.Contains("SJJ", await Flash(page), StringComparison.Ordinal);
            await SignOutAsync(page);

            // 高都镇 imports its villages.
            var file = Path.Combine(Path.GetTempPath(), $"gaodu-villages-{Guid.NewGuid():N}.xlsx");
            await File.WriteAllBytesAsync(file, Villages());
            await page.GotoAsync("/account/login");
            await SignInAsync(page, TownshipClerk);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "村（居）务公开", Exact = true }).ClickAsync();
            await CheckPageAsync(page, viewing);
            await page.Locator("input[type=file]").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "检查名单", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "导入 3 个村（居）", Exact = true }).WaitForAsync();
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Button, new() { Name = "导入 3 个村（居）", Exact = true }).ClickAsync();
            Assert.StartsWith("已导入 3 个村（居）", await Flash(page), StringComparison.Ordinal);
            File.Delete(file);

            // … posts 高都旅程村's monthly 财务公开, submits it, reviews it as the township and prints the sheet.
            await page.GetByRole(AriaRole.Link, new() { Name = "高都旅程村", Exact = true }).ClickAsync();
            await CheckPageAsync(page, viewing);

            // … adapts the village's 公开事项清单 from the template (one more row) …
            await page.GetByRole(AriaRole.Link, new() { Name = "编辑公开事项清单", Exact = true }).ClickAsync();
            await CheckPageAsync(page, viewing);
            await page.Locator("input[name=Area]").FillAsync("集体资产");
            await page.Locator("input[name=Item]").FillAsync("集体资产资源发包租赁");
            await page.GetByRole(AriaRole.Button, new() { Name = "新增", Exact = true }).ClickAsync();
            Assert.Equal("已新增公开事项。", await Flash(page));
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Link, new() { Name = "返回高都旅程村", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "新建村（居）务公开", Exact = true }).ClickAsync();
            await page.GetByLabel("标题").FillAsync("高都旅程村2026年10月村级财务收支公开");
            await page.GetByLabel("公开内容").FillAsync("一、本月收入 12000元\n二、本月支出 6200元\n三、月末结余 5800元");
            await page.GetByLabel("异议受理").FillAsync("村务监督委员会 王某某 0356-1111111");
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            Assert.StartsWith("已保存", await Flash(page), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交乡镇审核", Exact = true }).ClickAsync();
            Assert.Equal("已提交乡镇审核。", await Flash(page));
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过并公开", Exact = true }).ClickAsync();
            Assert.Equal("已审核通过并公开。", await Flash(page));
            await page.GetByRole(AriaRole.Link, new() { Name = "打印公示栏（A4）", Exact = true }).ClickAsync();
            await page.GetByText("公示期：").First.WaitForAsync();
            Assert.Equal("高都旅程村2026年10月村级财务收支公开", await Heading(page).InnerTextAsync());
            Assert.Contains("盖章", await page.ContentAsync(), StringComparison.Ordinal);
            await AssertNoAxeViolationsAsync(page);
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
            Assert.True(pdf.Length > 1000);
        }

        // A citizen on a phone follows 基层政务公开 → 高都镇 → 村（居）务公开 → the village.
        var phone = Viewing.Phone;
        await using var citizen = await fixture.NewContextAsync(phone);
        var public_ = await citizen.NewPageAsync();
        await public_.GotoAsync("/jczwgk");
        await public_.GetByRole(AriaRole.Link, new() { Name = "高都镇", Exact = true }).First.ClickAsync();
        await public_.GetByRole(AriaRole.Link, new() { Name = "村（居）务公开", Exact = true }).ClickAsync();
        await CheckPageAsync(public_, phone);
        await public_.GetByRole(AriaRole.Link, new() { Name = "高都旅程村", Exact = true }).ClickAsync();
        await CheckPageAsync(public_, phone);
        await public_.GetByRole(AriaRole.Link, new() { Name = "高都旅程村2026年10月村级财务收支公开", Exact = true }).ClickAsync();
        Assert.Equal("高都旅程村2026年10月村级财务收支公开", await Heading(public_).InnerTextAsync());
        await CheckPageAsync(public_, phone);
        await public_.GetByRole(AriaRole.Link, new() { Name = "打印公示栏（A4）", Exact = true }).ClickAsync();
        await public_.GetByText("公示期：").First.WaitForAsync();
        await CheckPageAsync(public_, phone);
    }
}
