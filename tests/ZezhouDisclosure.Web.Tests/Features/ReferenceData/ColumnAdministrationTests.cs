using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.ReferenceData;

/// <summary>
/// Column administration: an administrator adds a column under an existing one (its page answers at its path), moves
/// it (old addresses redirect with 301), reorders and retires it (its page and documents stay readable); statutory
/// columns are locked against moving and retiring, with a Chinese refusal.
/// </summary>
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

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<int> VersionAsync(int columnId) =>
        await factory.QueryAsync(db => db.Columns.Where(c => c.Id == columnId).Select(c => c.Version).SingleAsync());

    private async Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, int parentId, int sortOrder = 10) =>
        await HtmlForms.SubmitAsync(client, $"/admin/referencedata/editcolumn/{id}", $"/admin/referencedata/movecolumn/{id}", new()
        {
            ["Version"] = S(await VersionAsync(id)),
            ["ParentId"] = S(parentId),
            ["SortOrder"] = S(sortOrder),
        });

    private async Task<HttpResponseMessage> RetireAsync(HttpClient client, int id) =>
        await HtmlForms.SubmitAsync(client, $"/admin/referencedata/editcolumn/{id}", $"/admin/referencedata/retirecolumn/{id}", new()
        {
            ["version"] = S(await VersionAsync(id)),
        });

    [Fact]
    public async Task MoveColumn_ToAnotherParent_OldAddressesRedirectPermanentlyAndDocumentsFollow()
    {
        var admin = await factory.AdministratorAsync("col-mover");
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(admin, "ydbq", "移动前栏目")).StatusCode);
        var id = await factory.ColumnIdAsync(ColumnPaths.Statutory + "/ydbq");
        var document = await factory.SeedDocumentAsync("nancun", ColumnPaths.Statutory + "/ydbq", DocumentStatus.Published, d => d.WithTitle("移动栏目中的已发布信息"));
        var anonymous = factory.CreateBrowserClient();

        var response = await MoveAsync(admin, id, await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ColumnPaths.PolicyDocuments + "/ydbq", await factory.QueryAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.Path).SingleAsync()));
        var old = await anonymous.GetAsync("/" + ColumnPaths.Statutory + "/ydbq");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/" + ColumnPaths.PolicyDocuments + "/ydbq", old.Headers.Location!.OriginalString);
        var oldOfUnit = await anonymous.GetAsync("/xxgk/jg/nancun/fdzdgknr/ydbq");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldOfUnit.StatusCode);
        Assert.Equal("/xxgk/jg/nancun/zcwj/ydbq", oldOfUnit.Headers.Location!.OriginalString);
        Assert.Contains("移动栏目中的已发布信息", await anonymous.GetStringAsync("/" + ColumnPaths.PolicyDocuments + "/ydbq"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/xxgk/doc/{document}")).StatusCode);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "column.move" && a.EntityId == S(id))));
    }

    [Fact]
    public async Task MoveColumn_UnderItsOwnChild_Refused409WithTheReason()
    {
        var admin = await factory.AdministratorAsync("col-cycle");
        await AddAsync(admin, "xhfu", "循环父栏目");
        var parent = await factory.ColumnIdAsync(ColumnPaths.Statutory + "/xhfu");
        await HtmlForms.SubmitAsync(admin, "/admin/referencedata", "/admin/referencedata/addcolumn", new() { ["ParentId"] = S(parent), ["Slug"] = "xhzi", ["Name"] = "循环子栏目" });
        var child = await factory.ColumnIdAsync(ColumnPaths.Statutory + "/xhfu/xhzi");

        var response = await MoveAsync(admin, parent, child);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("不能把栏目移到它自己或它的下级栏目之下", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatutoryColumn_MoveOrRetire_Refused409WithAChineseMessageAndUnchanged()
    {
        var admin = await factory.AdministratorAsync("col-statutory");
        var id = await factory.ColumnIdAsync(ColumnPaths.StatutoryRegulations);

        var move = await MoveAsync(admin, id, await factory.ColumnIdAsync(ColumnPaths.PolicyDocuments));
        var retire = await RetireAsync(admin, id);

        Assert.Equal(HttpStatusCode.Conflict, move.StatusCode);
        Assert.Contains("是法定栏目，不能移动，只能修改名称、说明和排序", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, retire.StatusCode);
        Assert.Contains("是法定栏目，不能停用，只能修改名称、说明和排序", await retire.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var column = await factory.QueryAsync(db => db.Columns.SingleAsync(c => c.Id == id));
        Assert.Equal(ColumnPaths.StatutoryRegulations, column.Path);
        Assert.Null(column.RetiredOn);
        var page = await admin.GetStringAsync($"/admin/referencedata/editcolumn/{id}");
        Assert.Contains("法定栏目：可以修改名称、说明、依据和排序", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/referencedata/retirecolumn/", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatutoryColumn_ReorderUnderItsOwnParent_Saved()
    {
        var admin = await factory.AdministratorAsync("col-reorder");
        var id = await factory.ColumnIdAsync(ColumnPaths.StatutoryOther);
        var parent = await factory.ColumnIdAsync(ColumnPaths.Statutory);

        var response = await MoveAsync(admin, id, parent, sortOrder: 999);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(999, await factory.QueryAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.SortOrder).SingleAsync()));
    }

    [Fact]
    public async Task RetireColumn_WithAPublishedDocument_LeavesTheNavigationButItsPagesStayReadable()
    {
        var admin = await factory.AdministratorAsync("col-retirer");
        await AddAsync(admin, "tylm", "待停用栏目");
        var id = await factory.ColumnIdAsync(ColumnPaths.Statutory + "/tylm");
        var document = await factory.SeedDocumentAsync("nancun", ColumnPaths.Statutory + "/tylm", DocumentStatus.Published, d => d.WithTitle("停用栏目中的已发布信息"));
        var anonymous = factory.CreateBrowserClient();

        var response = await RetireAsync(admin, id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await factory.QueryAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.RetiredOn).SingleAsync()));
        var page = await anonymous.GetAsync("/" + ColumnPaths.Statutory + "/tylm");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("以下为存档信息", html, StringComparison.Ordinal);
        Assert.Contains("停用栏目中的已发布信息", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/xxgk/doc/{document}")).StatusCode);
        Assert.DoesNotContain("/" + ColumnPaths.Statutory + "/tylm\"", await anonymous.GetStringAsync("/" + ColumnPaths.Statutory), StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "column.retire" && a.EntityId == S(id))));
        var clerk = await factory.ClerkAsync("col-retired-clerk", "nancun");
        var options = await clerk.GetStringAsync("/admin/documents/create");
        Assert.DoesNotContain("待停用栏目", options, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreColumn_AfterRetiring_BackInTheNavigationAndTheFilingChoices_Audited()
    {
        var admin = await factory.AdministratorAsync("col-restorer");
        await AddAsync(admin, "hfqy", "待恢复栏目");
        var id = await factory.ColumnIdAsync(ColumnPaths.Statutory + "/hfqy");
        var anonymous = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await RetireAsync(admin, id)).StatusCode);
        Assert.DoesNotContain("/" + ColumnPaths.Statutory + "/hfqy\"", await anonymous.GetStringAsync("/" + ColumnPaths.Statutory), StringComparison.Ordinal);

        var response = await HtmlForms.SubmitAsync(admin, $"/admin/referencedata/editcolumn/{id}", $"/admin/referencedata/restorecolumn/{id}", new()
        {
            ["version"] = S(await VersionAsync(id)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await factory.QueryAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.RetiredOn).SingleAsync()));
        Assert.Contains("/" + ColumnPaths.Statutory + "/hfqy\"", await anonymous.GetStringAsync("/" + ColumnPaths.Statutory), StringComparison.Ordinal);
        var clerk = await factory.ClerkAsync("col-restored-clerk", "nancun");
        Assert.Contains("待恢复栏目", await clerk.GetStringAsync("/admin/documents/create"), StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "column.restore" && a.EntityId == S(id))));
        var again = await HtmlForms.PostAsync(admin, $"/admin/referencedata/restorecolumn/{id}",
            (await HtmlForms.GetAsync(admin, $"/admin/referencedata/editcolumn/{id}")).Token, new() { ["version"] = S(await VersionAsync(id)) });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("未停用，无需恢复", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreColumn_StaleVersion_Refused409AndStillRetired()
    {
        var admin = await factory.AdministratorAsync("col-restore-stale");
        await AddAsync(admin, "hfgq", "过期表单栏目");
        var id = await factory.ColumnIdAsync(ColumnPaths.Statutory + "/hfgq");
        await RetireAsync(admin, id);
        var page = await HtmlForms.GetAsync(admin, $"/admin/referencedata/editcolumn/{id}");

        var response = await HtmlForms.PostAsync(admin, $"/admin/referencedata/restorecolumn/{id}", page.Token, new() { ["version"] = S(await VersionAsync(id) - 1) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotNull(await factory.QueryAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.RetiredOn).SingleAsync()));
    }

    [Fact]
    public async Task MoveOrRetire_AClerk_Forbidden()
    {
        var clerk = await factory.ClerkAsync("col-move-clerk", "gaodu");
        var page = await HtmlForms.GetAsync(clerk, "/admin/documents");
        var id = await factory.ColumnIdAsync(ColumnPaths.StatutoryOther);

        var move = await HtmlForms.PostAsync(clerk, $"/admin/referencedata/movecolumn/{id}", page.Token, new() { ["ParentId"] = "1", ["SortOrder"] = "1", ["Version"] = "1" });
        var retire = await HtmlForms.PostAsync(clerk, $"/admin/referencedata/retirecolumn/{id}", page.Token, new() { ["version"] = "1" });
        var restore = await HtmlForms.PostAsync(clerk, $"/admin/referencedata/restorecolumn/{id}", page.Token, new() { ["version"] = "1" });

        Assert.StartsWith("http://localhost/account/denied", move.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/account/denied", retire.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/account/denied", restore.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Null(await factory.QueryAsync(db => db.Columns.Where(c => c.Id == id).Select(c => c.RetiredOn).SingleAsync()));
    }
}
