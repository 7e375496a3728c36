using System.Net;
using System.Xml.Linq;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Feeds;

/// <summary>RSS 2.0 and Atom feeds: valid XML, published documents only, withdrawn ones drop out, advertised in page heads.</summary>
public class FeedsControllerTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task GetColumnRss_PublishedAndDraft_ListsOnlyThePublishedOne()
    {
        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇订阅测试已发布"));
        await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Draft, d => d.WithTitle("高都镇订阅测试草稿"));

        var response = await factory.CreateClient().GetAsync("/feeds/rss/lm/xxgk/zcwj");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var titles = rss.Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.Contains("高都镇订阅测试已发布", titles);
        Assert.DoesNotContain("高都镇订阅测试草稿", titles);
        Assert.All(rss.Descendants("item"), i => Assert.StartsWith("http://localhost/xxgk/doc/", i.Element("link")!.Value));
    }

    [Fact]
    public async Task GetOrganisationAtom_AfterWithdrawal_DropsTheDocument()
    {
        var id = await factory.SeedDocumentAsync("bagong", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("巴公镇订阅待撤回"));
        var client = factory.CreateClient();
        var before = XDocument.Parse(await client.GetStringAsync("/feeds/atom/jg/bagong"));
        await factory.QueryAsync(async db =>
        {
            var document = await db.Documents.FindAsync(id);
            document!.Withdraw("测试撤回。", factory.Time.GetUtcNow().UtcDateTime, "test");
            return await db.SaveChangesAsync();
        });

        var after = XDocument.Parse(await client.GetStringAsync("/feeds/atom/jg/bagong"));

        Assert.Equal(Atom + "feed", before.Root!.Name);
        Assert.Contains("巴公镇订阅待撤回", before.Descendants(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.DoesNotContain("巴公镇订阅待撤回", after.Descendants(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public async Task GetLatestRss_SiteWide_IsValidXmlWithChannel()
    {
        await factory.SeedDocumentAsync("dayang", ColumnPaths.PolicyInterpretations, DocumentStatus.Published, d => d.WithTitle("大阳镇全站订阅测试"));

        var rss = XDocument.Parse(await factory.CreateClient().GetStringAsync("/feeds/rss"));

        Assert.Contains("大阳镇全站订阅测试", rss.Descendants("item").Select(i => i.Element("title")!.Value));
        Assert.Equal("http://localhost/", rss.Root!.Element("channel")!.Element("link")!.Value);
    }

    [Theory]
    [InlineData("/feeds/rss/lm/xxgk/nosuchcolumn")]
    [InlineData("/feeds/atom/jg/nosuchorg")]
    [InlineData("/feeds/json")]
    public async Task Get_UnknownFeed_Returns404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(url)).StatusCode);

    [Theory]
    [InlineData("/", "/feeds/rss")]
    [InlineData("/xxgk/zcwj", "/feeds/rss/lm/xxgk/zcwj")]
    [InlineData("/xxgk/jg/gaodu", "/feeds/rss/jg/gaodu")]
    public async Task GetPage_AdvertisesItsFeedsInTheHead(string page, string rss)
    {
        var document = (await HtmlForms.GetAsync(factory.CreateClient(), page)).Document;

        var links = document.Head!.QuerySelectorAll("link[rel=alternate]").Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();

        Assert.Contains(("application/rss+xml", rss), links);
        Assert.Contains(("application/atom+xml", rss.Replace("/rss", "/atom", StringComparison.Ordinal)), links);
    }
}
