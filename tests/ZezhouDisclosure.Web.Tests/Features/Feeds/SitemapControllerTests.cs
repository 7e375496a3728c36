using System.Net;
using System.Xml.Linq;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Feeds;

/// <summary>sitemap.xml lists every public page type and only published documents; robots.txt keeps crawlers out of staff and private pages.</summary>
public class SitemapControllerTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task GetSitemap_ListsColumnsOrganisationsAreasAndPublishedDocumentsOnly()
    {
        var published = await factory.SeedDocumentAsync("shanhe", ColumnPaths.PolicyDocuments, DocumentStatus.Published);
        var draft = await factory.SeedDocumentAsync("shanhe", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted);

        var response = await factory.CreateClient().GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = xml.Descendants(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Sitemap + "urlset", xml.Root!.Name);
        Assert.Contains("http://localhost/", urls.Keys);
        Assert.Contains("http://localhost/xxgk/zcwj", urls.Keys);
        Assert.Contains("http://localhost/xxgk/ml", urls.Keys);
        Assert.Contains("http://localhost/xxgk/jg/shanhe", urls.Keys);
        Assert.Contains("http://localhost/jczwgk/xz/shanhe", urls.Keys);
        Assert.Contains("http://localhost/jczwgk/ly/shjz", urls.Keys);
        Assert.NotNull(urls[$"http://localhost/xxgk/doc/{published}"]);
        Assert.DoesNotContain($"http://localhost/xxgk/doc/{draft}", urls.Keys);
    }

    [Fact]
    public async Task GetRobots_DisallowsStaffAndPrivatePagesAndPointsAtTheSitemap()
    {
        var robots = await factory.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin\n", robots);
        Assert.Contains("Disallow: /account\n", robots);
        Assert.Contains("Disallow: /xxgk/ysqgk/query\n", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }
}

/// <summary>A portal whose sitemap files hold only 50 addresses, so the reference pages alone need an index.</summary>
public sealed class SmallSitemapFactory : ZezhouWebFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:Sitemap:UrlsPerFile"] = "50" };
}

public class SitemapIndexTests(SmallSitemapFactory factory) : IClassFixture<SmallSitemapFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task GetSitemap_MoreAddressesThanOneFileHolds_IsAnIndexOfPartsThatCoverEverything()
    {
        var client = factory.CreateClient();

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var parts = index.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        var urls = new List<string>();
        foreach (var part in parts)
        {
            var file = XDocument.Parse(await client.GetStringAsync(part));
            urls.AddRange(file.Descendants(Sitemap + "loc").Select(l => l.Value));
        }

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.Matches(@"^http://localhost/sitemap-\d+\.xml$", p));
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Contains("http://localhost/xxgk/zcwj", urls);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{parts.Count + 1}.xml")).StatusCode);
    }
}
