using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Oversight;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// 监测与整改 in a real browser: 高都镇's 政策文件 column was last updated 200 days ago. The county office runs the
/// inspector, finds 栏目不更新 for 高都镇 in the heat table and 通报s it; 高都镇's clerk sees the 整改 on the 工作台, the
/// unit publishes a new 政策文件 (written straight to the database here: the publishing workflow has its own journey)
/// and the clerk records the 整改; the county office runs the inspector again, and the finding is closed and the 整改
/// 销号. The overview, findings and 整改 pages are scanned with axe on the way.
/// </summary>
public sealed class OversightJourneyTests(OversightJourneyTests.Fixture fixture) : IClassFixture<OversightJourneyTests.Fixture>
{
    private const string Clerk = "gaodu-oversight-clerk";
    private const string Reviewer = "oversight-reviewer";

    [Fact]
    public async Task OversightJourney_RunNotifyFixRerun_FindingClosedAndRectificationVerified()
    {
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        await using var staff = await fixture.NewContextAsync();
        var page = await staff.NewPageAsync();

        // The county office runs the inspector and opens 高都镇's findings from the heat table.
        await page.GotoAsync("/account/login");
        await SignInAsync(page, Reviewer);
        await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "监测概况", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "立即监测（全站）", Exact = true }).ClickAsync();
        Assert.StartsWith("监测完成", await Flash(page), StringComparison.Ordinal);
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Table, new() { Name = "各单位 × 规则（未关闭发现数）" })
            .GetByRole(AriaRole.Link, new() { Name = "高都镇", Exact = true }).ClickAsync();
        var stale = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "栏目不更新" }).Filter(new() { HasText = "政策文件" });
        Assert.Equal(1, await stale.CountAsync());
        await AssertNoAxeViolationsAsync(page);

        // … and 通报s the stale column to 高都镇.
        await stale.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByLabel("通报内容").FillAsync("政策文件栏目超过6个月未更新，请及时发布。");
        await page.GetByRole(AriaRole.Button, new() { Name = "通报所选发现", Exact = true }).ClickAsync();
        Assert.StartsWith("已通报 1 项整改", await Flash(page), StringComparison.Ordinal);
        await SignOutAsync(page);

        // The clerk sees the 整改 on the 工作台; the unit publishes; the clerk records the 整改.
        await SignInAsync(page, Clerk);
        var panel = page.Locator("#rectifications");
        await panel.GetByRole(AriaRole.Link, new() { Name = "栏目不更新" }).ClickAsync();
        await fixture.PublishPolicyAsync("高都镇新发布的政策文件");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("整改情况").FillAsync("已发布新的政策文件。");
        await page.GetByRole(AriaRole.Button, new() { Name = "填报并标记完成", Exact = true }).ClickAsync();
        Assert.StartsWith("已填报整改情况", await Flash(page), StringComparison.Ordinal);
        await SignOutAsync(page);

        // The county office runs the inspector again: the finding closes itself and the 整改 is 销号.
        await SignInAsync(page, Reviewer);
        await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "监测概况", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "立即监测（全站）", Exact = true }).ClickAsync();
        Assert.Contains("整改销号 1 项", await Flash(page), StringComparison.Ordinal);
        await Workbench(page).GetByRole(AriaRole.Link, new() { Name = "整改", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "包括已销号", Exact = true }).ClickAsync();
        Assert.Contains("已销号", await page.GetByRole(AriaRole.Region, new() { Name = "高都镇：栏目不更新" }).InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoAxeViolationsAsync(page);
        var gaodu = await portal.OrganisationIdAsync("gaodu");
        var column = await portal.ColumnIdAsync(ColumnPaths.PolicyDocuments);
        Assert.False(await portal.QueryAsync(db => db.Findings.AnyAsync(f => f.CheckCode == "column.stale" && f.OrganisationId == gaodu && f.Subject == $"column:{column}" && f.ClosedAt == null)));
        Assert.Equal(RectificationStatus.Verified, await portal.QueryAsync(db => db.Rectifications.Where(r => r.OrganisationId == gaodu).Select(r => r.Status).SingleAsync()));
    }

    private static async Task<string> Flash(IPage page) => (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim();

    /// <summary>The portal with one 高都镇 政策文件 published 200 days ago (past the 6-month rule).</summary>
    public sealed class Fixture : PortalBrowserFixture
    {
        public async Task PublishPolicyAsync(string title) =>
            await Portal.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle(title));

        protected override async Task SeedAsync()
        {
            var id = await Portal.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇早先的政策文件"));
            await Portal.QueryAsync(async db =>
            {
                var document = await db.Documents.SingleAsync(d => d.Id == id);
                db.Entry(document).Property(d => d.PublishedAt).CurrentValue = Portal.Time.GetUtcNow().UtcDateTime.AddDays(-200);
                return await db.SaveChangesAsync();
            });
        }
    }
}
