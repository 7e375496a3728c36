using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Commands;

namespace ZezhouDisclosure.Web.Tests.Features.Search;

/// <summary>站内搜索 over HTTP: the index follows publishing, withdrawal and deletion; facets, sort, odd input.</summary>
public class SearchControllerTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static string Link(int id) => $"href=\"/xxgk/doc/{id.ToString(CultureInfo.InvariantCulture)}\"";

    private Task<string> SearchAsync(string query) =>
        factory.CreateBrowserClient().GetStringAsync("/search?q=" + Uri.EscapeDataString(query));

    [Fact]
    public async Task Search_Dibao_FindsTheMinimumLivingAllowanceDocumentWithHighlight()
    {
        var id = await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d
            .WithTitle("泽州县城乡最低生活保障实施细则").WithBody("<p>规范城乡最低生活保障审核审批工作。</p>"));

        var html = await SearchAsync("低保");

        Assert.Contains(Link(id), html);
        Assert.Contains("<mark>最低生活保障</mark>", html);
    }

    [Theory]
    [InlineData("泽政办发〔2020〕22号")]
    [InlineData("泽政办发[2020]22号")]
    [InlineData("泽政办发【2020】22号")]
    [InlineData("泽政办发〔２０２０〕２２号")]
    public async Task Search_DocumentNumberVariants_FindTheDocument(string query)
    {
        var id = await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d
            .WithTitle("关于印发泽州县基层政务公开标准化规范化工作方案的通知").WithDocumentNumber("泽政办发〔2020〕22号"));

        var html = await SearchAsync(query);

        Assert.Contains(Link(id), html);
        Assert.Contains("文号：泽政办发〔2020〕22号", html);
    }

    [Fact]
    public async Task Search_WithdrawnDocument_VanishesOnceTheWithdrawalCommits()
    {
        var reviewer = await factory.ReviewerAsync("search-withdraw-reviewer");
        var id = await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("柳树口镇撤回检索甲通知"));
        var before = await SearchAsync("撤回检索甲");

        var response = await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/review/withdraw/{id}",
            new() { ["version"] = (await factory.VersionOfAsync(id)).ToString(CultureInfo.InvariantCulture), ["reason"] = "该文件内容有误，已撤回。" });
        var after = await SearchAsync("撤回检索甲");

        Assert.Contains(Link(id), before);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(Link(id), after);
        Assert.Contains("没有找到相关信息", after);
    }

    [Fact]
    public async Task Search_DeletedDocument_VanishesAndReturnsWhenRestored()
    {
        var reviewer = await factory.ReviewerAsync("search-bin-reviewer");
        var id = await factory.SeedDocumentAsync("liushukou", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("柳树口镇删除检索乙通知"));

        await HtmlForms.SubmitAsync(reviewer, $"/admin/documents/details/{id}", $"/admin/documents/delete/{id}",
            new() { ["version"] = (await factory.VersionOfAsync(id)).ToString(CultureInfo.InvariantCulture) });
        var whileDeleted = await SearchAsync("删除检索乙");
        var bin = await HtmlForms.GetAsync(reviewer, "/admin/documents/deleted");
        await HtmlForms.PostAsync(reviewer, $"/admin/documents/restoredeleted/{id}", bin.Token, new());
        var afterRestore = await SearchAsync("删除检索乙");

        Assert.DoesNotContain(Link(id), whileDeleted);
        Assert.Contains(Link(id), afterRestore);
    }

    [Theory]
    [InlineData(DocumentStatus.Draft)]
    [InlineData(DocumentStatus.Submitted)]
    [InlineData(DocumentStatus.Returned)]
    [InlineData(DocumentStatus.ApprovedNotPublic)]
    public async Task Search_UnpublishedDocument_IsNeverFound(DocumentStatus status)
    {
        var id = await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, status, d => d
            .WithTitle("未公开检索丙文件" + status)
            .WithAttribute(status == DocumentStatus.ApprovedNotPublic ? DisclosureAttribute.NotPublic : DisclosureAttribute.Proactive,
                status == DocumentStatus.ApprovedNotPublic ? NonDisclosureGround.InternalAffairs : null,
                status == DocumentStatus.ApprovedNotPublic ? "人事管理内部事务信息。" : null));

        var html = await SearchAsync("未公开检索丙");

        Assert.DoesNotContain(Link(id), html);
    }

    [Fact]
    public async Task Search_FacetLink_FiltersByOrganisationAndCountsStayRight()
    {
        var gaodu = await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇分面检索丁通知"));
        var bagong1 = await factory.SeedDocumentAsync("bagong", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("巴公镇分面检索丁通知一"));
        var bagong2 = await factory.SeedDocumentAsync("bagong", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("巴公镇分面检索丁通知二"));

        var page = new HtmlParser().ParseDocument(await SearchAsync("分面检索丁"));
        var facet = page.QuerySelectorAll("nav.search-facets a").Single(a => a.TextContent.StartsWith("巴公镇", StringComparison.Ordinal));
        var filtered = await factory.CreateBrowserClient().GetStringAsync(facet.GetAttribute("href"));

        Assert.Equal("巴公镇（2）", facet.TextContent);
        Assert.Contains(page.QuerySelectorAll("nav.search-facets a"), a => a.TextContent == "高都镇（1）");
        Assert.Contains("找到 3 条", page.Body!.TextContent);
        Assert.Contains(Link(bagong1), filtered);
        Assert.Contains(Link(bagong2), filtered);
        Assert.DoesNotContain(Link(gaodu), filtered);
        Assert.Contains("已选条件", filtered);
    }

    [Fact]
    public async Task Search_SortByDate_ListsNewestFirst()
    {
        var older = await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("排序检索戊 排序检索戊 较早通知"));
        factory.Time.Advance(TimeSpan.FromDays(2));
        var newer = await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("排序检索戊较新通知"));

        var html = await factory.CreateBrowserClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("排序检索戊") + "&sort=date");

        Assert.True(html.IndexOf(Link(newer), StringComparison.Ordinal) < html.IndexOf(Link(older), StringComparison.Ordinal));
        Assert.Contains("<strong aria-current=\"true\">按日期</strong>", html);
    }

    [Theory]
    [InlineData("title:(")]
    [InlineData("*")]
    [InlineData("？？？！！！")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[2020 TO *]")]
    public async Task Search_NonsenseQuery_Returns200WithHelp(string query)
    {
        var response = await factory.CreateBrowserClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("没有找到相关信息", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }

    [Fact]
    public async Task Search_OddFilterAndPage_Returns200()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/search?q=%E9%80%9A%E7%9F%A5&org=*&year=abc&page=99999&sort=x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_NothingTyped_ShowsGuidance()
    {
        var html = await factory.CreateBrowserClient().GetStringAsync("/search?q=");

        Assert.Contains("请输入搜索词", html);
    }

    [Fact]
    public async Task RebuildCommand_PutsBackWhatTheIndexLost()
    {
        var id = await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("重建检索己通知"));
        var index = factory.Services.GetRequiredService<ISearchIndex>();
        await index.RemoveAsync([$"doc:{id}"], CancellationToken.None);
        var lost = await SearchAsync("重建检索己");
        var output = new StringWriter();

        var exitCode = await PortalCommands.RebuildSearchIndexAsync(factory.Services, output);
        var found = await SearchAsync("重建检索己");

        Assert.DoesNotContain(Link(id), lost);
        Assert.Equal(0, exitCode);
        Assert.Contains("rebuilt", output.ToString());
        Assert.Contains(Link(id), found);
    }
}
