using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Domain.Organisations;
using ZezhouDisclosure.Domain.Villages;
using ZezhouDisclosure.Infrastructure.Persistence;
using ZezhouDisclosure.Infrastructure.Spreadsheets;
using ZezhouDisclosure.TestKit.Web;
using static ZezhouDisclosure.TestKit.Web.OutputCacheResponses;

namespace ZezhouDisclosure.Web.Tests.Features.Villages;

/// <summary>
/// 村（居）务公开 over HTTP: the township imports its villages from .xlsx (row-level errors, nothing saved until valid or
/// the valid rows are chosen), writes and reviews postings, the public pages and the 公示 sheet; who may do what
/// (a township clerk only its own villages, a village account only its village).
/// </summary>
public class VillageAffairsTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] Sheet(params string?[][] rows) =>
        new MiniExcelSpreadsheet().Write([new Sheet("村居名单", [.. rows.Select(r => (IReadOnlyList<string?>)r)])]);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content)
    {
        var page = await HtmlForms.GetAsync(client, "/admin/villages");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.Token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "村居名单.xlsx");
        return await client.PostAsync("/admin/villages/import", form);
    }

    /// <summary>Villages written straight into the database under a township (as an import would leave them).</summary>
    private async Task<int> VillageAsync(string townshipSlug, string name, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var township = await db.Organisations.SingleAsync(o => o.Slug == townshipSlug);
        var village = new Organisation($"{townshipSlug}-{code}", name, OrganisationKind.Village, code, 1);
        village.MoveUnder(township, _ => null);
        village.SetValidity(new DateOnly(2020, 1, 1), null, null);
        db.Organisations.Add(village);
        await db.SaveChangesAsync();
        return village.Id;
    }

    private static Dictionary<string, string> PostingForm(string title, int year = 2026, int month = 10) => new()
    {
        ["Version"] = "0",
        ["Category"] = "Finance",
        ["PeriodKind"] = "Monthly",
        ["Year"] = Text(year),
        ["Number"] = Text(month),
        ["Title"] = title,
        ["Body"] = "一、收入 12000元\n二、支出 6200元",
        ["NoticeFrom"] = "2026-11-27",
        ["NoticeTo"] = "2026-12-06",
        ["ObjectionContact"] = "村务监督委员会 0356-0000000",
    };

    private static async Task<HttpResponseMessage> NewPostingAsync(HttpClient client, int villageId, Dictionary<string, string> form) =>
        await HtmlForms.SubmitAsync(client, "/admin/villages", $"/admin/villages/{villageId}/postings/new", form);

    private static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);

    [Fact]
    public async Task Import_MissingAndDuplicateNames_ShowsRowErrorsAndSavesNothing()
    {
        var clerk = await factory.ClerkAsync("vi-dacheng", "dayang");
        var response = await UploadAsync(clerk, Sheet(
            ["名称", "代码", "类型", "联系人", "联系电话"],
            ["甲村", "140525109201", "村", "张三", "0356-1"],
            [null, "140525109202", "村", null, null],
            ["甲村", "140525109203", "村", null, null],
            ["乙社区", "140525109204", "社区", null, null],
            ["丙村", "140525109201", "村", null, null],
            ["丁村", "140525109205", "小组", null, null]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("缺少名称", html, StringComparison.Ordinal);
        Assert.Contains("名称“甲村”在名单中重复", html, StringComparison.Ordinal);
        Assert.Contains("代码“140525109201”在名单中重复", html, StringComparison.Ordinal);
        Assert.Contains("类型“小组”无法识别", html, StringComparison.Ordinal);
        Assert.Contains("只导入 2 个有效行", html, StringComparison.Ordinal);
        var dayang = await factory.OrganisationIdAsync("dayang");
        Assert.False(await factory.QueryAsync(db => db.Organisations.AnyAsync(o => o.ParentId == dayang)));
    }

    [Fact]
    public async Task ConfirmImport_WithInvalidRowsAndNoChoice_Refused400AndSavesNothing()
    {
        var clerk = await factory.ClerkAsync("vi-shanhe", "shanhe");
        var response = await HtmlForms.SubmitAsync(clerk, "/admin/villages", "/admin/villages/import/confirm", new()
        {
            ["Lines[0].Row"] = "2", ["Lines[0].Name"] = "山河村", ["Lines[0].Code"] = "140525110201", ["Lines[0].Kind"] = "村",
            ["Lines[1].Row"] = "3", ["Lines[1].Name"] = "", ["Lines[1].Code"] = "140525110202", ["Lines[1].Kind"] = "村",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第3行：缺少名称", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var shanhe = await factory.OrganisationIdAsync("shanhe");
        Assert.False(await factory.QueryAsync(db => db.Organisations.AnyAsync(o => o.ParentId == shanhe)));
    }

    [Fact]
    public async Task ConfirmImport_ValidRowsOnly_ImportsThemWithTheTemplateAndTheClerkActsForThemAtOnce()
    {
        var clerk = await factory.ClerkAsync("vi-daji", "daji");
        var response = await HtmlForms.SubmitAsync(clerk, "/admin/villages", "/admin/villages/import/confirm", new()
        {
            ["ValidRowsOnly"] = "true",
            ["Lines[0].Row"] = "2", ["Lines[0].Name"] = "大箕村", ["Lines[0].Code"] = "140525111201", ["Lines[0].Kind"] = "村", ["Lines[0].ContactName"] = "李四",
            ["Lines[1].Row"] = "3", ["Lines[1].Name"] = "", ["Lines[1].Code"] = "140525111202", ["Lines[1].Kind"] = "村",
            ["Lines[2].Row"] = "4", ["Lines[2].Name"] = "大箕社区", ["Lines[2].Code"] = "140525111001", ["Lines[2].Kind"] = "社区",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var daji = await factory.OrganisationIdAsync("daji");
        var villages = await factory.QueryAsync(db => db.Organisations.Where(o => o.ParentId == daji).OrderBy(o => o.Id).ToListAsync());
        Assert.Equal(["大箕村", "大箕社区"], villages.Select(v => v.Name));
        Assert.Equal(OrganisationKind.Community, villages[1].Kind);
        Assert.Equal("泽州县大箕镇大箕村村民委员会", villages[0].OfficialName);
        Assert.Equal(6, await factory.QueryAsync(db => db.VillageCatalogueItems.CountAsync(i => i.OrganisationId == villages[0].Id)));

        // Without signing in again the clerk's scope carries the new villages: it reads and writes for one.
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/admin/villages/{villages[0].Id}")).StatusCode);
        var posted = await NewPostingAsync(clerk, villages[0].Id, PostingForm("大箕村2026年10月财务公开"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(posted.Headers.Location!.OriginalString)).StatusCode);
    }

    [Fact]
    public async Task TownshipClerk_VillageAddedAfterSignIn_ReadsItWithoutSigningInAgain()
    {
        var clerk = await factory.ClerkAsync("vi-zhoucun", "zhoucun");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/admin/villages")).StatusCode);
        var village = await VillageAsync("zhoucun", "周村新村", "140525108201");

        var workspace = await clerk.GetAsync($"/admin/villages/{village}");
        var list = await (await clerk.GetAsync("/admin/villages")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, workspace.StatusCode);
        Assert.Contains("周村新村", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishPosting_CachedVillagePages_EvictsOnlyThatVillagesPages()
    {
        var changed = await VillageAsync("nancun", "南村缓存村", "140525104281");
        await VillageAsync("nancun", "南村邻近村", "140525104282");
        var anonymous = factory.CreateBrowserClient();
        const string changedPage = "/jczwgk/xz/nancun/cjgk/nancun-140525104281";
        const string otherPage = "/jczwgk/xz/nancun/cjgk/nancun-140525104282";
        foreach (var url in new[] { changedPage, otherPage, changedPage, otherPage })
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        }

        Assert.True(FromCache(await anonymous.GetAsync(otherPage)));
        var clerk = await factory.ClerkAsync("vi-nancun", "nancun");
        var id = IdFrom(await NewPostingAsync(clerk, changed, PostingForm("南村缓存村2026年10月财务公开")));
        var version = await factory.QueryAsync(db => db.VillagePostings.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        await HtmlForms.SubmitAsync(clerk, $"/admin/villages/postings/{id}", $"/admin/villages/postings/{id}/submit", new() { ["version"] = Text(version) });
        version = await factory.QueryAsync(db => db.VillagePostings.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var reviewed = await HtmlForms.SubmitAsync(clerk, $"/admin/villages/postings/{id}", $"/admin/villages/postings/{id}/review", new() { ["version"] = Text(version), ["approve"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);

        var after = await anonymous.GetAsync(changedPage);
        var other = await anonymous.GetAsync(otherPage);

        Assert.False(FromCache(after));
        Assert.Contains("南村缓存村2026年10月财务公开", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(FromCache(other));
    }

    [Fact]
    public async Task Posting_TownshipWritesAndReviews_PublicPageAndSheetShowIt()
    {
        var village = await VillageAsync("gaodu", "高都测试村", "140525107291");
        var clerk = await factory.ClerkAsync("vi-gaodu", "gaodu");
        var created = await NewPostingAsync(clerk, village, PostingForm("高都测试村2026年10月财务收支公开"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = IdFrom(created);

        var anonymous = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/jczwgk/xz/gaodu/cjgk/gaodu-140525107291/{id}")).StatusCode);

        var version = await factory.QueryAsync(db => db.VillagePostings.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/villages/postings/{id}", $"/admin/villages/postings/{id}/submit", new() { ["version"] = Text(version) })).StatusCode);
        version = await factory.QueryAsync(db => db.VillagePostings.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var reviewed = await HtmlForms.SubmitAsync(clerk, $"/admin/villages/postings/{id}", $"/admin/villages/postings/{id}/review", new() { ["version"] = Text(version), ["approve"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);

        var page = await anonymous.GetAsync($"/jczwgk/xz/gaodu/cjgk/gaodu-140525107291/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("高都测试村2026年10月财务收支公开", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await (await anonymous.GetAsync("/jczwgk/xz/gaodu/cjgk/gaodu-140525107291")).Content.ReadAsStringAsync();
        Assert.Contains("高都测试村2026年10月财务收支公开", list, StringComparison.Ordinal);
        Assert.Contains("公开事项清单", list, StringComparison.Ordinal);
        Assert.Contains("gaodu-140525107291", await (await anonymous.GetAsync("/jczwgk/xz/gaodu/cjgk")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var sheet = await anonymous.GetAsync($"/jczwgk/xz/gaodu/cjgk/gaodu-140525107291/{id}/gs?size=a3");
        var sheetHtml = await sheet.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Contains("公示期：2026年11月27日 至 2026年12月06日", sheetHtml, StringComparison.Ordinal);
        Assert.Contains("村务监督委员会 0356-0000000", sheetHtml, StringComparison.Ordinal);
        Assert.Contains("盖章", sheetHtml, StringComparison.Ordinal);
        Assert.Contains("sheet-a3", sheetHtml, StringComparison.Ordinal);
        var period = await anonymous.GetAsync("/jczwgk/xz/gaodu/cjgk/gaodu-140525107291/gs?kind=Monthly&year=2026&n=10");
        Assert.Contains("高都测试村2026年10月财务收支公开", await period.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_PeriodInTheFuture_Refused400()
    {
        var village = await VillageAsync("gaodu", "高都未来村", "140525107292");
        var clerk = await factory.ClerkAsync("vi-gaodu-future", "gaodu");

        var response = await NewPostingAsync(clerk, village, PostingForm("2026年12月财务公开", 2026, 12));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("尚未开始，不能提前公开", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.VillagePostings.AnyAsync(p => p.OrganisationId == village)));
    }

    [Fact]
    public async Task TownshipClerk_AnotherTownshipsVillage_CannotWriteOrRead()
    {
        var village = await VillageAsync("gaodu", "高都他村", "140525107293");
        var other = await factory.ClerkAsync("vi-bagong", "bagong");

        var write = await NewPostingAsync(other, village, PostingForm("越权公开"));
        var read = await other.GetAsync($"/admin/villages/{village}");

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.VillagePostings.AnyAsync(p => p.OrganisationId == village)));
    }

    [Fact]
    public async Task VillageAccount_OnlyItsOwnVillage_AndCannotReviewItself()
    {
        var own = await VillageAsync("gaodu", "高都本村", "140525107294");
        var neighbour = await VillageAsync("gaodu", "高都邻村", "140525107295");
        await factory.CreateClerkAsync("vi-cun", "gaodu-140525107294");
        var villageClerk = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(villageClerk, "vi-cun");

        Assert.Equal(HttpStatusCode.Forbidden, (await NewPostingAsync(villageClerk, neighbour, PostingForm("邻村公开"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await villageClerk.GetAsync($"/admin/villages/{neighbour}")).StatusCode);
        var created = await NewPostingAsync(villageClerk, own, PostingForm("本村2026年10月财务公开"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = IdFrom(created);
        var version = await factory.QueryAsync(db => db.VillagePostings.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(villageClerk, $"/admin/villages/postings/{id}", $"/admin/villages/postings/{id}/submit", new() { ["version"] = Text(version) })).StatusCode);

        version = await factory.QueryAsync(db => db.VillagePostings.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var selfReview = await HtmlForms.SubmitAsync(villageClerk, $"/admin/villages/postings/{id}", $"/admin/villages/postings/{id}/review", new() { ["version"] = Text(version), ["approve"] = "true" });

        Assert.Equal(HttpStatusCode.Forbidden, selfReview.StatusCode);
        Assert.Equal(VillagePostingStatus.Submitted, await factory.QueryAsync(db => db.VillagePostings.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));

        // The township's head sees it waiting on the 工作台 and in the review list.
        var head = await factory.UnitHeadAsync("vi-gaodu-head", "gaodu");
        Assert.Contains("本村2026年10月财务公开", await (await head.GetAsync("/admin")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workbench_VillageWithoutLastMonthsFinance_IsFlaggedOverdueToTheTownship()
    {
        await VillageAsync("jincun", "金村测试村", "140525106201");
        var clerk = await factory.ClerkAsync("vi-jincun", "jincun");

        var html = await (await clerk.GetAsync("/admin")).Content.ReadAsStringAsync();

        Assert.Contains("金村测试村2026年10月财务公开逾期", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> CatalogueForm(string area, string item, int sortOrder = 7) => new()
    {
        ["Area"] = area,
        ["Item"] = item,
        ["Content"] = "公开内容说明",
        ["Timing"] = "每季度首月公开",
        ["Channel"] = "村务公开栏",
        ["SortOrder"] = Text(sortOrder),
    };

    private async Task<int> TemplateRowsAsync(int village)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var order = 0;
        foreach (var (area, item, content, timing) in VillageCatalogueTemplate.Rows)
        {
            db.VillageCatalogueItems.Add(new VillageCatalogueItem(village, area, item, content, timing, VillageCatalogueTemplate.DefaultChannel, ++order));
        }

        await db.SaveChangesAsync();
        return await db.VillageCatalogueItems.Where(i => i.OrganisationId == village).OrderBy(i => i.SortOrder).Select(i => i.Id).FirstAsync();
    }

    [Fact]
    public async Task Catalogue_TownshipAddsEditsAndRemovesRows_AuditedAndShownPublicly()
    {
        var village = await VillageAsync("gaodu", "高都清单村", "140525107296");
        var first = await TemplateRowsAsync(village);
        var clerk = await factory.ClerkAsync("vi-gaodu-list", "gaodu");
        var url = $"/admin/villages/{village}/catalogue";

        var added = await HtmlForms.SubmitAsync(clerk, url, url, CatalogueForm("集体资产", "集体资产资源发包租赁"));
        var edited = await HtmlForms.SubmitAsync(clerk, $"{url}/{first}", $"{url}/{first}", CatalogueForm("脱贫攻坚", "防返贫动态监测", 1));
        var items = await factory.QueryAsync(db => db.VillageCatalogueItems.Where(i => i.OrganisationId == village).OrderBy(i => i.SortOrder).ToListAsync());
        var removedId = items.Single(i => i.Item == "惠农补贴发放").Id;
        var removed = await HtmlForms.SubmitAsync(clerk, url, $"{url}/{removedId}/remove", new());

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await factory.QueryAsync(db => db.VillageCatalogueItems.Where(i => i.OrganisationId == village).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToListAsync());
        Assert.Equal(6, after.Count);
        Assert.Equal("防返贫动态监测", after[0].Item);
        Assert.Equal("村务公开栏", after[0].Channel);
        Assert.Contains(after, i => i.Area == "集体资产" && i.SortOrder == 7);
        Assert.DoesNotContain(after, i => i.Item == "惠农补贴发放");
        Assert.Equal(2, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "village.catalogue.edit" && a.OrganisationId == village)));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "village.catalogue.remove" && a.OrganisationId == village)));
        var page = await factory.CreateBrowserClient().GetStringAsync("/jczwgk/xz/gaodu/cjgk/gaodu-140525107296");
        Assert.Contains("集体资产资源发包租赁", page, StringComparison.Ordinal);
        Assert.DoesNotContain("惠农补贴发放", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_MissingItem_Refused400WithTheMessage()
    {
        var village = await VillageAsync("gaodu", "高都空项村", "140525107297");
        var clerk = await factory.ClerkAsync("vi-gaodu-list2", "gaodu");
        var url = $"/admin/villages/{village}/catalogue";

        var response = await HtmlForms.SubmitAsync(clerk, url, url, CatalogueForm("村级财务", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写公开事项。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.VillageCatalogueItems.AnyAsync(i => i.OrganisationId == village)));
    }

    [Fact]
    public async Task Catalogue_VillageAccount_EditsItsOwnButNotItsNeighbours()
    {
        var own = await VillageAsync("gaodu", "高都自编村", "140525107298");
        var neighbour = await VillageAsync("gaodu", "高都隔壁村", "140525107299");
        var neighbourRow = await TemplateRowsAsync(neighbour);
        await factory.CreateClerkAsync("vi-cun-list", "gaodu-140525107298");
        var villageClerk = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(villageClerk, "vi-cun-list");
        var ownUrl = $"/admin/villages/{own}/catalogue";
        var token = (await HtmlForms.GetAsync(villageClerk, ownUrl)).Token;

        var ownAdd = await HtmlForms.PostAsync(villageClerk, ownUrl, token, CatalogueForm("村级财务", "本村财务公开"));
        var read = await villageClerk.GetAsync($"/admin/villages/{neighbour}/catalogue");
        var add = await HtmlForms.PostAsync(villageClerk, $"/admin/villages/{neighbour}/catalogue", token, CatalogueForm("村级财务", "越权事项"));
        var edit = await HtmlForms.PostAsync(villageClerk, $"/admin/villages/{neighbour}/catalogue/{neighbourRow}", token, CatalogueForm("村级财务", "越权修改"));
        var remove = await HtmlForms.PostAsync(villageClerk, $"/admin/villages/{neighbour}/catalogue/{neighbourRow}/remove", token, new());
        var viaOwnUrl = await HtmlForms.PostAsync(villageClerk, $"{ownUrl}/{neighbourRow}", token, CatalogueForm("村级财务", "借道修改"));

        Assert.Equal(HttpStatusCode.Redirect, ownAdd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOwnUrl.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.VillageCatalogueItems.AnyAsync(i => i.OrganisationId == own && i.Item == "本村财务公开")));
        Assert.Equal(6, await factory.QueryAsync(db => db.VillageCatalogueItems.CountAsync(i => i.OrganisationId == neighbour)));
        Assert.False(await factory.QueryAsync(db => db.VillageCatalogueItems.AnyAsync(i => i.Item == "越权事项" || i.Item == "越权修改" || i.Item == "借道修改")));
    }

    [Fact]
    public async Task Catalogue_AnotherTownshipsClerk_CannotReadOrEdit()
    {
        var village = await VillageAsync("gaodu", "高都外乡村", "140525107290");
        var row = await TemplateRowsAsync(village);
        var other = await factory.ClerkAsync("vi-bagong-list", "bagong");
        var token = (await HtmlForms.GetAsync(other, "/admin/villages")).Token;

        var read = await other.GetAsync($"/admin/villages/{village}/catalogue");
        var edit = await HtmlForms.PostAsync(other, $"/admin/villages/{village}/catalogue/{row}", token, CatalogueForm("村级财务", "外乡修改"));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.VillageCatalogueItems.AnyAsync(i => i.Item == "外乡修改")));
    }

    [Fact]
    public async Task DepartmentClerk_VillagePages_Forbidden()
    {
        var clerk = await factory.ClerkAsync("vi-jyj", "jyj");

        var response = await clerk.GetAsync("/admin/villages");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
