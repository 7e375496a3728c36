using System.Net;
using ZezhouDisclosure.Application.Common.Security;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Requests;

/// <summary>The annual report table 三 page: county-wide for the county office, own organisation for a clerk.</summary>
public class RequestFiguresPageTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    [Fact]
    public async Task Figures_AsReviewer_ShowsTheCountyTableWithEveryRow()
    {
        var reviewer = await factory.SignedInAsync("figures-reviewer", Roles.Reviewer);

        var page = await HtmlForms.GetAsync(reviewer, "/admin/disclosurerequests/figures?year=2026");
        var rows = page.Document.QuerySelectorAll("table.figures tbody tr th").Select(th => th.TextContent).ToList();

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("全县", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("一、本年新收政府信息公开申请数量", rows[0]);
        Assert.Equal("四、结转下年度继续办理", rows[^1]);
        Assert.Contains("三、予以公开", rows);
        Assert.Equal(8, page.Document.QuerySelectorAll("table.figures thead th").Length);
    }

    [Fact]
    public async Task Figures_AsClerk_IsLimitedToTheClerksOrganisation()
    {
        var clerk = await factory.SignedInAsync("figures-clerk", Roles.Clerk, "gaodu");

        var page = await HtmlForms.GetAsync(clerk, $"/admin/disclosurerequests/figures?year=2026&organisationId={await factory.OrganisationIdAsync("bagong")}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("高都镇", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Null(page.Document.QuerySelector("select#organisationId"));
    }
}
