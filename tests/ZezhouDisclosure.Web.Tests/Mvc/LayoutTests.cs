using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Infrastructure.Identity;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Mvc;

/// <summary>What every page carries: a favicon, the 长辈版 class where the root font size is read, and a header that
/// names the signed-in person once.</summary>
public class LayoutTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Fact]
    public async Task Get_FaviconIco_IsAnIconFile()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // ICONDIR: reserved 0, type 1 (icon)
        Assert.True(BitConverter.ToUInt16(bytes, 4) >= 1, "The icon holds no image.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    public async Task Get_Page_LinksTheFavicons(string url)
    {
        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), url);

        var icons = page.Document.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/favicon.ico", icons);
        Assert.Contains("/favicon.svg", icons);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync("/favicon.svg")).StatusCode);
    }

    [Fact]
    public async Task Get_PageInElderMode_PutsTheClassOnTheRootElement()
    {
        var client = factory.CreateBrowserClient();
        Assert.DoesNotContain("mode-elder", (await HtmlForms.GetAsync(client, "/xxgk")).Document.DocumentElement.ClassName ?? "");

        await client.GetAsync("/prefs/elder?returnUrl=%2Fxxgk");
        var page = await HtmlForms.GetAsync(client, "/xxgk");

        // The stylesheet sets the root font size from html.mode-elder; a class on body alone enlarges nothing.
        Assert.Contains("mode-elder", page.Document.DocumentElement.ClassName);
    }

    [Fact]
    public async Task Get_WorkbenchOfUserWhoseNameHasBrackets_ShowsNameAndRoleWithoutDoubledBrackets()
    {
        await factory.CreateClerkAsync("layout-gaodu", "gaodu");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("layout-gaodu"))!;
            user.DisplayName = "高都镇信息员（演示）";
            await users.UpdateAsync(user);
        }

        var client = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(client, "layout-gaodu");
        var page = await HtmlForms.GetAsync(client, "/admin");

        var who = page.Document.QuerySelector(".who")!.TextContent;
        Assert.Contains("高都镇信息员（演示）", who);
        Assert.Contains("信息员", page.Document.QuerySelector(".who-roles")!.TextContent);
        Assert.DoesNotContain("）（", who);
    }

    [Fact]
    public async Task Get_PublishedDocument_MarksSignatureAndDateForRightAlignment()
    {
        var id = await factory.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d
            .WithBody("<p>各村（社区）：</p><p>现将方案印发给你们，请认真贯彻执行。</p><p>泽州县高都镇人民政府</p><p>2026年3月5日</p>"));

        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/xxgk/doc/{id}");

        Assert.Equal("泽州县高都镇人民政府", page.Document.QuerySelector(".doc-body p.doc-signature")!.TextContent);
        Assert.Equal("2026年3月5日", page.Document.QuerySelector(".doc-body p.doc-date")!.TextContent);
    }
}
