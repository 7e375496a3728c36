using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Disclosure;

/// <summary>
/// The public 政府信息公开 pages: each unit sees only its own 条例第二十一条 branch; the 政府信息公开目录 gives the
/// 成文日期 as 生成日期 and is in the menu; no internal reference (a file name, a section sign, a to-do) shows.
/// </summary>
public partial class PublicPagesTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [GeneratedRegex(@"domain\.md|\.md\b|§|TODO|FIXME", RegexOptions.IgnoreCase)]
    private static partial Regex InternalReference();

    [Fact]
    public async Task Get_EveryOrganisationAndDisclosurePage_ShowsNoInternalReference()
    {
        var client = factory.CreateBrowserClient();
        var slugs = await factory.QueryAsync(db => db.Organisations.Select(o => o.Slug).ToListAsync());
        var columns = await factory.QueryAsync(db => db.Columns.Where(c => c.Path.StartsWith("xxgk")).Select(c => c.Path).ToListAsync());
        var urls = new List<string> { "/xxgk", "/xxgk/jg", "/xxgk/ml" };
        urls.AddRange(columns.Select(path => "/" + path));
        foreach (var slug in slugs)
        {
            urls.Add($"/xxgk/jg/{slug}");
            urls.Add($"/xxgk/jg/{slug}/ml");
            urls.Add($"/xxgk/jg/{slug}/fdzdgknr");
        }

        var found = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            var text = (await HtmlForms.ParseAsync(response)).Body!.TextContent;
            found.AddRange(InternalReference().Matches(text).Select(m => $"{url}: …{Around(text, m.Index)}…"));
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
        Assert.Contains("/xxgk/jg/lizhaixiang", urls);
    }

    private static string Around(string text, int index) =>
        text.Substring(Math.Max(0, index - 30), Math.Min(60, text.Length - Math.Max(0, index - 30)));

    [Theory]
    [InlineData("gaodu", ColumnPaths.TownshipKeyMatters, ColumnPaths.CountyKeyMatters)]
    [InlineData("lizhaixiang", ColumnPaths.TownshipKeyMatters, ColumnPaths.CountyKeyMatters)]
    [InlineData("jyj", ColumnPaths.CountyKeyMatters, ColumnPaths.TownshipKeyMatters)]
    [InlineData("xzfb", ColumnPaths.CountyKeyMatters, ColumnPaths.TownshipKeyMatters)]
    public async Task Get_OrganisationPages_ShowOnlyTheOrganisationsOwnSection21Branch(string slug, string own, string other)
    {
        var client = factory.CreateBrowserClient();
        var ownUrl = PortalUrls.Column(own, slug);
        var otherUrl = PortalUrls.Column(other, slug);

        var show = await HtmlForms.ParseAsync(await client.GetAsync($"/xxgk/jg/{slug}"));
        var section = await HtmlForms.ParseAsync(await client.GetAsync(PortalUrls.Column(ColumnPaths.Statutory, slug)));
        var otherPage = await client.GetAsync(otherUrl);
        var ownPage = await client.GetAsync(ownUrl);

        Assert.NotNull(show.QuerySelector($".side-nav a[href='{ownUrl}']"));
        Assert.Null(show.QuerySelector($"a[href^='{otherUrl}']"));
        Assert.NotNull(section.QuerySelector($".content a[href='{ownUrl}']"));
        Assert.Null(section.QuerySelector($"a[href^='{otherUrl}']"));
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
    }

    [Fact]
    public async Task Get_CountyStatutorySection_ShowsBothBranches()
    {
        var page = await HtmlForms.ParseAsync(await factory.CreateBrowserClient().GetAsync("/" + ColumnPaths.Statutory));

        Assert.NotNull(page.QuerySelector($".content a[href='/{ColumnPaths.CountyKeyMatters}']"));
        Assert.NotNull(page.QuerySelector($".content a[href='/{ColumnPaths.TownshipKeyMatters}']"));
    }

    [Fact]
    public async Task Get_OrganisationCatalogue_GivesTheWrittenDateAsGenerationDate()
    {
        // Written on 2026-11-20 (the builder's 成文日期), published today 2026-11-27.
        var id = await factory.SeedDocumentAsync("shanhe", ColumnPaths.StatutoryOther, DocumentStatus.Published, d => d.WithTitle("山河镇目录测试信息"));

        foreach (var url in new[] { "/xxgk/jg/shanhe/ml", "/xxgk/ml" })
        {
            var page = await HtmlForms.ParseAsync(await factory.CreateBrowserClient().GetAsync(url));
            var row = page.QuerySelector($"a[href='/xxgk/doc/{id}']")?.Closest("tr");

            Assert.NotNull(row);
            Assert.Equal("2026-11-20", row.QuerySelector("td[data-label='生成日期'] time")?.GetAttribute("datetime"));
            Assert.Equal("2026-11-27", row.QuerySelector("td[data-label='发布日期'] time")?.GetAttribute("datetime"));
        }
    }

    [Theory]
    [InlineData("/xxgk", "/xxgk/ml")]
    [InlineData("/xxgk/zn", "/xxgk/ml")]
    [InlineData("/xxgk/jg/gaodu", "/xxgk/jg/gaodu/ml")]
    [InlineData("/xxgk/jg/gaodu/zn", "/xxgk/jg/gaodu/ml")]
    public async Task Get_DisclosureMenu_LinksTheCatalogue(string url, string catalogue)
    {
        var page = await HtmlForms.ParseAsync(await factory.CreateBrowserClient().GetAsync(url));

        var link = page.QuerySelector($".side-nav a[href='{catalogue}']");
        Assert.NotNull(link);
        Assert.Equal("政府信息公开目录", link.TextContent.Trim());
    }
}
