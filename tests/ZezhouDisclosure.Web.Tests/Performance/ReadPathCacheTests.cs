using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Performance;

/// <summary>The portal with the output cache off, so every request renders and only the read cache remembers.</summary>
public sealed class UncachedPagesFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:OutputCache:Enabled"] = "false" };
}

/// <summary>
/// What issue 19 keeps in the read cache on the public read path (the rendered 政府信息公开 menu, the units' name
/// history) is dropped by the next committed change, so a page never shows the old value once the change is saved.
/// </summary>
public class ReadPathCacheTests(UncachedPagesFactory factory) : IClassFixture<UncachedPagesFactory>
{
    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task EditColumn_Rename_AfterTheMenuWasRendered_ShowsTheNewNameInEveryMenuAtOnce()
    {
        var anonymous = factory.CreateBrowserClient();
        var county = await HtmlForms.ParseAsync(await anonymous.GetAsync("/xxgk/zn"));
        var township = await HtmlForms.ParseAsync(await anonymous.GetAsync("/xxgk/jg/gaodu"));
        Assert.Contains("政府信息公开指南", county.QuerySelector(".side-nav")!.TextContent);
        Assert.Contains("政府信息公开指南", township.QuerySelector(".side-nav")!.TextContent);
        var admin = await factory.SignedInAsync("fragment-admin", Roles.Administrator);
        var id = await factory.ColumnIdAsync(ColumnPaths.Guide);
        var version = await factory.QueryAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        var renamed = await HtmlForms.SubmitAsync(admin, $"/admin/referencedata/editcolumn/{id}", $"/admin/referencedata/editcolumn/{id}", new()
        {
            ["Version"] = S(version),
            ["Name"] = "政府信息公开指南（菜单缓存测试）",
            ["LegalBasis"] = "条例第十二条",
            ["SortOrder"] = "1",
        });

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var countyAfter = await HtmlForms.ParseAsync(await anonymous.GetAsync("/xxgk/zn"));
        var townshipAfter = await HtmlForms.ParseAsync(await anonymous.GetAsync("/xxgk/jg/gaodu"));
        Assert.Contains("政府信息公开指南（菜单缓存测试）", countyAfter.QuerySelector(".side-nav")!.TextContent);
        Assert.Contains("政府信息公开指南（菜单缓存测试）", townshipAfter.QuerySelector(".side-nav")!.TextContent);
    }

    [Fact]
    public async Task Get_Menu_MarksTheCurrentColumnOfEachPage()
    {
        var anonymous = factory.CreateBrowserClient();

        var first = await HtmlForms.ParseAsync(await anonymous.GetAsync("/xxgk/zn"));
        var second = await HtmlForms.ParseAsync(await anonymous.GetAsync("/xxgk/zcwj"));
        var firstAgain = await HtmlForms.ParseAsync(await anonymous.GetAsync("/xxgk/zn"));

        Assert.Equal("/xxgk/zn", first.QuerySelector(".side-nav a[aria-current='page']")?.GetAttribute("href"));
        Assert.Equal("/xxgk/zcwj", second.QuerySelector(".side-nav a[aria-current='page']")?.GetAttribute("href"));
        Assert.Equal("/xxgk/zn", firstAgain.QuerySelector(".side-nav a[aria-current='page']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Rename_AfterTheDocumentPageWasRead_StillShowsTheNameItWasPublishedUnder()
    {
        var anonymous = factory.CreateBrowserClient();
        var id = await factory.SeedDocumentAsync("nanling", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("南岭镇更名前发布的通知"));
        var oldName = await factory.QueryAsync(db => db.Organisations.Where(o => o.Slug == "nanling").Select(o => o.Name).SingleAsync());
        Assert.Contains(oldName, await anonymous.GetStringAsync($"/xxgk/doc/{id}"));
        factory.Time.Advance(TimeSpan.FromDays(2));
        var admin = await factory.SignedInAsync("fragment-rename-admin", Roles.Administrator);
        var organisation = await factory.OrganisationIdAsync("nanling");
        var version = await factory.QueryAsync(db => db.Organisations.Where(o => o.Id == organisation).Select(o => o.Version).SingleAsync());
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime.AddHours(8));

        var renamed = await HtmlForms.SubmitAsync(admin, $"/admin/organisations/{organisation}", $"/admin/organisations/{organisation}/rename", new()
        {
            ["Version"] = S(version),
            ["Name"] = oldName + "（更名测试）",
            ["EffectiveOn"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var page = await anonymous.GetStringAsync($"/xxgk/doc/{id}");
        Assert.DoesNotContain(oldName + "（更名测试）", page);
        Assert.Contains(oldName, page);
    }
}
