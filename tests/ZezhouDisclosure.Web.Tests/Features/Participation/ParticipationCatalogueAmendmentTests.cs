using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Participation;
using ZezhouDisclosure.TestKit.Web;
using ZezhouDisclosure.Web.Mvc;

namespace ZezhouDisclosure.Web.Tests.Features.Participation;

/// <summary>
/// Amending a published 公众参与事项目录 (调整): a new version reviewed again; the public keeps the published version until
/// the amendment is published, then sees the new one with its note and the earlier one marked superseded.
/// </summary>
[Collection(ParticipationCollection.Name)]
public class ParticipationCatalogueAmendmentTests(ParticipationWebFactory factory)
{
    private const string Create = "/admin/participationcatalogues/create";

    private int ThisYear => ChinaTime.Today(factory.Time).Year;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Details(int id) => $"/admin/participationcatalogues/details/{id}";

    private Task<ParticipationCatalogue> LoadAsync(int id) =>
        factory.QueryAsync(db => db.ParticipationCatalogues.AsNoTracking().Include(c => c.Items).SingleAsync(c => c.Id == id));

    private async Task<HttpResponseMessage> ApproveAsync(int id)
    {
        var reviewer = await factory.ReviewerAsync("ml-reviewer");
        return await HtmlForms.SubmitAsync(reviewer, Details(id), $"/admin/participationcatalogues/review/{id}",
            new() { ["version"] = Text((await LoadAsync(id)).Version), ["decision"] = "approve" });
    }

    private async Task<int> PublishedAsync(HttpClient clerk, params (string Title, string Method, string Channel)[] items)
    {
        var id = ParticipationCatalogueTests.IdOf(await HtmlForms.SubmitAsync(clerk, Create, Create, ParticipationCatalogueTests.Form(ThisYear, "submit", items)));
        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(id)).StatusCode);
        return id;
    }

    private async Task<HttpResponseMessage> AmendAsync(HttpClient clerk, int id, string reason) =>
        await HtmlForms.SubmitAsync(clerk, Details(id), $"/admin/participationcatalogues/amend/{id}",
            new() { ["version"] = Text((await LoadAsync(id)).Version), ["reason"] = reason });

    [Fact]
    public async Task Amend_PublishedCatalogue_PublicKeepsTheOldVersionUntilTheAmendmentIsPublished_ThenShowsTheNoteAndTheSupersededVersion()
    {
        var clerk = await factory.ClerkAsync("ml-clerk-bg", "bagong");
        var first = await PublishedAsync(clerk, ("巴公镇工业园区扩区规划", "Hearing", "巴公镇政府会议室"));
        var citizen = factory.CreateBrowserClient();

        var amended = await AmendAsync(clerk, first, "新增垃圾中转站选址事项");
        var location = amended.Headers.Location!.OriginalString;
        var second = int.Parse(location.Split('/').Last(), CultureInfo.InvariantCulture);
        var draft = await LoadAsync(second);
        var draftPage = await citizen.GetAsync($"/gzcy/ml/{second}");
        var fields = ParticipationCatalogueTests.Form(ThisYear, "submit",
            ("巴公镇工业园区扩区规划", "Hearing", "巴公镇政府会议室"), ("巴公镇垃圾中转站选址", "Consultation", "泽州县政务公开门户"));
        fields["Version"] = Text(draft.Version);
        var submitted = await HtmlForms.SubmitAsync(clerk, $"/admin/participationcatalogues/edit/{second}", $"/admin/participationcatalogues/edit/{second}", fields);
        var unitWhileInReview = await HtmlForms.GetAsync(citizen, "/gzcy/jg/bagong");
        var firstWhileInReview = await HtmlForms.GetAsync(citizen, $"/gzcy/ml/{first}");

        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        Assert.Equal($"/admin/participationcatalogues/edit/{second}", location, ignoreCase: true);
        Assert.Equal((ParticipationCatalogueStatus.Draft, 2, first, "新增垃圾中转站选址事项"), (draft.Status, draft.Revision, draft.AmendsId!.Value, draft.AmendmentReason));
        Assert.Equal(["巴公镇工业园区扩区规划"], draft.Items.Select(i => i.Title));
        Assert.Equal(HttpStatusCode.NotFound, draftPage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.NotNull(unitWhileInReview.Document.QuerySelector($"#catalogues a[href='/gzcy/ml/{first}']"));
        Assert.Null(unitWhileInReview.Document.QuerySelector($"a[href='/gzcy/ml/{second}']"));
        Assert.Null(firstWhileInReview.Document.QuerySelector("#superseded"));
        Assert.Null(firstWhileInReview.Document.QuerySelector("#amended"));

        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(second)).StatusCode);

        var current = await HtmlForms.GetAsync(citizen, $"/gzcy/ml/{second}");
        var earlier = await HtmlForms.GetAsync(citizen, $"/gzcy/ml/{first}");
        var unit = await HtmlForms.GetAsync(citizen, "/gzcy/jg/bagong");
        var search = await citizen.GetStringAsync("/search?q=" + Uri.EscapeDataString("工业园区扩区规划"));
        var published = await LoadAsync(second);
        Assert.Equal($"本目录已于 {Format.Date(published.PublishedAt!.Value)} 调整。调整原因：新增垃圾中转站选址事项", current.Document.QuerySelector("#amended")!.TextContent.Trim());
        Assert.Equal(2, current.Document.QuerySelectorAll("#items tbody tr").Length);
        Assert.Contains("已调整", current.Document.QuerySelectorAll("#versions li").Single(li => li.QuerySelector($"a[href='/gzcy/ml/{first}']") is not null).TextContent);
        Assert.Contains("不再执行", earlier.Document.QuerySelector("#superseded")!.TextContent);
        Assert.NotNull(earlier.Document.QuerySelector($"#superseded a[href='/gzcy/ml/{second}']"));
        Assert.Single(earlier.Document.QuerySelectorAll("#items tbody tr"));
        Assert.NotNull(unit.Document.QuerySelector($"#catalogues a[href='/gzcy/ml/{second}']"));
        Assert.Null(unit.Document.QuerySelector($"#catalogues a[href='/gzcy/ml/{first}']"));
        Assert.Contains($"href=\"/gzcy/ml/{second}\"", search);
        Assert.DoesNotContain($"href=\"/gzcy/ml/{first}\"", search);
        Assert.Equal(ParticipationCatalogueStatus.Superseded, (await LoadAsync(first)).Status);
        var actions = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "ParticipationCatalogue" && a.EntityId == Text(first)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal("participation-catalogue.supersede", actions[^1]);
    }

    [Fact]
    public async Task Amend_WhileAnAmendmentIsOpen_ReopensIt_AndStaleFormsAre409KeepingTheText_AndAReasonIsRequired()
    {
        var clerk = await factory.ClerkAsync("ml-clerk-sh", "shanhe");
        var first = await PublishedAsync(clerk, ("山河镇饮水工程改造", "Survey", "线上问卷"));

        var noReason = await AmendAsync(clerk, first, " ");
        var opened = ParticipationCatalogueTests.IdOf(await AmendAsync(clerk, first, "补充座谈事项"));
        var again = await AmendAsync(clerk, first, "再次调整");
        var versions = await factory.QueryAsync(db => db.ParticipationCatalogues.CountAsync(c => c.Year == ThisYear
            && db.ParticipationCatalogues.Any(f => f.Id == first && f.OrganisationId == c.OrganisationId)));
        var editPage = $"/admin/participationcatalogues/edit/{opened}";
        var token = (await HtmlForms.GetAsync(clerk, editPage)).Token;
        var stale = Text((await LoadAsync(opened)).Version);
        var fields = ParticipationCatalogueTests.Form(ThisYear, "save", ("山河镇饮水工程改造", "Survey", "线上问卷"), ("山河镇集市搬迁座谈", "Forum", "镇政府"));
        fields["Version"] = stale;
        var saved = await HtmlForms.PostAsync(clerk, editPage, token, fields);
        fields["Items[1].Title"] = "山河镇集市搬迁座谈（改）";
        var staleSave = await HtmlForms.PostAsync(clerk, editPage, token, fields);
        var staleVersion = Text((await LoadAsync(first)).Version);
        var submit = ParticipationCatalogueTests.Form(ThisYear, "submit", ("山河镇饮水工程改造", "Survey", "线上问卷"), ("山河镇集市搬迁座谈", "Forum", "镇政府"));
        submit["Version"] = Text((await LoadAsync(opened)).Version);
        await HtmlForms.SubmitAsync(clerk, editPage, editPage, submit);
        await ApproveAsync(opened);
        var detailsToken = (await HtmlForms.GetAsync(clerk, Details(first))).Token;
        var staleAmend = await HtmlForms.PostAsync(clerk, $"/admin/participationcatalogues/amend/{first}", detailsToken,
            new() { ["version"] = staleVersion, ["reason"] = "在旧页面上再调整" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("请填写调整原因。", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal($"/admin/participationcatalogues/edit/{opened}", again.Headers.Location!.OriginalString, ignoreCase: true);
        Assert.Equal(2, versions);
        Assert.Equal("补充座谈事项", (await LoadAsync(opened)).AmendmentReason);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleSave.StatusCode);
        Assert.Contains("山河镇集市搬迁座谈（改）", await staleSave.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, staleAmend.StatusCode);
        Assert.Equal("在旧页面上再调整", (await HtmlForms.ParseAsync(staleAmend)).QuerySelector("#amend-form textarea[name='reason']")!.TextContent.Trim());
        Assert.Equal(ParticipationCatalogueStatus.Superseded, (await LoadAsync(first)).Status);
        Assert.Equal(ParticipationCatalogueStatus.Published, (await LoadAsync(opened)).Status);
        Assert.Equal(2, (await LoadAsync(opened)).Revision);
    }
}
