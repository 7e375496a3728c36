using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.TestKit.Builders;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// 在线办事 in a real browser: 高都镇's clerk writes a 办事指南 with two 申请材料 and uploads a 空白表格, the county reviewer
/// publishes it, and a citizen finds it under its 人生事件, opens it and its printable 一次告知单, which prints on one A4
/// page (printed to PDF by Chromium, pages counted). axe checks every page on the way.
/// </summary>
public sealed partial class ServiceGuideJourneyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Clerk = "gaodu-service-clerk";
    private const string Reviewer = "county-service-reviewer";
    private const string ItemName = "最低生活保障申请（浏览器测试）";

    [Fact]
    public async Task TownshipPublishesAGuide_CitizenFindsItByLifeEvent_AndPrintsItOnOnePage()
    {
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        await portal.SetUnitSignOffAsync("gaodu", enabled: false);

        await using (var staff = await fixture.NewContextAsync())
        {
            var page = await staff.NewPageAsync();
            await page.GotoAsync("/account/login");
            await SignInAsync(page, Clerk);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "办事服务", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "新建办事指南", Exact = true }).ClickAsync();
            await AssertNoAxeViolationsAsync(page);

            await page.GetByLabel("事项名称").FillAsync(ItemName);
            await page.GetByLabel("事项类型").SelectOptionAsync(new SelectOptionValue { Label = "行政给付" });
            await page.GetByLabel("设定依据").FillAsync("《社会救助暂行办法》第九条至第十二条");
            await page.GetByLabel("受理条件").FillAsync("户籍在本镇，家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合规定。");
            await page.GetByLabel("第 1 项材料名称").FillAsync("户口簿");
            await page.GetByLabel("第 1 项原件或复印件").SelectOptionAsync(new SelectOptionValue { Label = "原件和复印件" });
            await page.GetByLabel("第 2 项材料名称").FillAsync("最低生活保障申请表");
            await page.GetByLabel("办理流程（每行一步）").FillAsync("提出申请\n受理审查\n入户调查\n民主评议\n审核确认");
            await page.GetByLabel("法定办结时限（工作日）").FillAsync("30");
            await page.GetByLabel("承诺办结时限（工作日，即办填0）").FillAsync("20");
            await page.GetByLabel("办理地点").FillAsync("高都镇便民服务中心一楼综合窗口");
            await page.GetByLabel("办理时间").FillAsync("工作日 8:30-12:00，14:30-17:30");
            await page.GetByLabel("咨询电话").FillAsync("0356-3000000");
            await page.GetByLabel("监督投诉电话").FillAsync("12345");
            await page.GetByLabel("网上可办理程度").SelectOptionAsync(new SelectOptionValue { Label = "网上预审" });
            await page.GetByLabel("网上办理地址").FillAsync("https://www.sxzwfw.gov.cn/");
            await page.GetByLabel("第 1 条问题").FillAsync("可以委托他人办理吗？");
            await page.GetByLabel("第 1 条解答").FillAsync("可以，受托人须携带委托书和本人身份证。");
            await page.GetByLabel("社会救助").CheckAsync();
            await page.GetByLabel("主题").SelectOptionAsync(new SelectOptionValue { Label = "民政" });
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/admin/service-items/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

            // The blank form of the second material.
            await page.GetByLabel("申请材料").SelectOptionAsync(new SelectOptionValue { Label = "最低生活保障申请表" });
            await page.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "空白表格" });
            await page.GetByLabel("文件").SetInputFilesAsync(new FilePayload
            {
                Name = "最低生活保障申请表.docx",
                MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Buffer = TestFiles.Docx("最低生活保障申请表"),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
            Assert.Equal("空白表格“最低生活保障申请表.docx”已上传。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await AssertNoAxeViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
            Assert.Equal("已提交审核。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await SignOutAsync(page);

            await SignInAsync(page, Reviewer);
            await page.Locator("#service-items").GetByRole(AriaRole.Link, new() { Name = "高都镇：" + ItemName, Exact = true }).ClickAsync();
            await AssertNoAxeViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过并发布", Exact = true }).ClickAsync();
            Assert.Equal("审核通过，办事指南已发布。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        }

        await using var citizen = await fixture.NewContextAsync();
        var reader = await citizen.NewPageAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = "在线办事", Exact = true }).First.ClickAsync();
        await reader.WaitForURLAsync(new Regex("/bs$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await AssertNoAxeViolationsAsync(reader);
        await reader.GetByRole(AriaRole.Link, new() { Name = "社会救助", Exact = true }).ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = ItemName, Exact = true }).ClickAsync();
        await reader.WaitForURLAsync(new Regex("/bs/sx/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.True(await reader.GetByRole(AriaRole.Link, new() { Name = "空白表格：最低生活保障申请表.docx" }).IsVisibleAsync());
        await AssertNoAxeViolationsAsync(reader);
        await reader.GetByRole(AriaRole.Link, new() { Name = "打印一次告知单", Exact = true }).ClickAsync();
        await reader.WaitForURLAsync(new Regex("/bs/sx/\\d+/gzd$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await AssertNoAxeViolationsAsync(reader);

        var pdf = await reader.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        Assert.Equal(1, CountPages(pdf));
    }

    /// <summary>Page objects in a PDF (<c>/Type /Page</c>, not <c>/Pages</c>), as Chromium writes them.</summary>
    internal static int CountPages(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
