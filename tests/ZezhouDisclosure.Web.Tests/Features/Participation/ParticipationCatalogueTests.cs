using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Participation;

/// <summary>
/// 公众参与事项目录 over HTTP: a unit's clerk writes the year's items with the standing rules, the county office
/// publishes them, the unit's 公众参与 page shows them; another unit's clerk is refused; bad rows are named.
/// </summary>
[Collection(ParticipationCollection.Name)]
public class ParticipationCatalogueTests(ParticipationWebFactory factory)
{
    private const string Create = "/admin/participationcatalogues/create";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private int ThisYear => ChinaTime.Today(factory.Time).Year;

    private Task<ParticipationCatalogue> LoadAsync(int id) =>
        factory.QueryAsync(db => db.ParticipationCatalogues.AsNoTracking().Include(c => c.Items).SingleAsync(c => c.Id == id));

    internal static Dictionary<string, string> Form(int year, string intent, params (string Title, string Method, string Channel)[] items)
    {
        var fields = new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["Year"] = Text(year),
            ["Scope"] = "涉及群众切身利益的重大行政决策事项",
            ["Methods"] = "征求意见、听证、座谈、问卷调查、列席会议",
            ["Channels"] = "泽州县政务公开门户、镇便民服务中心、来信",
            ["intent"] = intent,
        };
        for (var i = 0; i < items.Length; i++)
        {
            fields[$"Items[{i}].Title"] = items[i].Title;
            fields[$"Items[{i}].Method"] = items[i].Method;
            fields[$"Items[{i}].Channel"] = items[i].Channel;
            fields[$"Items[{i}].PlannedTime"] = "第二季度";
        }

        // A blank row, as the form always offers: ignored.
        fields[$"Items[{items.Length}].Title"] = "";
        fields[$"Items[{items.Length}].Method"] = "";
        fields[$"Items[{items.Length}].Channel"] = "";
        return fields;
    }

    internal static int IdOf(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Catalogue_SubmittedByTheClerk_IsPublicOnlyAfterTheCountyOfficeApproves_WithRulesAndItems_AndAudited()
    {
        var clerk = await factory.ClerkAsync("ml-clerk", "gaodu");
        var created = await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear, "submit",
            ("高都镇农村人居环境整治实施方案", "Consultation", "泽州县政务公开门户"),
            ("高都镇集贸市场搬迁", "Hearing", "镇政府会议室")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = IdOf(created);
        var citizen = factory.CreateBrowserClient();
        var before = await citizen.GetAsync($"/gzcy/ml/{id}");
        var reviewer = await factory.ReviewerAsync("ml-reviewer");
        var queue = await reviewer.GetStringAsync("/admin/participationcatalogues");

        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/participationcatalogues/details/{id}", $"/admin/participationcatalogues/review/{id}",
            new() { ["version"] = Text((await LoadAsync(id)).Version), ["decision"] = "approve" });
        var page = await HtmlForms.GetAsync(citizen, $"/gzcy/ml/{id}");
        var unit = await HtmlForms.GetAsync(citizen, "/gzcy/jg/gaodu");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains($"{ThisYear} 年度", queue);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var rows = page.Document.QuerySelectorAll("#items tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("高都镇农村人居环境整治实施方案", rows[0]);
        Assert.Contains("征求意见", rows[0]);
        Assert.Contains("听证", rows[1]);
        Assert.Contains("镇政府会议室", rows[1]);
        Assert.Contains("涉及群众切身利益的重大行政决策事项", unit.Document.QuerySelector("#rules")!.TextContent);
        Assert.NotNull(unit.Document.QuerySelector($"#catalogues a[href='/gzcy/ml/{id}']"));
        var saved = await LoadAsync(id);
        Assert.Equal(ParticipationCatalogueStatus.Published, saved.Status);
        Assert.Equal("ml-reviewer", saved.ReviewedBy);
        var actions = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "ParticipationCatalogue" && a.EntityId == Text(id)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["participation-catalogue.create", "participation-catalogue.submit", "participation-catalogue.publish"], actions);
    }

    [Fact]
    public async Task Catalogue_AnotherUnitsClerk_CannotSeeTheDraft_NorChangeThePublishedOne()
    {
        var clerk = await factory.ClerkAsync("ml-clerk-dy", "dayang");
        var draft = IdOf(await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear - 1, "save", ("大阳镇古镇保护规划", "Forum", "镇文化站"))));
        var published = IdOf(await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear - 2, "submit", ("大阳镇停车场建设", "Survey", "线上问卷"))));
        var reviewer = await factory.ReviewerAsync("ml-reviewer");
        await HtmlForms.SubmitAsync(reviewer, $"/admin/participationcatalogues/details/{published}", $"/admin/participationcatalogues/review/{published}",
            new() { ["version"] = Text((await LoadAsync(published)).Version), ["decision"] = "approve" });
        var other = await factory.ClerkAsync("ml-clerk", "gaodu");
        var token = (await HtmlForms.GetAsync(other, Create)).Token;

        var seeDraft = await other.GetAsync($"/admin/participationcatalogues/details/{draft}");
        var editDraft = await HtmlForms.PostAsync(other, $"/admin/participationcatalogues/edit/{draft}", token,
            Form(ThisYear - 1, "save", ("改写的事项", "Forum", "渠道")));
        var editPublished = await HtmlForms.PostAsync(other, $"/admin/participationcatalogues/edit/{published}", token,
            Form(ThisYear - 2, "save", ("改写的事项", "Forum", "渠道")));

        Assert.Equal(HttpStatusCode.NotFound, seeDraft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editPublished.StatusCode);
        Assert.Equal("大阳镇古镇保护规划", Assert.Single((await LoadAsync(draft)).Items).Title);
        Assert.Equal("大阳镇停车场建设", Assert.Single((await LoadAsync(published)).Items).Title);
    }

    [Fact]
    public async Task Catalogue_BadInput_IsRefusedWithChineseMessagesOnTheFields()
    {
        var clerk = await factory.ClerkAsync("ml-clerk-xc", "xiacun");

        var noItems = await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear, "submit"));
        var noChannel = await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear, "save", ("缺少渠道的事项", "Attendance", "")));
        var first = await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear, "save", ("第一个事项", "Attendance", "镇政府")));
        var duplicate = await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear, "save", ("重复年度的事项", "Survey", "线上")));
        var tooLate = await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear + 2, "save", ("太远的年度", "Survey", "线上")));

        Assert.Equal(HttpStatusCode.BadRequest, noItems.StatusCode);
        Assert.Contains("参与事项目录至少须列出一个决策事项。", await noItems.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noChannel.StatusCode);
        Assert.Equal("请填写参与渠道。", (await HtmlForms.ParseAsync(noChannel)).QuerySelector("#Items_0__Channel-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains($"本单位已有 {ThisYear} 年度的参与事项目录", (await HtmlForms.ParseAsync(duplicate)).QuerySelector("#Year-error")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("年度须在", (await HtmlForms.ParseAsync(tooLate)).QuerySelector("#Year-error")!.TextContent);
    }

    [Fact]
    public async Task Catalogue_ReturnedWithAComment_CanBeEditedAndResubmitted()
    {
        var clerk = await factory.ClerkAsync("ml-clerk-nc", "nancun");
        var id = IdOf(await HtmlForms.SubmitAsync(clerk, Create, Create, Form(ThisYear, "submit", ("南村镇道路改造", "Consultation", "门户网站"))));
        var reviewer = await factory.ReviewerAsync("ml-reviewer");

        var noComment = await HtmlForms.SubmitAsync(reviewer, $"/admin/participationcatalogues/details/{id}", $"/admin/participationcatalogues/review/{id}",
            new() { ["version"] = Text((await LoadAsync(id)).Version), ["decision"] = "return", ["comment"] = "" });
        var returned = await HtmlForms.SubmitAsync(reviewer, $"/admin/participationcatalogues/details/{id}", $"/admin/participationcatalogues/review/{id}",
            new() { ["version"] = Text((await LoadAsync(id)).Version), ["decision"] = "return", ["comment"] = "请补充听证事项" });
        var fields = Form(ThisYear, "submit", ("南村镇道路改造", "Consultation", "门户网站"), ("南村镇水价调整", "Hearing", "镇政府"));
        fields["Version"] = Text((await LoadAsync(id)).Version);
        var resubmitted = await HtmlForms.SubmitAsync(clerk, $"/admin/participationcatalogues/edit/{id}", $"/admin/participationcatalogues/edit/{id}", fields);

        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal(ParticipationCatalogueStatus.Submitted, saved.Status);
        Assert.Equal(["南村镇道路改造", "南村镇水价调整"], saved.Items.OrderBy(i => i.Number).Select(i => i.Title));
        Assert.Equal(ParticipationMethod.Hearing, saved.Items.Single(i => i.Number == 2).Method);
    }
}
