using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Application.Common.Oversight;
using ZezhouDisclosure.Application.ServiceItems;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.ServiceItems;
using ZezhouDisclosure.TestKit.Builders;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.ServiceItems;

/// <summary>办事指南: written and refused with field errors, reviewed and published, revised with what changed, found by the public.</summary>
public class ServiceItemsTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    internal static Dictionary<string, string> Fields(string name, string lifeEvent = "assistance") => new()
    {
        ["Name"] = name,
        ["Type"] = nameof(ServiceItemType.Benefit),
        ["Basis"] = "《社会救助暂行办法》第九条",
        ["Conditions"] = "户籍在本镇，家庭人均收入低于当地最低生活保障标准。",
        ["Materials[0].Name"] = "户口簿",
        ["Materials[0].Form"] = nameof(MaterialForm.OriginalAndCopy),
        ["Materials[0].Copies"] = "1",
        ["Materials[0].Medium"] = nameof(MaterialMedium.Paper),
        ["Materials[1].Name"] = "申请表",
        ["Materials[1].Form"] = nameof(MaterialForm.Original),
        ["Materials[1].Copies"] = "2",
        ["Materials[1].Medium"] = nameof(MaterialMedium.Paper),
        ["Steps"] = "提出申请\n受理审查\n审核确认",
        ["LegalDays"] = "30",
        ["PromisedDays"] = "20",
        ["IsFree"] = "true",
        ["Location"] = "高都镇便民服务中心",
        ["Hours"] = "工作日 8:30-17:30",
        ["ConsultPhone"] = "0356-3000000",
        ["ComplaintPhone"] = "12345",
        ["OnlineLevel"] = nameof(OnlineLevel.OnlinePreReview),
        ["OnlineUrl"] = "https://www.sxzwfw.gov.cn/",
        ["Questions[0].Question"] = "可以委托办理吗？",
        ["Questions[0].Answer"] = "可以，须带委托书。",
        ["LifeEvents"] = lifeEvent,
        ["Theme"] = "civil-affairs",
    };

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<int> CreateAsync(HttpClient clerk, Dictionary<string, string> fields)
    {
        var response = await HtmlForms.SubmitAsync(clerk, "/admin/service-items/new", "/admin/service-items/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private Task<int> VersionAsync(int id) => factory.QueryAsync(db => db.ServiceItems.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());

    private async Task PublishAsync(HttpClient clerk, int id, string? note = null)
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: false);
        var fields = new Dictionary<string, string> { ["Version"] = Text(await VersionAsync(id)) };
        if (note is not null)
        {
            fields["ChangeNote"] = note;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/submit", fields)).StatusCode);
        var reviewer = await factory.ReviewerAsync("svc-reviewer");
        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/service-items/{id}", $"/admin/service-items/{id}/approve", new() { ["Version"] = Text(await VersionAsync(id)) });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, int materialKey, string fileName, byte[] content)
    {
        var page = await HtmlForms.GetAsync(client, $"/admin/service-items/{id}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.Token), "__RequestVerificationToken");
        form.Add(new StringContent(Text(materialKey)), "materialKey");
        form.Add(new StringContent(nameof(MaterialFileRole.BlankForm)), "role");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "File", fileName);
        return await client.PostAsync($"/admin/service-items/{id}/files", form);
    }

    [Fact]
    public async Task Create_BadGuide_ShowsEveryProblemOnItsField()
    {
        var clerk = await factory.ClerkAsync("svc-bad", "gaodu");
        var fields = Fields("坏的事项");
        fields["Conditions"] = "";
        fields["PromisedDays"] = "40";
        fields.Remove("IsFree");
        fields["FeeStandard"] = "每件10元";
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Materials", StringComparison.Ordinal)).ToList())
        {
            fields.Remove(key);
        }

        var response = await HtmlForms.SubmitAsync(clerk, "/admin/service-items/new", "/admin/service-items/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("请填写受理条件。", summary);
        Assert.Contains("请至少填写一项申请材料。", summary);
        Assert.Contains("承诺办结时限（40个工作日）不能超过法定办结时限（30个工作日）。", summary);
        Assert.Contains("请填写收费依据。", summary);
        Assert.Equal("true", page.QuerySelector("#Conditions")!.GetAttribute("aria-invalid"));
        Assert.Equal("坏的事项", page.QuerySelector("input[name='Name']")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.ServiceItems.AnyAsync(i => i.Name == "坏的事项")));
    }

    [Fact]
    public async Task Publish_WithBlankForm_ThePublicFindsItByLifeEventAndPrintsIt()
    {
        var clerk = await factory.ClerkAsync("svc-gaodu", "gaodu");
        var id = await CreateAsync(clerk, Fields("低保申请（测试一）", "birth"));
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(clerk, id, 2, "申请表.docx", TestFiles.Docx("最低生活保障申请表"))).StatusCode);
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/bs/sx/{id}")).StatusCode);

        await PublishAsync(clerk, id);

        var list = await HtmlForms.GetAsync(anonymous, "/bs?rs=birth");
        Assert.Contains(list.Document.QuerySelectorAll("#service-results a"), a => a.TextContent == "低保申请（测试一）" && a.GetAttribute("href") == $"/bs/sx/{id}");
        var other = await HtmlForms.GetAsync(anonymous, "/bs?rs=death");
        Assert.DoesNotContain("低保申请（测试一）", other.Document.Body!.TextContent);
        var item = await HtmlForms.GetAsync(anonymous, $"/bs/sx/{id}");
        Assert.Equal(HttpStatusCode.OK, item.Response.StatusCode);
        var blank = item.Document.QuerySelector(".material-file a")!;
        Assert.Contains("空白表格：申请表.docx", blank.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(blank.GetAttribute("href"))).StatusCode);
        var print = await HtmlForms.GetAsync(anonymous, $"/bs/sx/{id}/gzd");
        Assert.Contains("一次告知单", print.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("承诺 20 个工作日", print.Document.QuerySelector(".sheet-table")!.TextContent);
        Assert.Contains("〔空白表格可在网站下载〕", print.Document.QuerySelector(".sheet-table")!.TextContent);
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "service-item.approve" && a.EntityId == Text(id))));
    }

    [Fact]
    public async Task Revise_PublicKeepsTheOldGuideUntilApproved_ThenSeesVersionTwoWithWhatChanged()
    {
        var clerk = await factory.ClerkAsync("svc-revise", "gaodu");
        var id = await CreateAsync(clerk, Fields("低保申请（测试二）"));
        await PublishAsync(clerk, id);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/revise", new() { ["Version"] = Text(await VersionAsync(id)) })).StatusCode);
        var fields = Fields("低保申请（测试二）");
        fields["PromisedDays"] = "10";
        fields["Version"] = Text(await VersionAsync(id));
        var keys = await factory.QueryAsync(db => db.ServiceItems.Where(i => i.Id == id).Select(i => i.GuideJson).SingleAsync());
        fields["Materials[0].Key"] = Text(ServiceGuideJson.Read(keys).Materials[0].Key);
        fields["Materials[1].Key"] = Text(ServiceGuideJson.Read(keys).Materials[1].Key);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}/edit", $"/admin/service-items/{id}/edit", fields)).StatusCode);

        var anonymous = factory.CreateClient();
        Assert.Contains("承诺 20 个工作日", (await HtmlForms.GetAsync(anonymous, $"/bs/sx/{id}/gzd")).Document.Body!.TextContent);
        var staff = await HtmlForms.GetAsync(clerk, $"/admin/service-items/{id}");
        Assert.Contains("承诺办结时限：20 → 10 个工作日", staff.Document.QuerySelector("#pending")!.ParentElement!.TextContent);

        var noNote = await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/submit", new() { ["Version"] = Text(await VersionAsync(id)) });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("修订已发布的事项时，请填写修改说明。", (await HtmlForms.ParseAsync(noNote)).QuerySelector(".error-summary")!.TextContent);

        await PublishAsync(clerk, id, "压缩承诺时限");

        var item = await HtmlForms.GetAsync(factory.CreateClient(), $"/bs/sx/{id}");
        var versions = item.Document.QuerySelector(".versions")!.TextContent;
        Assert.Contains("第 2 版", versions);
        Assert.Contains("承诺办结时限：20 → 10 个工作日", versions);
        Assert.Contains("压缩承诺时限", versions);
        Assert.Contains("承诺 10 个工作日", item.Document.QuerySelector(".guide-table")!.TextContent);
    }

    [Fact]
    public async Task UnitHead_SignsOffBeforeTheCountyOffice()
    {
        await factory.SetUnitSignOffAsync("gaodu", enabled: true);
        var clerk = await factory.ClerkAsync("svc-unit-clerk", "gaodu");
        var id = await CreateAsync(clerk, Fields("低保申请（测试三）"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/submit", new() { ["Version"] = Text(await VersionAsync(id)) })).StatusCode);
        Assert.Equal(ServiceItemStatus.AwaitingUnitApproval, await factory.QueryAsync(db => db.ServiceItems.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));

        var reviewer = await factory.ReviewerAsync("svc-early-reviewer");
        var early = await HtmlForms.SubmitAsync(reviewer, $"/admin/service-items/{id}", $"/admin/service-items/{id}/approve", new() { ["Version"] = Text(await VersionAsync(id)) });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        var head = await factory.UnitHeadAsync("svc-head", "gaodu");
        var home = await HtmlForms.GetAsync(head, "/admin");
        Assert.Contains("低保申请（测试三）", home.Document.QuerySelector("#service-items")?.TextContent ?? "");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(head, $"/admin/service-items/{id}", $"/admin/service-items/{id}/unit-approve", new() { ["Version"] = Text(await VersionAsync(id)) })).StatusCode);
        Assert.Equal(ServiceItemStatus.Submitted, await factory.QueryAsync(db => db.ServiceItems.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
        await factory.SetUnitSignOffAsync("gaodu", enabled: false);
    }

    [Fact]
    public async Task OtherUnitsClerk_CannotSeeOrEditADraft()
    {
        var clerk = await factory.ClerkAsync("svc-owner", "gaodu");
        var id = await CreateAsync(clerk, Fields("低保申请（测试四）"));
        var other = await factory.ClerkAsync("svc-other", "bagong");

        Assert.Contains((await other.GetAsync($"/admin/service-items/{id}")).StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/bs/sx/{id}/gzd")).StatusCode);
    }

    [Fact]
    public async Task Index_UnknownFilters_AreIgnoredNot500()
    {
        var anonymous = factory.CreateClient();

        foreach (var url in new[] { "/bs?rs=%00", "/bs?zt=nope&dw=nope", "/bs?q=" + new string('低', 300), "/bs/sx/999999", "/bs/sx/1/fj/999999" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, url);
        }
    }

    /// <summary>Starts the township's catalogue with 社会救助 adopted; when <paramref name="approve"/>, submits it and has it approved.</summary>
    private async Task<int> CatalogueRowAsync(HttpClient clerk, string township, string level1, string level2, bool approve)
    {
        var area = await factory.QueryAsync(db => db.PilotAreas.Where(a => a.Slug == "shjz").Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/start", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/addarea", new() { ["pilotAreaId"] = Text(area) })).StatusCode);
        var organisationId = await factory.OrganisationIdAsync(township);
        var catalogue = await factory.QueryAsync(db => db.TownshipCatalogues.AsNoTracking().Include(c => c.Items).SingleAsync(c => c.OrganisationId == organisationId));
        if (approve)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, "/admin/catalogues", "/admin/catalogues/submit", new() { ["version"] = Text(catalogue.Version) })).StatusCode);
            var version = await factory.QueryAsync(db => db.TownshipCatalogues.Where(c => c.Id == catalogue.Id).Select(c => c.Version).SingleAsync());
            var reviewer = await factory.ReviewerAsync("svc-catalogue-reviewer");
            var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/cataloguereview/details/{catalogue.Id}", $"/admin/cataloguereview/approve/{catalogue.Id}", new()
            {
                ["version"] = Text(version),
                ["effectiveFrom"] = "2026-12-01",
            });
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        return catalogue.Items.First(i => i.Level1 == level1 && i.Level2 == level2).Id;
    }

    [Fact]
    public async Task LinkCatalogueRow_SuggestedByName_ThePublicCatalogueLinksToTheGuide_UntilUnlinked()
    {
        var clerk = await factory.ClerkAsync("svc-link", "gaodu");
        var rowId = await CatalogueRowAsync(clerk, "gaodu", "最低生活保障", "办事指南", approve: true);
        var id = await CreateAsync(clerk, Fields("最低生活保障申请"));
        await PublishAsync(clerk, id);
        var anonymous = factory.CreateBrowserClient();
        var rowPage = $"/jczwgk/xz/gaodu/bzml/sx/{rowId}";
        Assert.Empty((await HtmlForms.GetAsync(anonymous, rowPage)).Document.QuerySelectorAll($"main a[href='/bs/sx/{id}']"));

        var staff = await HtmlForms.GetAsync(clerk, $"/admin/service-items/{id}");
        var suggested = staff.Document.QuerySelectorAll("#suggested-rows li");
        Assert.InRange(suggested.Length, 1, ServiceCatalogueRows.SuggestionCount);
        Assert.Contains("最低生活保障／办事指南", suggested[0].TextContent);
        Assert.Equal(Text(rowId), suggested[0].QuerySelector("input[name='CatalogueItemId']")!.GetAttribute("value"));
        var linked = await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/catalogue-links", new() { ["CatalogueItemId"] = Text(rowId) });
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var again = await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/catalogue-links", new() { ["CatalogueItemId"] = Text(rowId) });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("该目录事项已关联本办事指南。", (await HtmlForms.ParseAsync(again)).QuerySelector(".error-summary")!.TextContent);

        // The cached row page, the area table and the full catalogue now point at the guide.
        var link = (await HtmlForms.GetAsync(anonymous, rowPage)).Document.QuerySelector($"main a[href='/bs/sx/{id}']");
        Assert.Equal("最低生活保障申请", link!.TextContent);
        var areaTable = await HtmlForms.GetAsync(anonymous, "/jczwgk/xz/gaodu/bzml/ly/shjz");
        Assert.NotNull(areaTable.Document.QuerySelector($"#sx-{rowId} a[href='/bs/sx/{id}']"));
        var pilotArea = await HtmlForms.GetAsync(anonymous, "/jczwgk/ly/shjz");
        Assert.NotNull(pilotArea.Document.QuerySelector($"table.catalogue-table a[href='/bs/sx/{id}']"));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == ServiceItemAuditActions.LinkCatalogueRow && a.EntityId == Text(id))));

        var linkId = await factory.QueryAsync(db => db.CatalogueServiceLinks.Where(l => l.ServiceItemId == id).Select(l => l.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/catalogue-links/{linkId}/remove", [])).StatusCode);
        Assert.Empty((await HtmlForms.GetAsync(anonymous, rowPage)).Document.QuerySelectorAll($"main a[href='/bs/sx/{id}']"));
    }

    [Fact]
    public async Task LinkCatalogueRow_AnotherUnitsRowOrItem_IsRefused()
    {
        var clerk = await factory.ClerkAsync("svc-link-own", "jincun");
        var ownRow = await CatalogueRowAsync(clerk, "jincun", "最低生活保障", "办事指南", approve: false);
        var id = await CreateAsync(clerk, Fields("特困人员救助供养（金村）"));
        var otherClerk = await factory.ClerkAsync("svc-link-other", "dayang");
        var otherRow = await CatalogueRowAsync(otherClerk, "dayang", "最低生活保障", "办事指南", approve: false);

        var foreignRow = await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/catalogue-links", new() { ["CatalogueItemId"] = Text(otherRow) });
        Assert.Equal(HttpStatusCode.BadRequest, foreignRow.StatusCode);
        Assert.Contains("请选择本单位标准目录中的事项。", (await HtmlForms.ParseAsync(foreignRow)).QuerySelector(".error-summary")!.TextContent);

        var token = (await HtmlForms.GetAsync(otherClerk, "/admin/service-items/new")).Token;
        var foreignItem = await HtmlForms.PostAsync(otherClerk, $"/admin/service-items/{id}/catalogue-links", token, new() { ["CatalogueItemId"] = Text(otherRow) });
        Assert.Contains(foreignItem.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        var page = await HtmlForms.GetAsync(otherClerk, $"/admin/service-items/{id}");
        Assert.Contains(page.Response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden });
        Assert.False(await factory.QueryAsync(db => db.CatalogueServiceLinks.AnyAsync(l => l.ServiceItemId == id)));

        // The own row is offered (among the others; the name does not suggest it), and the draft's link stays off the public pages.
        var staff = await HtmlForms.GetAsync(clerk, $"/admin/service-items/{id}");
        Assert.NotNull(staff.Document.QuerySelector($"select[name='CatalogueItemId'] option[value='{ownRow}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/catalogue-links", new() { ["CatalogueItemId"] = Text(ownRow) })).StatusCode);
        Assert.Contains("最低生活保障／办事指南", (await HtmlForms.GetAsync(clerk, $"/admin/service-items/{id}")).Document.QuerySelector("#linked-rows")!.TextContent);
    }

    [Fact]
    public async Task SelfCheckFigures_CountTheMonthsFirstPublicationsAndUpdates()
    {
        await factory.SetUnitSignOffAsync("daji", enabled: false);
        var clerk = await factory.ClerkAsync("svc-figures", "daji");
        var reviewer = await factory.ReviewerAsync("svc-figures-reviewer");
        var id = await CreateAsync(clerk, Fields("低保申请（大箕）"));
        async Task Publish(string? note)
        {
            var fields = new Dictionary<string, string> { ["Version"] = Text(await VersionAsync(id)) };
            if (note is not null)
            {
                fields["ChangeNote"] = note;
            }

            Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/submit", fields)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(reviewer, $"/admin/service-items/{id}", $"/admin/service-items/{id}/approve", new() { ["Version"] = Text(await VersionAsync(id)) })).StatusCode);
        }

        await Publish(null);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}", $"/admin/service-items/{id}/revise", new() { ["Version"] = Text(await VersionAsync(id)) })).StatusCode);
        var fields = Fields("低保申请（大箕）");
        fields["Hours"] = "工作日全天";
        fields["Version"] = Text(await VersionAsync(id));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/service-items/{id}/edit", $"/admin/service-items/{id}/edit", fields)).StatusCode);
        await Publish("调整办理时间");

        using var scope = factory.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<ISelfCheckFigureSource>().OfType<ServiceItemSelfCheckFigures>().Single();
        var today = ChinaTime.Today(factory.Time);
        var daji = await factory.OrganisationIdAsync("daji");
        var month = await source.ForMonthAsync(daji, today.Year, today.Month, CancellationToken.None);
        Assert.Equal(
            [("新发布办事指南", 1m), ("更新办事指南", 1m), ("月末已公开办事指南", 1m)],
            month.Select(f => (f.Label, f.Value)));
        Assert.All(month, f => Assert.Equal(ServiceItemSelfCheckFigures.Group, f.Group));
        var previous = today.AddMonths(-1);
        Assert.All(await source.ForMonthAsync(daji, previous.Year, previous.Month, CancellationToken.None), f => Assert.Equal(0m, f.Value));
    }
}
