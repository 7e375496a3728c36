using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Interactions;
using ZezhouDisclosure.Domain.Participation;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Organisations;

/// <summary>
/// 单位管理 over HTTP: the county office adds a unit whose clerk can then write; a rename keeps old documents under
/// their old name; a merge moves open work and redirects old addresses (301); retirement keeps the pages as archive;
/// bad input and other roles are refused.
/// </summary>
public class OrganisationsAdminTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Unit(string slug, string name, string code) => new()
    {
        ["Kind"] = "Department",
        ["Name"] = name,
        ["Slug"] = slug,
        ["IndexCode"] = code,
        ["SortOrder"] = "500",
    };

    private async Task<int> AddAsync(HttpClient client, Dictionary<string, string> form)
    {
        var response = await HtmlForms.SubmitAsync(client, "/admin/organisations/new", "/admin/organisations/new", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.OrganisationIdAsync(form["Slug"]);
    }

    private Task<int> VersionAsync(int id) => factory.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Version).SingleAsync());

    [Fact]
    public async Task Add_ByTheCountyOffice_TheNewDepartmentsClerkCanWrite()
    {
        var office = await factory.ReviewerAsync("org-office");
        var id = await AddAsync(office, Unit("sjj", "泽州县数据局", "11140525MB0000001X"));

        var unit = await factory.QueryAsync(db => db.Organisations.SingleAsync(o => o.Id == id));
        Assert.Equal("泽州县数据局", unit.Name);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "organisation.add" && a.OrganisationId == id)));
        var clerk = await factory.ClerkAsync("org-sjj", "sjj");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/admin/documents/create")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync("/xxgk/jg/sjj")).StatusCode);
    }

    [Fact]
    public async Task Add_DuplicateCodeOrSlug_Refused400()
    {
        var admin = await factory.AdministratorAsync("org-admin-dup");

        var code = await HtmlForms.SubmitAsync(admin, "/admin/organisations/new", "/admin/organisations/new", Unit("dup-a", "甲单位", "140525107"));
        var slug = await HtmlForms.SubmitAsync(admin, "/admin/organisations/new", "/admin/organisations/new", Unit("gaodu", "乙单位", "DUP-B-1"));

        Assert.Equal(HttpStatusCode.BadRequest, code.StatusCode);
        Assert.Contains("该索引号机构代码已被其他单位使用", await code.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, slug.StatusCode);
        Assert.Contains("该网址标识已被其他单位使用", await slug.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_VillageWithoutATownship_Refused400()
    {
        var admin = await factory.AdministratorAsync("org-admin-village");
        var form = Unit("cun-x", "某村", "CUN-X-1");
        form["Kind"] = "Village";

        var response = await HtmlForms.SubmitAsync(admin, "/admin/organisations/new", "/admin/organisations/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("须选择所属乡镇", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_AClerk_Forbidden()
    {
        var clerk = await factory.ClerkAsync("org-clerk", "gaodu");

        var list = await clerk.GetAsync("/admin/organisations");
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", list.Headers.Location!.ToString(), StringComparison.Ordinal);
        var page = await HtmlForms.GetAsync(clerk, "/admin/documents");
        var post = await HtmlForms.PostAsync(clerk, "/admin/organisations/new", page.Token, Unit("evil", "越权单位", "EVIL-1"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", post.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Organisations.AnyAsync(o => o.Slug == "evil")));
    }

    [Fact]
    public async Task Rename_ADocumentPublishedBefore_ShowsTheOldName()
    {
        var admin = await factory.AdministratorAsync("org-admin-rename");
        var id = await AddAsync(admin, Unit("lyj", "泽州县旅游局", "LYJ-0001"));
        var before = await factory.SeedDocumentAsync("lyj", ColumnPaths.StatutoryEmergencies, DocumentStatus.Published, d => d.WithTitle("更名前发布的信息"));
        factory.Time.Advance(TimeSpan.FromDays(2));

        // Two days later the first session is past its absolute lifetime: sign in afresh.
        admin = await factory.AdministratorAsync("org-admin-rename-later");
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime.AddHours(8));
        var renamed = await HtmlForms.SubmitAsync(admin, $"/admin/organisations/{id}", $"/admin/organisations/{id}/rename", new()
        {
            ["Version"] = Text(await VersionAsync(id)),
            ["Name"] = "泽州县文化和旅游局",
            ["EffectiveOn"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("泽州县文化和旅游局", await factory.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.OrganisationNameRecords.CountAsync(r => r.OrganisationId == id)));
        var after = await factory.SeedDocumentAsync("lyj", ColumnPaths.StatutoryEmergencies, DocumentStatus.Published, d => d.WithTitle("更名后发布的信息"));

        var anonymous = factory.CreateBrowserClient();
        var old = await (await anonymous.GetAsync($"/xxgk/doc/{before}")).Content.ReadAsStringAsync();
        var recent = await (await anonymous.GetAsync($"/xxgk/doc/{after}")).Content.ReadAsStringAsync();
        Assert.Contains("泽州县旅游局", old, StringComparison.Ordinal);
        Assert.DoesNotContain("泽州县文化和旅游局", old, StringComparison.Ordinal);
        Assert.Contains("泽州县文化和旅游局", recent, StringComparison.Ordinal);
        Assert.Contains("泽州县旅游局", await (await admin.GetAsync($"/admin/organisations/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_OpenWorkMovesAndTheOldAddressRedirects301()
    {
        var office = await factory.ReviewerAsync("org-office-merge");
        var old = await AddAsync(office, Unit("old-ju", "甲旧局", "OLD-JU-1"));
        var successor = await AddAsync(office, Unit("new-ju", "乙新局", "NEW-JU-1"));
        var draft = await factory.SeedDocumentAsync("old-ju", ColumnPaths.StatutoryEmergencies, DocumentStatus.Submitted);
        var published = await factory.SeedDocumentAsync("old-ju", ColumnPaths.StatutoryEmergencies, DocumentStatus.Published);

        var merged = await HtmlForms.SubmitAsync(office, $"/admin/organisations/{old}", $"/admin/organisations/{old}/merge", new()
        {
            ["Version"] = Text(await VersionAsync(old)),
            ["SuccessorId"] = Text(successor),
            ["MergedOn"] = "2026-11-27",
        });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(successor, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == draft).Select(d => d.OrganisationId).SingleAsync()));
        Assert.Equal(old, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == published).Select(d => d.OrganisationId).SingleAsync()));
        var anonymous = factory.CreateBrowserClient();
        var page = await anonymous.GetAsync("/xxgk/jg/old-ju");
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("/xxgk/jg/new-ju", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/xxgk/doc/{published}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/xxgk/jg/old-ju/ml")).StatusCode);
    }

    [Fact]
    public async Task Merge_StaffAccountsMoveToTheSuccessorTheirSessionsEndAndTheAuditNamesThem()
    {
        var office = await factory.ReviewerAsync("org-office-merge-staff");
        var old = await AddAsync(office, Unit("old-ke", "丙旧科", "OLD-KE-1"));
        var successor = await AddAsync(office, Unit("new-ke", "丁新科", "NEW-KE-1"));
        var oldClerk = await factory.ClerkAsync("old-ke-clerk", "old-ke");
        var draft = await factory.SeedDocumentAsync("old-ke", ColumnPaths.StatutoryEmergencies, DocumentStatus.Draft, d => d.WithTitle("丙旧科未完成的草稿"));
        Assert.Equal(HttpStatusCode.OK, (await oldClerk.GetAsync("/admin/documents")).StatusCode);

        var merged = await HtmlForms.SubmitAsync(office, $"/admin/organisations/{old}", $"/admin/organisations/{old}/merge", new()
        {
            ["Version"] = Text(await VersionAsync(old)),
            ["SuccessorId"] = Text(successor),
            ["MergedOn"] = "2026-11-27",
        });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(successor, await factory.QueryAsync(db => db.Users.Where(u => u.UserName == "old-ke-clerk").Select(u => u.OrganisationId).SingleAsync()));
        var stale = await oldClerk.GetAsync("/admin/documents");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("http://localhost/account/login", stale.Headers.Location!.ToString(), StringComparison.Ordinal);
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "organisation.merge" && a.EntityId == Text(old)).Select(a => a.Summary).SingleAsync());
        Assert.Contains("工作人员账号转入 丁新科：old-ke-clerk", audit, StringComparison.Ordinal);
        var again = factory.CreateBrowserClient();
        await ZezhouWebFactory.SignInAsync(again, "old-ke-clerk");
        Assert.Contains("丙旧科未完成的草稿", await again.GetStringAsync("/admin/documents"), StringComparison.Ordinal);
        Assert.Equal(successor, await factory.QueryAsync(db => db.Documents.Where(d => d.Id == draft).Select(d => d.OrganisationId).SingleAsync()));
    }

    [Fact]
    public async Task Merge_MessagesInHandAndOpenConsultationsMoveWithTheirClock_AnsweredOnesStay_AndTheAuditListsThem()
    {
        var office = await factory.ReviewerAsync("org-office-merge-work");
        var old = await AddAsync(office, Unit("old-chu", "戊旧处", "OLD-CHU-1"));
        var successor = await AddAsync(office, Unit("new-chu", "己新处", "NEW-CHU-1"));
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(factory.Time);
        CitizenMessage Message(int serial)
        {
            var message = new CitizenMessage(
                MessageNumber.Format(MessageKind.Enquiry, today, serial), MessageKind.Enquiry, MessageCategory.Consultation, old, old,
                "合并前收到的留言", "内容", "张三", "13812341234", null, null, true, now, today, today.AddDays(7), Guid.NewGuid().ToString("N"));
            message.Route(old, now, "county", null);
            return message;
        }

        var (inHand, answered, draft, open) = await factory.QueryAsync(async db =>
        {
            var inHand = Message(9101);
            var answered = Message(9102);
            answered.Answer("答复内容", old, "old-chu-clerk", now, today);
            var draft = new Consultation(old, new ConsultationContent("合并前起草的征求意见", "正文", null, null, today.AddDays(1), today.AddDays(31), null, false));
            var open = new Consultation(old, new ConsultationContent("合并前发布的征求意见", "正文", null, null, today, today.AddDays(30), null, false));
            open.Submit(now, "seed");
            open.Approve(now, "seed");
            db.AddRange(inHand, answered, draft, open);
            await db.SaveChangesAsync();
            db.ConsultationComments.Add(open.Comment("合并前收到的意见", null, null, now, today));
            await db.SaveChangesAsync();
            return (inHand.Id, answered.Id, draft.Id, open.Id);
        });
        var due = await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == inHand).Select(m => m.DueOn).SingleAsync());

        var merged = await HtmlForms.SubmitAsync(office, $"/admin/organisations/{old}", $"/admin/organisations/{old}/merge", new()
        {
            ["Version"] = Text(await VersionAsync(old)),
            ["SuccessorId"] = Text(successor),
            ["MergedOn"] = "2026-11-27",
        });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var message = await factory.QueryAsync(db => db.CitizenMessages.Include(m => m.Routings).SingleAsync(m => m.Id == inHand));
        Assert.Equal(successor, message.OrganisationId);
        Assert.Equal(MessageStatus.Assigned, message.Status);
        Assert.Equal(due, message.DueOn);
        Assert.Contains(message.Routings, r => r.FromOrganisationId == old && r.ToOrganisationId == successor && r.Note!.Contains("单位合并", StringComparison.Ordinal));
        Assert.Equal(old, await factory.QueryAsync(db => db.CitizenMessages.Where(m => m.Id == answered).Select(m => m.OrganisationId).SingleAsync()));
        Assert.Equal([successor, successor], await factory.QueryAsync(db => db.Consultations.Where(c => c.Id == draft || c.Id == open).Select(c => c.OrganisationId).ToListAsync()));
        // The unit that took over moderates the comments: they follow their consultation.
        Assert.Equal([successor], await factory.QueryAsync(db => db.ConsultationComments.Where(c => c.ConsultationId == open).Select(c => c.OrganisationId).ToListAsync()));
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "organisation.merge" && a.EntityId == Text(old)).Select(a => a.Summary).SingleAsync());
        Assert.Contains("办理中的留言 1 件", audit, StringComparison.Ordinal);
        Assert.Contains("未完成的征求意见 2 项", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_IntoARetiredUnit_Refused()
    {
        var office = await factory.ReviewerAsync("org-office-retired");
        var unit = await AddAsync(office, Unit("jia-ju", "甲局", "JIA-JU-1"));
        var retired = await AddAsync(office, Unit("yi-ju", "乙局", "YI-JU-1"));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(office, $"/admin/organisations/{retired}", $"/admin/organisations/{retired}/retire", new()
        {
            ["Version"] = Text(await VersionAsync(retired)),
            ["LastDay"] = "2026-10-31",
        })).StatusCode);

        var merged = await HtmlForms.SubmitAsync(office, $"/admin/organisations/{unit}", $"/admin/organisations/{unit}/merge", new()
        {
            ["Version"] = Text(await VersionAsync(unit)),
            ["SuccessorId"] = Text(retired),
            ["MergedOn"] = "2026-11-27",
        });

        Assert.Equal(HttpStatusCode.Conflict, merged.StatusCode);
        Assert.Contains("已撤销，不能作为合并后的单位", await merged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await factory.QueryAsync(db => db.Organisations.Where(o => o.Id == unit).Select(o => o.ValidTo).SingleAsync()));
        // The retired unit's pages stay readable as an archive.
        var archive = await factory.CreateBrowserClient().GetAsync("/xxgk/jg/yi-ju");
        Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
    }
}
