using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.Domain.Columns;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// The publishing workflow as people do it, in a real browser: a township clerk drafts and submits, the township's head
/// signs it off (单位审核), the county reviewer approves, and a citizen finds the document. Only clicks and typing, found by role, label and text.
/// </summary>
public sealed partial class PublishJourneyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Clerk = "gaodu-clerk";
    private const string Reviewer = "county-reviewer";
    private const string UnitHead = "gaodu-head";

    /// <summary>
    /// The journey on a desktop, a 390 px phone and in 长辈版 on that phone; every page on the way passes
    /// <see cref="JourneySteps.CheckPageAsync"/> (axe, no sideways scrolling, 长辈版 measured).
    /// </summary>
    [Theory]
    [MemberData(nameof(Viewing.Names), MemberType = typeof(Viewing))]
    public async Task PublishJourney_ClerkDraftsUnitHeadSignsOffReviewerApproves_CitizenSeesDocument(string viewingName)
    {
        var viewing = Viewing.Named(viewingName);
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateUserAsync(UnitHead, Application.Common.Security.Roles.UnitHead, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        await portal.SetUnitSignOffAsync("gaodu", enabled: true);
        // One title and 文号 per viewing: the three runs share the portal.
        var title = $"高都镇关于做好2026年冬季清洁取暖工作的通知（{viewing.Label}）";
        var number = $"高政发〔2026〕{18 + Viewing.All.ToList().IndexOf(viewing)}号";

        await using (var staff = await fixture.NewContextAsync(viewing))
        {
            var page = await staff.NewPageAsync();

            // The clerk drafts the document and submits it for review.
            await page.GotoAsync("/account/login");
            await CheckPageAsync(page, viewing);
            await SignInAsync(page, Clerk);
            await CheckPageAsync(page, viewing);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "新建信息", Exact = true }).ClickAsync();
            await page.GetByLabel("标题").WaitForAsync();
            await CheckPageAsync(page, viewing);
            await page.GetByLabel("标题").FillAsync(title);
            var column = page.GetByLabel("发布栏目");
            var policyOption = await column.Locator("option").Filter(new() { HasText = "政策文件" }).First.InnerTextAsync();
            await column.SelectOptionAsync(new SelectOptionValue { Label = policyOption.Trim() });
            await page.GetByLabel("发文字号").FillAsync(number);
            await page.GetByLabel("正文").FillAsync("各村（社区）：\n\n为保障群众温暖过冬，现就冬季清洁取暖工作通知如下。\n\n泽州县高都镇人民政府\n\n2026年11月20日");
            await page.GetByRole(AriaRole.Radio, new() { Name = "主动公开", Exact = true }).CheckAsync();
            await page.GetByLabel("不需解读的理由").FillAsync("本通知为工作部署，不涉及群众切身利益，不需解读。");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核", Exact = true }).ClickAsync();

            await page.WaitForURLAsync(new Regex("/admin/documents/details/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            Assert.Equal("已保存并提交审核。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            Assert.Equal(title, await Heading(page).InnerTextAsync());
            await CheckPageAsync(page, viewing);

            await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(portal.Url("/"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

            // The township's head signs it off (单位审核); only then does it reach the county office.
            await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录", Exact = true }).ClickAsync();
            await SignInAsync(page, UnitHead);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "单位审核", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).WaitForAsync();
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "单位审核通过，报县政务公开办", Exact = true }).ClickAsync();
            Assert.Equal("单位审核通过，已报县政务公开办审核。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(portal.Url("/"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

            // The county reviewer finds it in the queue and approves it.
            await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录", Exact = true }).ClickAsync();
            await SignInAsync(page, Reviewer);
            await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "待审核", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).WaitForAsync();
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).WaitForAsync();
            await CheckPageAsync(page, viewing);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();

            var flash = await page.GetByRole(AriaRole.Status).InnerTextAsync();
            Assert.Matches(IndexNumberPattern(), flash);
            await CheckPageAsync(page, viewing);
        }

        // A citizen, not signed in, finds it under 政策文件.
        await using var citizen = await fixture.NewContextAsync(viewing);
        var public_ = await citizen.NewPageAsync();
        await public_.GotoAsync("/xxgk/zcwj");
        await CheckPageAsync(public_, viewing);
        await public_.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();

        await public_.WaitForURLAsync(new Regex("/xxgk/doc/\\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(title, await Heading(public_).InnerTextAsync());
        var metadata = public_.GetByRole(AriaRole.Table, new() { Name = "信息元数据" });
        var indexNumber = await metadata.GetByRole(AriaRole.Rowheader, new() { Name = "索引号", Exact = true })
            .Locator("xpath=following-sibling::td[1]").InnerTextAsync();
        Assert.Matches(IndexNumberOnly(), indexNumber.Trim());
        await CheckPageAsync(public_, viewing);
        Assert.Equal("right", await public_.Locator(".doc-body p", new() { HasTextString = "2026年11月20日" }).EvaluateAsync<string>("p => getComputedStyle(p).textAlign"));
    }

    [Fact]
    public async Task Return_ReviewerReturnsWithComment_ClerkSeesComment()
    {
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        const string title = "高都镇2026年第四季度农村低保资金发放情况";
        const string comment = "请补充发放人数和资金总额，并注明资金来源。";
        await portal.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, Domain.Documents.DocumentStatus.Submitted, d => d.WithTitle(title));

        await using var staff = await fixture.NewContextAsync();
        var page = await staff.NewPageAsync();

        // The reviewer returns the submitted document with a comment.
        await page.GotoAsync("/account/login");
        await SignInAsync(page, Reviewer);
        await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "待审核", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await page.GetByLabel("审核意见").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "退回修改", Exact = true }).ClickAsync();
        Assert.Equal("已退回。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(portal.Url("/"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        // The clerk finds it among the organisation's documents and reads why.
        await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录", Exact = true }).ClickAsync();
        await SignInAsync(page, Clerk);
        await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "信息管理", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();

        var note = await page.GetByRole(AriaRole.Note).InnerTextAsync();
        Assert.Contains(comment, note, StringComparison.Ordinal);
        Assert.Contains(Reviewer, note, StringComparison.Ordinal);
        Assert.True(await page.GetByText("已退回", new() { Exact = true }).IsVisibleAsync(), "The status should read 已退回.");
    }

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    [GeneratedRegex(@"140525107/\d{4}-\d{5}")]
    private static partial Regex IndexNumberPattern();

    [GeneratedRegex(@"^140525107/\d{4}-\d{5}$")]
    private static partial Regex IndexNumberOnly();
}
