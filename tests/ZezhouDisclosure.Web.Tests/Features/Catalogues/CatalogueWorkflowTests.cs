using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Catalogues;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Catalogues;

/// <summary>
/// The catalogue journey over HTTP: a township clerk compiles and submits, a reviewer returns with comments, the clerk
/// fixes and resubmits, the reviewer approves, and a citizen reads the standard table at /jczwgk. Plus who may do what.
/// </summary>
public class CatalogueWorkflowTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private Task<int> AreaIdAsync(string slug) => factory.QueryAsync(db => db.PilotAreas.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());

    private async Task<TownshipCatalogue> CatalogueAsync(string township)
    {
        var organisationId = await factory.OrganisationIdAsync(township);
        return await factory.QueryAsync(db => db.TownshipCatalogues.AsNoTracking().Include(c => c.Items)
            .SingleAsync(c => c.OrganisationId == organisationId));
    }

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts a township's catalogue with 社会救助 adopted and submits it.</summary>
    private async Task<TownshipCatalogue> SubmittedAsync(HttpClient clerk, string township)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/start", [])).StatusCode);
        var added = await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/addarea", new() { ["pilotAreaId"] = S(await AreaIdAsync("shjz")) });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var submitted = await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/submit", new() { ["version"] = S((await CatalogueAsync(township)).Version) });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return await CatalogueAsync(township);
    }

    [Fact]
    public async Task Journey_ReturnedWithCommentsThenApproved_CitizenSeesStandardTable()
    {
        var clerk = await factory.ClerkAsync("catalogue-clerk", "gaodu");
        var reviewer = await factory.ReviewerAsync("catalogue-reviewer");
        var catalogue = await SubmittedAsync(clerk, "gaodu");
        var item = catalogue.Items.First(i => i.Level2 == "审核信息");

        Assert.Contains("高都镇", await reviewer.GetStringAsync("/admin/cataloguereview"));
        var returned = await HtmlForms.SubmitAsync(reviewer, $"/admin/cataloguereview/details/{catalogue.Id}", $"/admin/cataloguereview/return/{catalogue.Id}", new()
        {
            ["version"] = S(catalogue.Version),
            ["comment"] = "请补充乡镇共性事项",
            [$"itemComments[{item.Id}]"] = "公开主体请写明高都镇人民政府",
        });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var page = await clerk.GetStringAsync("/admin/catalogues");
        Assert.Contains("请补充乡镇共性事项", page);
        Assert.Contains("公开主体请写明高都镇人民政府", page);

        var fields = new Dictionary<string, string>
        {
            ["id"] = S(item.Id), ["version"] = S((await CatalogueAsync("gaodu")).Version), ["Fields.Level1"] = item.Level1, ["Fields.Level2"] = item.Level2, ["Fields.Content"] = item.Content,
            ["Fields.Basis"] = item.Basis ?? "", ["Fields.TimeLimit"] = item.TimeLimit, ["Fields.Subject"] = "高都镇人民政府",
            ["Fields.Audience"] = "Public", ["Fields.Mode"] = "Proactive", ["Fields.Township"] = "true",
        };
        var edit = await HtmlForms.GetAsync(clerk, $"/admin/catalogues/item?id={item.Id}");
        var saved = await HtmlForms.PostAsync(clerk, "/admin/catalogues/item", edit.Token,
            new(fields) { ["Fields.Channels"] = "GovernmentWebsite" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var local = await HtmlForms.PostAsync(clerk, "/admin/catalogues/item", edit.Token, new()
        {
            ["Fields.Level1"] = "概况信息", ["Fields.Level2"] = "乡镇简介", ["Fields.Content"] = "行政区划、人口民族、地理位置",
            ["Fields.TimeLimit"] = "信息形成或者变更之日起20个工作日内", ["Fields.Subject"] = "高都镇人民政府",
            ["Fields.Channels"] = "GovernmentWebsite", ["Fields.Audience"] = "Public", ["Fields.Mode"] = "Proactive", ["Fields.Township"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, local.StatusCode);
        var resubmitted = await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/submit", new() { ["version"] = S((await CatalogueAsync("gaodu")).Version) });
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);

        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/cataloguereview/details/{catalogue.Id}", $"/admin/cataloguereview/approve/{catalogue.Id}", new()
        {
            ["version"] = S((await CatalogueAsync("gaodu")).Version),
            ["effectiveFrom"] = "2026-12-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var citizen = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/jczwgk/xz/gaodu/bzml");
        Assert.Equal(HttpStatusCode.OK, citizen.Response.StatusCode);
        Assert.Null(citizen.Document.QuerySelector("table.catalogue-table"));
        var areaLinks = citizen.Document.QuerySelectorAll("ul.catalogue-areas li");
        Assert.Equal(27, areaLinks.Length);
        Assert.Contains("未编入本目录", areaLinks.Single(l => l.TextContent.Contains("户籍管理", StringComparison.Ordinal)).TextContent);
        Assert.Equal("/jczwgk/xz/gaodu/bzml/ly/gxsx", areaLinks[^1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2026年12月01日", citizen.Document.QuerySelector("dl.facts")!.TextContent);
        var common = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/jczwgk/xz/gaodu/bzml/ly/gxsx");
        var table = common.Document.QuerySelector("table.catalogue-table")!;
        Assert.Contains("高都镇乡镇共性事项公开事项（第1版）", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope"))));
        Assert.Equal("政府网站", table.QuerySelector("td.channels")!.TextContent.Trim());
        Assert.DoesNotContain("□", table.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync("/jczwgk/xz/gaodu/bzml/ly/hjgl")).StatusCode);

        var filtered = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/jczwgk/xz/gaodu/bzml?q=乡镇简介");
        var rows = filtered.Document.QuerySelectorAll("table.catalogue-table tbody tr:not(.area-row)");
        Assert.Single(rows);

        // Each row has its own page (what a search hit links to) and an anchor in the full table.
        var localId = (await CatalogueAsync("gaodu")).Items.Single(i => i.Level2 == "乡镇简介").Id;
        Assert.NotNull(common.Document.GetElementById($"sx-{localId}"));
        var itemPage = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/jczwgk/xz/gaodu/bzml/sx/{localId}");
        Assert.Equal(HttpStatusCode.OK, itemPage.Response.StatusCode);
        Assert.Equal("概况信息／乡镇简介", itemPage.Document.QuerySelector("h1")!.TextContent.Trim());
        var main = itemPage.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("行政区划、人口民族、地理位置", main);
        Assert.DoesNotContain(item.Level2, main);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync($"/jczwgk/xz/gaodu/bzml/sx/{localId + 100000}")).StatusCode);

        var workbook = await factory.CreateBrowserClient().GetAsync("/jczwgk/xz/gaodu/bzml.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await workbook.Content.ReadAsByteArrayAsync())[..2]);

        var area = await factory.CreateBrowserClient().GetStringAsync("/jczwgk/ly/shjz");
        Assert.Contains("高都镇人民政府", area);
    }

    [Fact]
    public async Task Get_OtherTownshipsCatalogueInReview_IsRefusedToClerk()
    {
        var owner = await factory.ClerkAsync("dayang-owner", "dayang");
        var catalogue = await SubmittedAsync(owner, "dayang");
        var other = await factory.ClerkAsync("bagong-peeker", "bagong");

        var review = await other.GetAsync($"/admin/cataloguereview/details/{catalogue.Id}");
        var item = await other.GetAsync($"/admin/catalogues/item?id={catalogue.Items[0].Id}");
        var own = await other.GetStringAsync("/admin/catalogues");

        Assert.StartsWith("http://localhost/account/denied", review.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        Assert.Contains("开始编制", own);
    }

    [Fact]
    public async Task Post_ApproveAsClerk_IsRefusedAndNothingIsPublished()
    {
        var clerk = await factory.ClerkAsync("self-approving-clerk", "shanhe");
        var catalogue = await SubmittedAsync(clerk, "shanhe");
        var token = (await HtmlForms.GetAsync(clerk, "/admin/catalogues")).Token;

        var response = await HtmlForms.PostAsync(clerk, $"/admin/cataloguereview/approve/{catalogue.Id}", token, new() { ["version"] = S(catalogue.Version) });

        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
        Assert.Equal(CatalogueStatus.Submitted, (await CatalogueAsync("shanhe")).Status);
        Assert.False(await factory.QueryAsync(db => db.CatalogueVersions.AnyAsync(v => v.OrganisationId == catalogue.OrganisationId)));
    }

    [Fact]
    public async Task Post_EditAsReviewer_IsRefused()
    {
        var reviewer = await factory.ReviewerAsync("editing-reviewer");
        var token = (await HtmlForms.GetAsync(reviewer, "/admin/cataloguereview")).Token;

        var response = await HtmlForms.PostAsync(reviewer, "/admin/catalogues/item", token, new() { ["Fields.Level1"] = "审核员不能编辑" });

        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400()
    {
        var clerk = await factory.ClerkAsync("tokenless-catalogue-clerk", "dadonggou");

        var response = await HtmlForms.PostAsync(clerk, "/admin/catalogues/start", "", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var organisationId = await factory.OrganisationIdAsync("dadonggou");
        Assert.False(await factory.QueryAsync(db => db.TownshipCatalogues.AnyAsync(c => c.OrganisationId == organisationId)));
    }

    [Fact]
    public async Task Post_ItemWithoutRequiredColumns_Rerenders400WithChineseErrorsOnFields()
    {
        var clerk = await factory.ClerkAsync("sloppy-catalogue-clerk", "jincun");
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/start", []);
        var form = await HtmlForms.GetAsync(clerk, "/admin/catalogues/item");

        var response = await HtmlForms.PostAsync(clerk, "/admin/catalogues/item", form.Token, new() { ["Fields.Level1"] = "概况信息" });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("二级事项不能为空。", page.GetElementById("Fields.Level2-error")!.TextContent);
        Assert.Equal("请至少勾选一个公开渠道和载体。", page.GetElementById("Fields.Channels-error")!.TextContent);
        Assert.Equal("概况信息", page.GetElementById("Fields.Level1")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_CoverageDashboard_ReviewerSeesItAnonymousIsSentToLogin()
    {
        var reviewer = await factory.ReviewerAsync("coverage-reviewer");

        var page = await HtmlForms.GetAsync(reviewer, "/admin/cataloguecoverage");
        var anonymous = await factory.CreateBrowserClient().GetAsync("/admin/cataloguecoverage");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("标准目录公开情况", page.Document.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("http://localhost/account/login", anonymous.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Get_TownshipWithoutApprovedCatalogue_SaysNotYetPublished()
    {
        var page = await factory.CreateBrowserClient().GetStringAsync("/jczwgk/xz/nancun/bzml");

        Assert.Contains("尚未经县政务公开办审定发布", page);
    }

    [Theory]
    [InlineData("nav-township-clerk", "zhoucun", true)]
    [InlineData("nav-department-clerk", "jyj", false)]
    public async Task Get_Workbench_ShowsCatalogueLinksOnlyToTownshipClerks(string userName, string organisation, bool shown)
    {
        var clerk = await factory.ClerkAsync(userName, organisation);

        var page = await HtmlForms.GetAsync(clerk, "/admin");
        var links = page.Document.QuerySelectorAll("nav[aria-label='工作台导航'] a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(shown, links.Contains("/admin/catalogues"));
        Assert.Equal(shown, links.Contains("/admin/cataloguecoverage"));
        Assert.Contains("/admin/cataloguetemplates", links);
    }

    [Fact]
    public async Task Get_Workbench_ReviewerSeesReviewAndCoverageButNotTheClerksCatalogue()
    {
        var reviewer = await factory.ReviewerAsync("nav-reviewer");

        var page = await HtmlForms.GetAsync(reviewer, "/admin");
        var links = page.Document.QuerySelectorAll("nav[aria-label='工作台导航'] a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/admin/cataloguereview", links);
        Assert.Contains("/admin/cataloguecoverage", links);
        Assert.DoesNotContain("/admin/catalogues", links);
    }

    [Fact]
    public async Task Post_ItemFromStaleForm_Returns409KeepsTypedTextAndTheFirstSave()
    {
        var first = await factory.ClerkAsync("stale-clerk-one", "daji");
        var second = await factory.ClerkAsync("stale-clerk-two", "daji");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(first, "/admin/catalogues", "/admin/catalogues/start", [])).StatusCode);
        await HtmlForms.SubmitAsync(first, "/admin/catalogues", "/admin/catalogues/addarea", new() { ["pilotAreaId"] = S(await AreaIdAsync("shjz")) });
        var item = (await CatalogueAsync("daji")).Items.OrderBy(i => i.Number).First();
        var formOne = await HtmlForms.GetAsync(first, $"/admin/catalogues/item?id={item.Id}");
        var formTwo = await HtmlForms.GetAsync(second, $"/admin/catalogues/item?id={item.Id}");
        Dictionary<string, string> Fields(HtmlForms.Page form, string subject) => new()
        {
            ["id"] = S(item.Id), ["version"] = form.Document.QuerySelector("input[name=version]")!.GetAttribute("value")!,
            ["Fields.Level1"] = item.Level1, ["Fields.Level2"] = item.Level2, ["Fields.Content"] = item.Content,
            ["Fields.TimeLimit"] = item.TimeLimit, ["Fields.Subject"] = subject, ["Fields.Channels"] = "GovernmentWebsite",
            ["Fields.Audience"] = "Public", ["Fields.Mode"] = "Proactive", ["Fields.Township"] = "true",
        };

        var saved = await HtmlForms.PostAsync(first, "/admin/catalogues/item", formOne.Token, Fields(formOne, "大箕镇人民政府"));
        var stale = await HtmlForms.PostAsync(second, "/admin/catalogues/item", formTwo.Token, Fields(formTwo, "大箕镇政府办公室"));
        var page = await HtmlForms.ParseAsync(stale);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("本次保存未生效", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("大箕镇人民政府", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("大箕镇政府办公室", page.GetElementById("Fields.Subject")!.GetAttribute("value"));
        Assert.Equal(S((await CatalogueAsync("daji")).Version), page.QuerySelector("input[name=version]")!.GetAttribute("value"));
        Assert.Equal("大箕镇人民政府", (await CatalogueAsync("daji")).Items.Single(i => i.Id == item.Id).Subject);
    }

    [Fact]
    public async Task Get_CoverageFilteredAndExported_XlsxHoldsExactlyTheRowsShown()
    {
        var clerk = await factory.ClerkAsync("coverage-clerk", "liushukou");
        var reviewer = await factory.ReviewerAsync("coverage-approver");
        var catalogue = await SubmittedAsync(clerk, "liushukou");
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/cataloguereview/details/{catalogue.Id}", $"/admin/cataloguereview/approve/{catalogue.Id}", new()
        {
            ["version"] = S(catalogue.Version),
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var page = await HtmlForms.GetAsync(clerk, "/admin/cataloguecoverage?area=shjz&status=NeverPublished");
        var shown = page.Document.QuerySelectorAll("h2 + table tbody tr").Length;
        var exportLink = page.Document.QuerySelectorAll("a").SingleOrDefault(a => a.TextContent.Contains("导出当前结果", StringComparison.Ordinal))?.GetAttribute("href");
        Assert.True(exportLink is not null, page.Document.QuerySelector("main")?.TextContent);
        var export = await clerk.GetAsync(exportLink);
        var sheets = new Infrastructure.Spreadsheets.MiniExcelSpreadsheet().Read(await export.Content.ReadAsStreamAsync());

        Assert.Null(page.Document.GetElementById("township"));
        Assert.Equal("NeverPublished", page.Document.QuerySelector("#status option[selected]")!.GetAttribute("value"));
        Assert.Equal("/admin/cataloguecoverage/export?area=shjz&status=NeverPublished", exportLink);
        Assert.True(shown > 0);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var detail = sheets.Single(s => s.Name == "明细").Rows;
        Assert.Equal(shown, detail.Count - 1);
        Assert.All(detail.Skip(1), row => Assert.Equal("柳树口镇", row[0]));
        Assert.All(detail.Skip(1), row => Assert.Equal("未发布", row[10]));
    }

    /// <summary>"area" is also the MVC route value of the back office ("admin"); the query string must win.</summary>
    [Fact]
    public async Task Post_LocalItemInAnArea_IsAddedToThatAreaNotTheCommonItems()
    {
        var clerk = await factory.ClerkAsync("area-item-clerk", "beiyicheng");
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/start", []);
        var shjz = await AreaIdAsync("shjz");
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/addarea", new() { ["pilotAreaId"] = S(shjz) });

        var form = await HtmlForms.GetAsync(clerk, $"/admin/catalogues/item?area={shjz}");
        var saved = await HtmlForms.PostAsync(clerk, "/admin/catalogues/item", form.Token, new()
        {
            ["area"] = S(shjz), ["Fields.Level1"] = "临时救助", ["Fields.Level2"] = "急难型临时救助", ["Fields.Content"] = "先行救助的对象、条件、程序",
            ["Fields.TimeLimit"] = "制定或获取信息之日起10个工作日内", ["Fields.Subject"] = "北义城镇人民政府",
            ["Fields.Channels"] = "GovernmentWebsite", ["Fields.Audience"] = "Public", ["Fields.Mode"] = "Proactive", ["Fields.Township"] = "true",
        });

        Assert.Contains("所属领域：社会救助", form.Document.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(shjz, (await CatalogueAsync("beiyicheng")).Items.Single(i => i.Level2 == "急难型临时救助").PilotAreaId);
    }

    [Fact]
    public async Task Post_InvalidOrConflictingOnCataloguePage_RerendersWithTheFilingPicker()
    {
        var clerk = await factory.ClerkAsync("filing-clerk", "lichuan");
        var reviewer = await factory.ReviewerAsync("filing-reviewer");
        var catalogue = await SubmittedAsync(clerk, "lichuan");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, $"/admin/cataloguereview/details/{catalogue.Id}", $"/admin/cataloguereview/approve/{catalogue.Id}", new()
        {
            ["version"] = S(catalogue.Version), ["effectiveFrom"] = "2026-12-01",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/revise", new() { ["version"] = S((await CatalogueAsync("lichuan")).Version) })).StatusCode);
        var documentId = await factory.SeedDocumentAsync("lichuan", "xxgk/zcwj", DocumentStatus.Published, d => d.WithTitle("犁川镇低保对象公示"));
        var item = (await CatalogueAsync("lichuan")).Items.OrderBy(i => i.Number).First();
        var otherArea = await factory.QueryAsync(db => db.PilotAreas.Where(a => a.Slug != "shjz").Select(a => a.Id).FirstAsync());
        var filing = new Dictionary<string, string> { ["itemId"] = S(item.Id), ["documentId"] = S(documentId) };
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/filedocument", filing)).StatusCode);

        var invalid = await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/areanotinvolved", new() { ["pilotAreaId"] = S(otherArea), ["explanation"] = "" });
        var conflict = await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/filedocument", filing);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var page = await HtmlForms.ParseAsync(invalid);
        Assert.Contains("必须说明理由", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("true", page.GetElementById("explanation")!.GetAttribute("aria-invalid"));
        var picker = page.GetElementById("documentId")!;
        Assert.Contains(picker.QuerySelectorAll("option"), o => o.GetAttribute("value") == S(documentId) && o.TextContent == "犁川镇低保对象公示");
        Assert.NotNull(page.QuerySelector($"#itemId option[value='{item.Id}']"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var again = await HtmlForms.ParseAsync(conflict);
        Assert.Contains("该信息已归入此事项。", again.QuerySelector(".error-summary")!.TextContent);
        Assert.NotNull(again.QuerySelector($"#documentId option[value='{documentId}']"));
    }

    [Fact]
    public async Task Get_TemplateChangedAfterAdoption_TemplateListsTheTownshipAndItsClerkIsNotified()
    {
        var clerk = await factory.ClerkAsync("template-follower", "nancun");
        var reviewer = await factory.ReviewerAsync("template-watcher");
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/start", []);
        await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/addarea", new() { ["pilotAreaId"] = S(await AreaIdAsync("ylfw")) });
        var ylfw = await AreaIdAsync("ylfw");
        await factory.QueryAsync(async db =>
        {
            var template = await db.CatalogueTemplates.Include(t => t.Items).SingleAsync(t => t.PilotAreaId == ylfw);
            var row = template.CurrentItems().First();
            template.EditItem(row.Id, row.ToContent() with { Subject = "县级民政部门、乡镇人民政府（社会事务办）" });
            return await db.SaveChangesAsync();
        });

        var templatePage = await HtmlForms.GetAsync(reviewer, "/admin/catalogue-templates/ylfw");
        var catalogue = await HtmlForms.GetAsync(clerk, "/admin/catalogues");
        var notice = catalogue.Document.GetElementById("template-updates")!.ParentElement!;
        var compareUrl = notice.QuerySelector("a")!.GetAttribute("href")!;
        var compare = await HtmlForms.GetAsync(clerk, compareUrl);
        var first = await clerk.GetAsync("/admin/catalogue-templates/ylfw/revisions/1");

        var affected = templatePage.Document.GetElementById("affected")!.NextElementSibling!.NextElementSibling!;
        Assert.Contains("南村镇", affected.TextContent);
        Assert.Contains("第 1 版", affected.TextContent);
        Assert.Contains("修改事项", templatePage.Document.GetElementById("history")!.NextElementSibling!.TextContent);
        Assert.Contains("养老服务：本目录依据第 1 版，现行第 2 版", notice.TextContent);
        Assert.Equal("/admin/catalogue-templates/ylfw/compare?from=1&to=2", compareUrl);
        Assert.Equal(HttpStatusCode.OK, compare.Response.StatusCode);
        Assert.Contains("（社会事务办）", compare.Document.QuerySelector("table.diff-table")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(catalogue.Document.QuerySelector("form[action='/admin/catalogues/rebase']"));
    }
}
