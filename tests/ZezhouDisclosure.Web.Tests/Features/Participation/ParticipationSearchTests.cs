using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Participation;

/// <summary>Published 参与事项目录 and 列席 / 访谈 records in the portal search; drafts and withdrawn records are not found.</summary>
[Collection(ParticipationCollection.Name)]
public class ParticipationSearchTests(ParticipationWebFactory factory)
{
    private const string CreateCatalogue = "/admin/participationcatalogues/create";
    private const string CreateRecord = "/admin/participationrecords/create";

    private DateOnly Today => ChinaTime.Today(factory.Time);

    private Task<string> SearchAsync(string query) =>
        factory.CreateBrowserClient().GetStringAsync("/search?q=" + Uri.EscapeDataString(query));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Dictionary<string, string> Record(string title, string topics, string intent, int version = 0) => new()
    {
        ["Version"] = Text(version),
        ["Kind"] = "PolicyLecture",
        ["Title"] = title,
        ["HeldOn"] = Today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Topics"] = topics,
        ["Guests"] = "犁川镇农业技术推广站站长",
        ["Transcript"] = "主持人：今天讲解设施农业补贴的申领办法。",
        ["VideoUrl"] = "",
        ["intent"] = intent,
    };

    [Fact]
    public async Task Search_Catalogue_FoundByAnItemWordOnlyOncePublished_LinkingToItsPage()
    {
        var clerk = await factory.ClerkAsync("ss-clerk-zc", "zhoucun");
        var created = await HtmlForms.SubmitAsync(clerk, CreateCatalogue, CreateCatalogue, ParticipationCatalogueTests.Form(
            Today.Year, "submit", ("周村镇古村落保护利用规划", "Hearing", "周村镇政府会议室")));
        var id = ParticipationCatalogueTests.IdOf(created);
        var submitted = await SearchAsync("古村落保护利用规划");
        var reviewer = await factory.ReviewerAsync("ss-reviewer");
        var version = await factory.QueryAsync(db => db.ParticipationCatalogues.Where(c => c.Id == id).Select(c => c.Version).SingleAsync());

        var approved = await HtmlForms.SubmitAsync(reviewer, $"/admin/participationcatalogues/details/{id}", $"/admin/participationcatalogues/review/{id}",
            new() { ["version"] = Text(version), ["decision"] = "approve" });
        var published = await SearchAsync("古村落保护利用规划");

        Assert.DoesNotContain($"href=\"/gzcy/ml/{id}\"", submitted);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains($"href=\"/gzcy/ml/{id}\"", published);
        Assert.Contains("参与事项目录", published);
    }

    [Fact]
    public async Task Search_Record_FoundByItsTopicsOnlyWhilePublished_AndWithdrawingRemovesIt()
    {
        var clerk = await factory.ClerkAsync("ss-clerk-lc", "lichuan");
        await HtmlForms.SubmitAsync(clerk, CreateRecord, CreateRecord, Record("犁川镇政策大讲堂（草稿）", "讲解食用菌种植贷款贴息", "save"));
        var response = await HtmlForms.SubmitAsync(clerk, CreateRecord, CreateRecord, Record("犁川镇政策大讲堂", "讲解设施蔬菜大棚补贴申领", "publish"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.QueryAsync(db => db.ParticipationRecords.Where(r => r.Title == "犁川镇政策大讲堂").Select(r => r.Id).SingleAsync());
        var draftFound = await SearchAsync("食用菌种植贷款贴息");
        var found = await SearchAsync("设施蔬菜大棚补贴");
        var version = await factory.QueryAsync(db => db.ParticipationRecords.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());

        var withdrawn = await HtmlForms.SubmitAsync(clerk, $"/admin/participationrecords/edit/{id}", $"/admin/participationrecords/edit/{id}",
            Record("犁川镇政策大讲堂", "讲解设施蔬菜大棚补贴申领", "withdraw", version));
        var afterWithdrawal = await SearchAsync("设施蔬菜大棚补贴");
        var page = await factory.CreateBrowserClient().GetAsync($"/gzcy/jl/{id}");

        Assert.DoesNotContain("犁川镇政策大讲堂（草稿）", draftFound);
        Assert.Contains($"href=\"/gzcy/jl/{id}\"", found);
        Assert.Contains("列席与访谈", found);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain($"href=\"/gzcy/jl/{id}\"", afterWithdrawal);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var actions = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "ParticipationRecord" && a.EntityId == Text(id)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["participation-record.create", "participation-record.publish", "participation-record.update", "participation-record.withdraw"], actions);
    }
}
