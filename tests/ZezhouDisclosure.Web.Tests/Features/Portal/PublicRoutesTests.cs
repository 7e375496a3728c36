using System.Net;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Portal;

/// <summary>Every public route answers 200 with its Chinese heading, as text (not &amp;#x entities).</summary>
public class PublicRoutesTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "/", "最新公开信息" },
        { "/xxgk", "政府信息公开" },
        { "/xxgk/zn", "政府信息公开指南" },
        { "/xxgk/zd", "政府信息公开制度" },
        { "/xxgk/fdzdgknr", "法定主动公开内容" },
        { "/xxgk/fdzdgknr/gfxwj", "行政法规、规章和规范性文件" },
        { "/xxgk/fdzdgknr/czyjs", "财政预算、决算" },
        { "/xxgk/fdzdgknr/qtxx", "其他应当主动公开的信息" },
        { "/xxgk/fdzdgknr/xjsx", "县级政府及部门重点事项" },
        { "/xxgk/fdzdgknr/xjsx/tdzs", "土地征收" },
        { "/xxgk/fdzdgknr/xzsx", "乡镇重点事项" },
        { "/xxgk/fdzdgknr/xzsx/cccl", "筹资筹劳" },
        { "/xxgk/nb", "政府信息公开工作年度报告" },
        { "/xxgk/ysqgk", "如何申请政府信息公开" },
        { "/xxgk/zcwj", "政策文件" },
        { "/xxgk/zcjd", "政策解读" },
        { "/xxgk/jg", "公开主体" },
        { "/xxgk/jg/gaodu", "高都镇 政府信息公开" },
        { "/xxgk/jg/gaodu/zn", "高都镇 · 政府信息公开指南" },
        { "/xxgk/jg/gaodu/ml", "高都镇 政府信息公开目录" },
        { "/xxgk/jg/gaodu/nb", "高都镇 · 政府信息公开工作年度报告" },
        { "/xxgk/jg/gaodu/ysqgk", "如何申请政府信息公开" },
        { "/xxgk/jg/jyj/zcwj", "泽州县教育局 · 政策文件" },
        { "/xxgk/jg/gaodu/fdzdgknr/xzsx", "高都镇 · 乡镇重点事项" },
        { "/xxgk/jg/lizhaixiang", "该单位已于2021年01月31日撤并" },
        { "/jczwgk", "基层政务公开" },
        { "/jczwgk/xz/gaodu", "高都镇 基层政务公开" },
        { "/jczwgk/ly/ywjy", "义务教育 领域" },
        { "/search", "站内搜索" },
        { "/sitemap", "网站地图" },
        { "/site/statement", "网站声明" },
        { "/site/privacy", "隐私声明" },
        { "/site/contact", "联系我们" },
        { "/site/help", "帮助" },
        { "/site/accessibility", "无障碍说明" },
        { "/account/login", "工作人员登录" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_PublicRoute_Returns200WithChineseHeading(string url, string expected)
    {
        var client = factory.CreateBrowserClient();

        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains(expected, html);
        Assert.DoesNotContain("&#x", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/xxgk/zn")]
    [InlineData("/jczwgk")]
    public async Task Get_AnyPage_CarriesTheGovernmentFooterAndSiteMeta(string url)
    {
        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), url);
        var footer = page.Document.QuerySelector("footer")!.TextContent;

        Assert.Contains("主办单位：泽州县人民政府办公室", footer);
        Assert.Contains("网站标识码：1405250099", footer);
        Assert.Contains("晋ICP备12345678号", footer);
        Assert.Contains("晋公网安备 14052502000001号", footer);
        Assert.Equal("zh-CN", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("泽州县人民政府", page.Document.QuerySelector("meta[name=SiteName]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Get_PublishedDocument_ShowsTheStandardMetadataBlock()
    {
        var id = await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("高都镇测试政策").WithDocumentNumber("高政发〔2026〕3号"));

        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{id}");
        var meta = page.Document.QuerySelector("table.doc-meta")!;
        var cells = meta.QuerySelectorAll("th").ToDictionary(th => th.TextContent, th => th.NextElementSibling!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("高都镇测试政策", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Matches(@"^140525107/2026-\d{5}$", cells["索引号"]);
        Assert.Equal("高都镇", cells["发布机构"]);
        Assert.Equal("高政发〔2026〕3号", cells["发文字号"]);
        Assert.Equal("2026年11月20日", cells["成文日期"]);
        Assert.Equal("2026年11月27日", cells["发布日期"]);
        Assert.Equal("有效", cells["有效性"]);
        Assert.Equal("主动公开", cells["公开方式"]);
        Assert.NotNull(page.Document.QuerySelector("nav[aria-label=当前位置] a[href='/xxgk/zcwj']"));
    }

    [Fact]
    public async Task Get_ColumnWithPublishedDocument_ListsItWithCount()
    {
        await factory.SeedDocumentAsync("bagong", ColumnPaths.StatutoryBudgets, DocumentStatus.Published, d => d.WithTitle("巴公镇预算公开测试"));

        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/xxgk/fdzdgknr");

        Assert.Contains("巴公镇预算公开测试", page.Document.QuerySelector("table.doc-table")!.TextContent);
        Assert.Contains("共", page.Document.QuerySelector(".pager-summary")!.TextContent);
    }

    [Theory]
    [InlineData(DocumentStatus.Draft)]
    [InlineData(DocumentStatus.Submitted)]
    [InlineData(DocumentStatus.Returned)]
    [InlineData(DocumentStatus.ApprovedNotPublic)]
    public async Task Get_UnpublishedDocument_Is404ForCitizens(DocumentStatus status)
    {
        var id = await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, status, d => d.WithTitle("未公开的信息" + status)
            .WithAttribute(status == DocumentStatus.ApprovedNotPublic ? DisclosureAttribute.NotPublic : DisclosureAttribute.Proactive,
                status == DocumentStatus.ApprovedNotPublic ? NonDisclosureGround.InternalAffairs : null,
                status == DocumentStatus.ApprovedNotPublic ? "内部工作流程安排，不对外。" : null));

        var client = factory.CreateBrowserClient();
        var response = await client.GetAsync($"/xxgk/doc/{id}");
        var list = await client.GetStringAsync("/xxgk/zcwj");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("未公开的信息" + status, list);
    }

    [Theory]
    [InlineData("/xxgk/doc/999999")]
    [InlineData("/xxgk/no-such-column")]
    [InlineData("/xxgk/jg/no-such-unit")]
    [InlineData("/jczwgk/xz/jyj")]
    [InlineData("/jczwgk/ly/nothing")]
    [InlineData("/site/nothing")]
    [InlineData("/no/such/page")]
    public async Task Get_UnknownAddress_ShowsFriendlyChinese404(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("不存在", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Search_ByDocumentNumber_FindsThePublishedDocumentOnly()
    {
        await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d.WithTitle("搜索测试公开").WithDocumentNumber("泽政办发〔2026〕77号"));
        await factory.SeedDocumentAsync("xzfb", ColumnPaths.PolicyDocuments, DocumentStatus.Submitted, d => d.WithTitle("搜索测试待审").WithDocumentNumber("泽政办发〔2026〕78号"));

        var html = await factory.CreateBrowserClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("搜索测试"));
        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.TextContent;

        Assert.Contains("搜索测试公开", text);
        Assert.DoesNotContain("搜索测试待审", text);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("' OR '1'='1")]
    [InlineData("zzzz不存在的词zzzz")]
    public async Task Search_OddOrNonsenseQuery_ShowsHelpfulEmptyPage(string query)
    {
        var response = await factory.CreateBrowserClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("没有找到相关信息", html);
    }

    [Fact]
    public async Task Search_TooLongQuery_Returns200AndSaysItWasCut()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/search?q=" + new string('政', 1000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("只按前 100 个字搜索", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/xxgk/zcwj?page=0")]
    [InlineData("/xxgk/zcwj?page=-5")]
    [InlineData("/xxgk/zcwj?page=2147483647")]
    [InlineData("/xxgk/zcwj?page=abc")]
    public async Task Get_OddPageNumber_StillAnswers200(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ElderMode_Toggle_SetsCookieAndReturnsToThePage()
    {
        var client = factory.CreateBrowserClient();

        var toggle = await client.GetAsync("/prefs/elder?returnUrl=%2Fxxgk");
        var page = await HtmlForms.GetAsync(client, "/xxgk");

        Assert.Equal(HttpStatusCode.Redirect, toggle.StatusCode);
        Assert.Equal("/xxgk", toggle.Headers.Location?.OriginalString);
        Assert.Contains("mode-elder", page.Document.Body!.ClassName);
        Assert.Contains("退出长辈版", page.Document.QuerySelector(".elder-toggle")!.TextContent);
    }

    [Fact]
    public async Task ElderMode_ForeignReturnUrl_GoesHome()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/prefs/elder?returnUrl=https%3A%2F%2Fevil.example");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Endpoints_AreHealthy(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_AnyPage_SendsSecurityHeaders()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
