using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;

namespace ZezhouDisclosure.Web.Tests.Performance;

/// <summary>
/// The public read path leaves the organisation-scope filter out (<c>PublishedRowsOnly</c>, issue 19) and asks for
/// published rows itself. The unit's own clerk is the reader the filter would have let see more: through every public
/// page and the read API, the clerk sees exactly what an anonymous citizen sees — no draft, nothing 不公开, nothing deleted.
/// </summary>
public class PublicReadScopeTests(UncachedPagesFactory factory) : IClassFixture<UncachedPagesFactory>
{
    private const string Unit = "gaodu";

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<(int Published, IReadOnlyList<(int Id, string Title)> Hidden)> SeedAsync(string prefix)
    {
        var published = await factory.SeedDocumentAsync(Unit, ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle(prefix + "已发布的通知"));
        var hidden = new List<(int, string)>();
        foreach (var (status, title) in new[]
        {
            (DocumentStatus.Draft, prefix + "草稿通知"),
            (DocumentStatus.Submitted, prefix + "待审核通知"),
            (DocumentStatus.Returned, prefix + "已退回通知"),
        })
        {
            hidden.Add((await factory.SeedDocumentAsync(Unit, ColumnPaths.PolicyDocuments, status, d => d.WithTitle(title)), title));
        }

        var onRequest = prefix + "依申请公开的通知";
        hidden.Add((await factory.SeedDocumentAsync(Unit, ColumnPaths.PolicyDocuments, DocumentStatus.ApprovedNotPublic,
            d => d.WithTitle(onRequest).WithAttribute(DisclosureAttribute.OnRequest, NonDisclosureGround.ThirdPartyRights, "涉及第三方商业秘密，需征求意见。")), onRequest));
        var notPublic = prefix + "不予公开的内部事务";
        hidden.Add((await factory.SeedDocumentAsync(Unit, ColumnPaths.PolicyDocuments, DocumentStatus.ApprovedNotPublic,
            d => d.WithTitle(notPublic).WithAttribute(DisclosureAttribute.NotPublic, NonDisclosureGround.InternalAffairs, "人事管理内部事务信息。")), notPublic));

        var deletedTitle = prefix + "已删除的通知";
        var deleted = await factory.SeedDocumentAsync(Unit, ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle(deletedTitle));
        await factory.QueryAsync(async db =>
        {
            var document = await db.Documents.SingleAsync(d => d.Id == deleted);
            document.SoftDelete(factory.Time.GetUtcNow().UtcDateTime, "seed");
            return await db.SaveChangesAsync();
        });
        hidden.Add((deleted, deletedTitle));
        return (published, hidden);
    }

    [Fact]
    public async Task Get_DocumentPagesAsTheUnitsOwnClerk_ShowOnlyPublishedDocuments()
    {
        var (published, hidden) = await SeedAsync("范围测试甲");
        var clerk = await factory.ClerkAsync("scope-clerk", Unit);
        var anonymous = factory.CreateBrowserClient();

        foreach (var reader in new[] { clerk, anonymous })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/xxgk/doc/{published}")).StatusCode);
            foreach (var (id, title) in hidden)
            {
                Assert.True((await reader.GetAsync($"/xxgk/doc/{id}")).StatusCode == HttpStatusCode.NotFound, $"《{title}》 was not 404");
                Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/documents/{id}")).StatusCode);
            }
        }
    }

    [Fact]
    public async Task Get_ListsApiAndSitemapAsTheUnitsOwnClerk_ListOnlyPublishedDocuments()
    {
        var (published, hidden) = await SeedAsync("范围测试乙");
        var clerk = await factory.ClerkAsync("scope-list-clerk", Unit);

        var column = await clerk.GetStringAsync("/xxgk/zcwj");
        var unitList = await clerk.GetStringAsync($"/xxgk/jg/{Unit}/ml");
        var home = await clerk.GetStringAsync("/");
        var api = await clerk.GetStringAsync($"/api/v1/documents?organisation={Unit}&pageSize=100");
        var sitemap = await clerk.GetStringAsync("/sitemap.xml");

        foreach (var page in new[] { column, unitList, home })
        {
            Assert.Contains("范围测试乙已发布的通知", page);
        }

        Assert.Contains($"\"id\":{S(published)},", api);
        Assert.Contains($"/xxgk/doc/{S(published)}</loc>", sitemap);
        foreach (var (id, title) in hidden)
        {
            foreach (var page in new[] { column, unitList, home })
            {
                Assert.DoesNotContain(title, page);
            }

            Assert.DoesNotContain($"\"id\":{S(id)},", api);
            Assert.DoesNotContain($"/xxgk/doc/{S(id)}</loc>", sitemap);
        }
    }

    [Fact]
    public async Task Get_PolicyPageAsTheUnitsOwnClerk_LinksOnlyItsPublishedInterpretations()
    {
        var policy = await factory.SeedDocumentAsync(Unit, ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("范围测试丙政策文件"));
        var shown = await factory.SeedDocumentAsync(Unit, ColumnPaths.PolicyInterpretations, DocumentStatus.Published, d => d.WithTitle("范围测试丙已发布的解读"));
        var draft = await factory.SeedDocumentAsync(Unit, ColumnPaths.PolicyInterpretations, DocumentStatus.Draft, d => d.WithTitle("范围测试丙草稿解读"));
        await factory.QueryAsync(async db =>
        {
            db.InterpretationLinks.Add(new InterpretationLink(policy, shown));
            db.InterpretationLinks.Add(new InterpretationLink(policy, draft));
            return await db.SaveChangesAsync();
        });
        var clerk = await factory.ClerkAsync("scope-link-clerk", Unit);

        var page = await clerk.GetStringAsync($"/xxgk/doc/{policy}");

        Assert.Contains("范围测试丙已发布的解读", page);
        Assert.DoesNotContain("范围测试丙草稿解读", page);
    }
}
