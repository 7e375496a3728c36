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

        // After signing in again the clerk's scope carries the new villages: it writes for one.
        var again = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(again, "vi-daji");
        var posted = await NewPostingAsync(again, villages[0].Id, PostingForm("大箕村2026年10月财务公开"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
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

    [Fact]
    public async Task DepartmentClerk_VillagePages_Forbidden()
    {
        var clerk = await factory.ClerkAsync("vi-jyj", "jyj");

        var response = await clerk.GetAsync("/admin/villages");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
