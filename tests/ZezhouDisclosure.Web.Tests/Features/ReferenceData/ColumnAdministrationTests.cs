using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.ReferenceData;

/// <summary>新增栏目: an administrator adds a column under an existing one; its page answers at its path.</summary>
public class ColumnAdministrationTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private async Task<HttpResponseMessage> AddAsync(HttpClient client, string slug, string name) =>
        await HtmlForms.SubmitAsync(client, "/admin/referencedata", "/admin/referencedata/addcolumn", new()
        {
            ["ParentId"] = (await factory.ColumnIdAsync(ColumnPaths.Statutory)).ToString(CultureInfo.InvariantCulture),
            ["Slug"] = slug,
            ["Name"] = name,
        });

    [Fact]
    public async Task AddColumn_ByAnAdministrator_IsServedAtItsPathWithItsParentsKind()
    {
        var admin = await factory.AdministratorAsync("col-admin");

        var response = await AddAsync(admin, "xczx", "乡村振兴");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var column = await factory.QueryAsync(db => db.Columns.SingleAsync(c => c.Path == ColumnPaths.Statutory + "/xczx"));
        Assert.Equal("乡村振兴", column.Name);
        Assert.Equal(await factory.QueryAsync(db => db.Columns.Where(c => c.Path == ColumnPaths.Statutory).Select(c => c.Kind).SingleAsync()), column.Kind);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "column.add")));
        var page = await factory.CreateBrowserClient().GetAsync("/" + ColumnPaths.Statutory + "/xczx");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("乡村振兴", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddColumn_ExistingSegmentOrBadSlug_Refused400()
    {
        var admin = await factory.AdministratorAsync("col-admin-dup");

        var duplicate = await AddAsync(admin, "gfxwj", "重复栏目");
        var bad = await AddAsync(admin, "乡村", "坏标识");

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("上级栏目下已有该网址标识", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task AddColumn_AClerk_Forbidden()
    {
        var clerk = await factory.ClerkAsync("col-clerk", "gaodu");
        var page = await HtmlForms.GetAsync(clerk, "/admin/documents");

        var response = await HtmlForms.PostAsync(clerk, "/admin/referencedata/addcolumn", page.Token, new() { ["Slug"] = "x", ["Name"] = "x" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Columns.AnyAsync(c => c.Slug == "x")));
    }
}
