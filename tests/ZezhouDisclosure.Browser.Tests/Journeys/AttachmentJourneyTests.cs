using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.TestKit.Builders;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// 谁起草、谁解读 with a 附件, in a real browser: a township clerk drafts a policy with an attachment and its 解读 and
/// submits them together, the county reviewer approves, and a citizen reads the policy, follows 「解读」 and back,
/// and downloads the attachment. axe checks the upload form and the document page with its attachment.
/// </summary>
public sealed class AttachmentJourneyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Clerk = "gaodu-attach-clerk";
    private const string Reviewer = "county-attach-reviewer";
    private const string AttachmentName = "高都镇冬季清洁取暖补贴发放方案.pdf";
    [Fact]
    public async Task PolicyWithAttachmentAndInterpretation_ApprovedTogether_CitizenReadsAndDownloads()
    {
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        // This journey is about attachments and 解读: the unit's own sign-off step is off (see PublishJourneyTests).
        await portal.SetUnitSignOffAsync("gaodu", enabled: false);
        const string policy = "高都镇关于印发冬季清洁取暖补贴发放办法的通知";
        const string interpretation = "图解：高都镇冬季清洁取暖补贴发放办法";

        await using (var staff = await fixture.NewContextAsync())
        {
            var page = await staff.NewPageAsync();
            await page.GotoAsync("/account/login");
            await SignInAsync(page, Clerk);

            // The policy, saved as a draft.
            await DraftAsync(page, policy, "政策文件", "高政发〔2026〕21号");

            // Its attachment, on the upload form (scanned by axe before and after).
            await page.GetByRole(AriaRole.Link, new() { Name = "上传或管理附件", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/admin/attachments/index/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await AssertNoAxeViolationsAsync(page);
            await page.GetByLabel("选择文件").SetInputFilesAsync(new FilePayload
            {
                Name = AttachmentName,
                MimeType = "application/pdf",
                Buffer = TestFiles.TextPdf("Winter clean heating subsidy scheme"),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
            Assert.Equal($"附件“{AttachmentName}”已上传。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = AttachmentName, Exact = true }).IsVisibleAsync());
            await AssertNoAxeViolationsAsync(page);

            // Its 解读: a graphic interpretation linked to the policy, submitted.
            await DraftAsync(page, interpretation, "政策解读", null);
            await page.GetByLabel("解读形式").SelectOptionAsync(new SelectOptionValue { Label = "图片图解" });
            await page.GetByRole(AriaRole.Button, new() { Name = "保存解读信息", Exact = true }).ClickAsync();
            await page.GetByLabel("关联政策文件").SelectOptionAsync(new SelectOptionValue { Label = policy + "（高政发〔2026〕21号）" });
            await page.GetByRole(AriaRole.Button, new() { Name = "关联", Exact = true }).ClickAsync();
            Assert.Equal("已关联政策文件。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
            Assert.Equal("已提交审核。", await page.GetByRole(AriaRole.Status).InnerTextAsync());

            // The policy goes in with it.
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "信息管理", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = policy, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
            Assert.Equal("已提交审核。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(portal.Url("/"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

            // The county reviewer approves the policy; its 解读 is approved with it.
            await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录", Exact = true }).ClickAsync();
            await SignInAsync(page, Reviewer);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "待审核", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = policy, Exact = true }).ClickAsync();
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = AttachmentName, Exact = true }).IsVisibleAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
            Assert.Matches(new Regex(@"140525107/\d{4}-\d{5}"), await page.GetByRole(AriaRole.Status).InnerTextAsync());
        }

        // A citizen opens the policy, follows 「解读」 to the interpretation and comes back.
        await using var citizen = await fixture.NewContextAsync();
        var reader = await citizen.NewPageAsync();
        await reader.GotoAsync("/xxgk/zcwj");
        await reader.GetByRole(AriaRole.Link, new() { Name = policy, Exact = true }).ClickAsync();
        await reader.WaitForURLAsync(new Regex("/xxgk/doc/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var policyUrl = reader.Url;
        await AssertNoAxeViolationsAsync(reader);

        await reader.GetByRole(AriaRole.Link, new() { Name = "解读", Exact = true }).ClickAsync();
        await reader.GetByRole(AriaRole.Region, new() { Name = "政策解读" }).GetByRole(AriaRole.Link, new() { Name = interpretation, Exact = true }).ClickAsync();
        await reader.WaitForURLAsync(new Regex("/xxgk/doc/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(interpretation, await Heading(reader).InnerTextAsync());
        await reader.GetByRole(AriaRole.Region, new() { Name = "解读的政策文件" }).GetByRole(AriaRole.Link, new() { Name = policy, Exact = true }).ClickAsync();
        await reader.WaitForURLAsync(policyUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(policy, await Heading(reader).InnerTextAsync());

        // …and downloads the attachment under its Chinese name.
        var attachments = reader.GetByRole(AriaRole.Region, new() { Name = "附件" });
        Assert.Contains("PDF", await attachments.InnerTextAsync(), StringComparison.Ordinal);
        var download = await reader.RunAndWaitForDownloadAsync(() =>
            attachments.GetByRole(AriaRole.Link, new() { Name = AttachmentName, Exact = true }).ClickAsync());
        Assert.Equal(AttachmentName, download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(File.ReadAllBytes(path!).AsSpan(0, 5)), StringComparison.Ordinal);
    }

    /// <summary>新建信息: title, column, 主动公开, saved as a draft; waits for its details page.</summary>
    private static async Task DraftAsync(IPage page, string title, string column, string? number)
    {
        await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "新建信息", Exact = true }).ClickAsync();
        await page.GetByLabel("标题").FillAsync(title);
        var select = page.GetByLabel("发布栏目");
        var option = await select.Locator("option").Filter(new() { HasText = column }).First.InnerTextAsync();
        await select.SelectOptionAsync(new SelectOptionValue { Label = option.Trim() });
        if (number is not null)
        {
            await page.GetByLabel("发文字号").FillAsync(number);
        }

        await page.GetByLabel("正文").FillAsync("各村（社区）：\n\n为保障群众温暖过冬，现将有关事项通知如下。");
        await page.GetByRole(AriaRole.Radio, new() { Name = "主动公开", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/documents/details/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("草稿已保存。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
    }

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
