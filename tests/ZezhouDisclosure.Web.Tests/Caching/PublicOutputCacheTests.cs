using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Mvc;
using static ZezhouDisclosure.TestKit.Web.OutputCacheResponses;

namespace ZezhouDisclosure.Web.Tests.Caching;

/// <summary>
/// Anonymous public pages come from the output cache (a cached response carries <c>Age</c>) and are evicted the moment
/// a committed change alters what they show; signed-in users neither read nor fill the cache.
/// </summary>
public class PublicOutputCacheTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Get_SamePageTwice_SecondIsServedFromCache()
    {
        var client = factory.CreateBrowserClient();

        var first = await client.GetAsync("/site/help");
        var second = await client.GetAsync("/site/help");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(FromCache(first));
        Assert.True(FromCache(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Approve_CachedHomeAndColumnPages_ShowTheNewDocumentAtOnce()
    {
        var anonymous = factory.CreateBrowserClient();
        await anonymous.GetAsync("/");
        await anonymous.GetAsync("/xxgk/zcwj");
        Assert.True(FromCache(await anonymous.GetAsync("/xxgk/zcwj")));
        var reviewer = await factory.ReviewerAsync("cache-approver");
        var id = await factory.SeedDocumentAsync("nancun", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted, d => d.WithTitle("南村镇缓存发布测试通知"));

        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", new() { ["version"] = S(await factory.VersionOfAsync(id)) });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var home = await anonymous.GetAsync("/");
        var column = await anonymous.GetAsync("/xxgk/zcwj");
        Assert.False(FromCache(home));
        Assert.Contains("南村镇缓存发布测试通知", await home.Content.ReadAsStringAsync());
        Assert.Contains("南村镇缓存发布测试通知", await column.Content.ReadAsStringAsync());
        Assert.Contains("南村镇缓存发布测试通知", await anonymous.GetStringAsync("/xxgk/jg/nancun"));
    }

    [Fact]
    public async Task Approve_CachedOrganisationList_CountsTheNewDocumentAtOnce()
    {
        var anonymous = factory.CreateBrowserClient();
        var before = Total(await anonymous.GetStringAsync("/xxgk/jg/liushukou/ml"));
        var reviewer = await factory.ReviewerAsync("cache-counter");
        var id = await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted, d => d.WithTitle("柳树口镇计数测试通知"));

        await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/approve/{id}", new() { ["version"] = S(await factory.VersionOfAsync(id)) });

        Assert.Equal(before + 1, Total(await anonymous.GetStringAsync("/xxgk/jg/liushukou/ml")));
    }

    [Fact]
    public void Listeners_ReadCacheIsEmptiedBeforeThePageCache()
    {
        var listeners = factory.Services.GetServices<ZezhouDisclosure.Application.Common.Abstractions.IPublicContentListener>()
            .Select(l => l.GetType().Name).ToList();

        Assert.True(listeners.IndexOf("PublicReadCache") is >= 0 and var read && read < listeners.IndexOf("OutputCacheInvalidator"), string.Join(", ", listeners));
    }

    private static int Total(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "共 ([0-9,]+) 条");
        return match.Success ? int.Parse(match.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture) : 0;
    }

    [Fact]
    public async Task Withdraw_CachedDocumentPage_ShowsTheWithdrawalNoticeAtOnce()
    {
        var id = await factory.SeedDocumentAsync("jincun", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("金村镇待撤回通知"));
        var anonymous = factory.CreateBrowserClient();
        await anonymous.GetAsync($"/xxgk/doc/{id}");
        Assert.True(FromCache(await anonymous.GetAsync($"/xxgk/doc/{id}")));
        var reviewer = await factory.ReviewerAsync("cache-withdrawer");

        var withdrawn = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/withdraw/{id}", new()
        {
            ["version"] = S(await factory.VersionOfAsync(id)),
            ["reason"] = "该通知内容已调整，重新发布。",
        });

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var page = await anonymous.GetAsync($"/xxgk/doc/{id}");
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("该通知内容已调整，重新发布。", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain("金村镇待撤回通知", await anonymous.GetStringAsync("/xxgk/jg/jincun"));
    }

    [Fact]
    public async Task SetValidity_CachedDocumentPage_ShowsTheChangeAtOnce()
    {
        var id = await factory.SeedDocumentAsync("xiacun", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("下村镇待废止办法"));
        var anonymous = factory.CreateBrowserClient();
        await anonymous.GetAsync($"/xxgk/doc/{id}");
        Assert.DoesNotContain("本文件已废止", await anonymous.GetStringAsync($"/xxgk/doc/{id}"));
        var reviewer = await factory.ReviewerAsync("cache-editor");

        var edited = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/documents/validity/{id}", new()
        {
            ["Version"] = S(await factory.VersionOfAsync(id)),
            ["Validity"] = "Repealed",
            ["ExpiresOn"] = "2026-11-26",
        });

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("本文件已废止", await anonymous.GetStringAsync($"/xxgk/doc/{id}"));
    }

    [Fact]
    public async Task SignedIn_PublicPage_IsNeitherServedFromNorStoredInTheCache()
    {
        var clerk = await factory.ClerkAsync("cache-clerk", "chuandi");
        await factory.CreateBrowserClient().GetAsync("/xxgk/zcjd");
        Assert.True(FromCache(await factory.CreateBrowserClient().GetAsync("/xxgk/zcjd")));

        var signedIn = await clerk.GetAsync("/xxgk/zcjd");
        var signedInAgain = await clerk.GetAsync("/xxgk/zd");
        var signedInTwice = await clerk.GetAsync("/xxgk/zd");
        var anonymous = await factory.CreateBrowserClient().GetAsync("/xxgk/zd");

        Assert.False(FromCache(signedIn));
        Assert.Contains("工作台", await signedIn.Content.ReadAsStringAsync());
        Assert.False(FromCache(signedInAgain));
        Assert.False(FromCache(signedInTwice));
        Assert.False(FromCache(anonymous));
        Assert.DoesNotContain("工作台", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ElderCookie_CachedPage_IsKeptApartFromTheNormalOne()
    {
        var normal = factory.CreateBrowserClient();
        var elder = factory.CreateBrowserClient();
        elder.DefaultRequestHeaders.Add("Cookie", ElderMode.CookieName + "=1");
        await normal.GetAsync("/site/contact");
        var normalAgain = await normal.GetAsync("/site/contact");

        var elderFirst = await elder.GetAsync("/site/contact");
        var elderAgain = await elder.GetAsync("/site/contact");

        Assert.True(FromCache(normalAgain));
        Assert.False(FromCache(elderFirst));
        Assert.True(FromCache(elderAgain));
        Assert.Contains("mode-elder", await elderAgain.Content.ReadAsStringAsync());
        Assert.DoesNotContain("mode-elder", await normalAgain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ApplyForm_WithAntiforgeryCookieAlreadySet_IsNeverCached()
    {
        var client = factory.CreateBrowserClient();
        await client.GetAsync("/xxgk/ysqgk/apply");

        var second = await client.GetAsync("/xxgk/ysqgk/apply");
        var third = await client.GetAsync("/xxgk/ysqgk/apply");

        Assert.False(FromCache(second));
        Assert.False(FromCache(third));
    }

    [Fact]
    public async Task ApproveCatalogue_CachedCataloguePages_ShowTheNewVersionAtOnce()
    {
        var anonymous = factory.CreateBrowserClient();
        await anonymous.GetAsync("/jczwgk/xz/beiyicheng/bzml");
        Assert.True(FromCache(await anonymous.GetAsync("/jczwgk/xz/beiyicheng/bzml")));
        await anonymous.GetAsync("/jczwgk/ly/shjz");
        var clerk = await factory.ClerkAsync("cache-catalogue-clerk", "beiyicheng");
        var reviewer = await factory.ReviewerAsync("cache-catalogue-reviewer");
        var township = await factory.OrganisationIdAsync("beiyicheng");
        var area = await factory.QueryAsync(db => db.PilotAreas.Where(a => a.Slug == "shjz").Select(a => a.Id).SingleAsync());
        Task<(int Id, int Version)> CatalogueAsync() => factory.QueryAsync(db => db.TownshipCatalogues
            .Where(c => c.OrganisationId == township).Select(c => ValueTuple.Create(c.Id, c.Version)).SingleAsync());
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/start", []);
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/addarea", new() { ["pilotAreaId"] = S(area) });
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/submit", new() { ["version"] = S((await CatalogueAsync()).Version) });
        var catalogue = await CatalogueAsync();

        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/cataloguereview/details/{catalogue.Id}", $"/admin/cataloguereview/approve/{catalogue.Id}", new()
        {
            ["version"] = S(catalogue.Version),
            ["effectiveFrom"] = "2026-12-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("<dt>版本</dt><dd>第 1 版（现行）</dd>", await anonymous.GetStringAsync("/jczwgk/xz/beiyicheng/bzml"));
        Assert.Contains("<a href=\"/jczwgk/xz/beiyicheng/bzml\">北义城镇</a>（第 1 版）", await anonymous.GetStringAsync("/jczwgk/ly/shjz"));
    }
}
