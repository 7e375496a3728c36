using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Application.Dashboard;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Features;

namespace ZezhouDisclosure.Web.Tests.Features;

/// <summary>
/// A capability plugs into the shared host by registering itself: a fake feature added to the test host puts its
/// back-office menu entry before the users holding its permission only, and its public link on every page.
/// </summary>
public class FeatureRegistryTests(FeatureRegistryTests.WithFakeFeature factory) : IClassFixture<FeatureRegistryTests.WithFakeFeature>
{
    private const string AdminText = "测试功能（仅审计权限）";
    private const string PublicText = "测试栏目";

    [Fact]
    public async Task AdminMenu_FakeFeaturesEntry_ShownToHoldersOfItsPermissionOnly()
    {
        var reviewer = await factory.ReviewerAsync("registry-reviewer");
        var clerk = await factory.ClerkAsync("registry-clerk", "gaodu");
        var administrator = await factory.AdministratorAsync("registry-admin");

        Assert.Contains(AdminText, await WorkbenchMenuAsync(reviewer));
        Assert.Contains(AdminText, await WorkbenchMenuAsync(administrator));
        Assert.DoesNotContain(AdminText, await WorkbenchMenuAsync(clerk));
    }

    [Fact]
    public async Task AdminMenu_EntryLinksToItsControllerInTheBackOffice()
    {
        var reviewer = await factory.ReviewerAsync("registry-link-reviewer");
        var html = await reviewer.GetStringAsync("/admin");
        var document = new HtmlParser().ParseDocument(html);
        var link = document.QuerySelectorAll("nav[aria-label='工作台导航'] a").Single(a => a.TextContent == AdminText);
        Assert.Equal("/admin/audit", link.GetAttribute("href"));
    }

    [Fact]
    public async Task PublicNav_FakeFeaturesLink_OnThePublicPages()
    {
        var html = await factory.CreateBrowserClient().GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);
        var links = document.QuerySelectorAll("nav[aria-label='主导航'] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains((PublicText, "/search"), links);
        Assert.Equal("首页", links[0].TextContent);
    }

    [Fact]
    public async Task WorkbenchPanel_FakeFeaturesPanel_ShownOnEachAudiencesWorkbenchWithItsOwnLines()
    {
        var clerk = await factory.ClerkAsync("registry-panel-clerk", "gaodu");
        var reviewer = await factory.ReviewerAsync("registry-panel-reviewer");

        var clerkPanel = new HtmlParser().ParseDocument(await clerk.GetStringAsync("/admin")).QuerySelector("#fake-panel");
        var countyPanel = new HtmlParser().ParseDocument(await reviewer.GetStringAsync("/admin")).QuerySelector("#fake-panel");

        Assert.NotNull(clerkPanel);
        Assert.Contains("测试面板", clerkPanel.QuerySelector("h2")!.TextContent);
        var line = clerkPanel.QuerySelector("li")!;
        Assert.Equal("Clerk 的待办：registry-panel-clerk", line.QuerySelector("a")!.TextContent);
        Assert.Contains("已超期", line.TextContent);
        Assert.NotNull(countyPanel);
        Assert.Equal("County 的待办：registry-panel-reviewer", countyPanel.QuerySelector("li a")!.TextContent);
        Assert.DoesNotContain("已超期", countyPanel.TextContent);
    }

    private static async Task<IReadOnlyList<string>> WorkbenchMenuAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/admin");
        var document = new HtmlParser().ParseDocument(html);
        return [.. document.QuerySelectorAll("nav[aria-label='工作台导航'] a").Select(a => a.TextContent)];
    }

    public sealed class FakeFeature : IFeature
    {
        public void Register(FeatureBuilder feature) => feature
            .AdminMenu(AdminText, "Audit", "Index", Permissions.Audit.View, order: 999)
            .PublicNav(PublicText, "/search", order: 999)
            .WorkbenchPanel<FakePanelSource>();
    }

    /// <summary>A panel that names the audience and user it was built for, so the test sees it was built per request.</summary>
    public sealed class FakePanelSource(ICurrentUser currentUser) : IWorkbenchPanelSource
    {
        public ValueTask<WorkbenchPanel?> BuildAsync(WorkbenchAudience audience, CancellationToken cancellationToken) =>
            ValueTask.FromResult<WorkbenchPanel?>(new WorkbenchPanel(
                "fake-panel", "测试面板",
                [new WorkbenchPanelItem($"{audience} 的待办：{currentUser.UserName}", "/admin/audit", "测试",
                    audience == WorkbenchAudience.Clerk ? WorkbenchUrgency.Overdue : WorkbenchUrgency.Normal)]));
    }

    /// <summary>The portal with one more feature than the real ones, as a new capability would add itself.</summary>
    public sealed class WithFakeFeature : ZezhouWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddFeature(new FakeFeature()));
        }
    }
}
