using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Domain.Common;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.Participation;

/// <summary>列席 and 访谈 records over HTTP: entered and published by the unit's clerk, shown in their own columns.</summary>
[Collection(ParticipationCollection.Name)]
public class ParticipationRecordTests(ParticipationWebFactory factory)
{
    private const string Create = "/admin/participationrecords/create";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly Today => ChinaTime.Today(factory.Time);

    private static Dictionary<string, string> Attendance(string title, DateOnly heldOn, string intent, int citizens = 3, int? decision = null) => new()
    {
        ["Version"] = "0",
        ["Kind"] = "Attendance",
        ["Title"] = title,
        ["HeldOn"] = Day(heldOn),
        ["Topics"] = "研究农村人居环境整治实施方案",
        ["Stakeholders"] = "2",
        ["CitizenRepresentatives"] = citizens.ToString(CultureInfo.InvariantCulture),
        ["Experts"] = "1",
        ["Media"] = "1",
        ["DecisionDocumentId"] = decision?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["intent"] = intent,
    };

    private static Dictionary<string, string> Interview(string title, DateOnly heldOn, string guests, string transcript, string video) => new()
    {
        ["Version"] = "0",
        ["Kind"] = "OnlineInterview",
        ["Title"] = title,
        ["HeldOn"] = Day(heldOn),
        ["Topics"] = "解读高都镇惠民政策",
        ["Guests"] = guests,
        ["Transcript"] = transcript,
        ["VideoUrl"] = video,
        ["intent"] = "publish",
    };

    private Task<int> IdOfAsync(string title) => factory.QueryAsync(db => db.ParticipationRecords.Where(r => r.Title == title).Select(r => r.Id).SingleAsync());

    [Fact]
    public async Task Attendance_PublishedByTheClerk_AppearsInTheColumnAndTheUnitPage_WithAttendeesByCategoryAndTheDecision()
    {
        var documentId = await factory.SeedDocumentAsync("gaodu", Domain.Columns.ColumnPaths.StatutoryLivelihood, Domain.Documents.DocumentStatus.Published,
            d => d.WithTitle("高都镇农村人居环境整治实施方案（决策）"));
        var clerk = await factory.ClerkAsync("lx-clerk", "gaodu");

        var draft = await HtmlForms.SubmitAsync(clerk, Create, Create, Attendance("高都镇政府常务会议（草稿）", Today.AddDays(-1), "save"));
        var published = await HtmlForms.SubmitAsync(clerk, Create, Create, Attendance("高都镇政府常务会议", Today.AddDays(-2), "publish", decision: documentId));
        var id = await IdOfAsync("高都镇政府常务会议");
        var draftId = await IdOfAsync("高都镇政府常务会议（草稿）");
        var citizen = factory.CreateBrowserClient();
        var column = await HtmlForms.GetAsync(citizen, "/gzcy/lx");
        var unit = await HtmlForms.GetAsync(citizen, "/gzcy/jg/gaodu");
        var page = await HtmlForms.GetAsync(citizen, $"/gzcy/jl/{id}");
        var draftPage = await citizen.GetAsync($"/gzcy/jl/{draftId}");

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.NotNull(column.Document.QuerySelector($"#attendance a[href='/gzcy/jl/{id}']"));
        Assert.Null(column.Document.QuerySelector($"a[href='/gzcy/jl/{draftId}']"));
        Assert.NotNull(unit.Document.QuerySelector($"#attendance a[href='/gzcy/jl/{id}']"));
        Assert.Equal("利益相关方 2 人，群众代表 3 人，专家 1 人，媒体 1 人（共 7 人）", page.Document.QuerySelector("#attendees")!.TextContent);
        Assert.Equal($"/xxgk/doc/{documentId}", page.Document.QuerySelector("#decision a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, draftPage.StatusCode);
        var actions = await factory.QueryAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "ParticipationRecord" && a.EntityId == id.ToString(CultureInfo.InvariantCulture)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["participation-record.create", "participation-record.publish"], actions);
    }

    [Fact]
    public async Task Interview_WithGuestsAndTranscript_IsPublishedInTheInterviewColumn_AsText()
    {
        var clerk = await factory.ClerkAsync("lx-clerk", "gaodu");

        var response = await HtmlForms.SubmitAsync(clerk, Create, Create,
            Interview("高都镇镇长在线访谈", Today, "高都镇镇长 张三", "主持人：<b>欢迎</b>。\n张三：谢谢。", "https://video.example/zz/1"));
        var id = await IdOfAsync("高都镇镇长在线访谈");
        var column = await HtmlForms.GetAsync(factory.CreateBrowserClient(), "/gzcy/ft");
        var page = await HtmlForms.GetAsync(factory.CreateBrowserClient(), $"/gzcy/jl/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(column.Document.QuerySelector($"#interviews a[href='/gzcy/jl/{id}']"));
        Assert.Equal(["主持人：<b>欢迎</b>。", "张三：谢谢。"], page.Document.QuerySelectorAll("#transcript p").Select(p => p.TextContent));
        Assert.Empty(page.Document.QuerySelectorAll("#transcript b"));
        Assert.Equal("https://video.example/zz/1", page.Document.QuerySelector("#video a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Records_BadInput_IsRefusedWithChineseMessages_AndAnotherUnitsClerkCannotChangeThem()
    {
        var clerk = await factory.ClerkAsync("lx-clerk", "gaodu");

        var nobody = Attendance("无人列席的会议", Today, "save", citizens: 0);
        nobody["Stakeholders"] = nobody["Experts"] = nobody["Media"] = "0";
        var noAttendees = await HtmlForms.SubmitAsync(clerk, Create, Create, nobody);
        var future = await HtmlForms.SubmitAsync(clerk, Create, Create, Attendance("明天的会议", Today.AddDays(1), "save"));
        var noGuests = await HtmlForms.SubmitAsync(clerk, Create, Create, Interview("没有嘉宾的访谈", Today, "", "实录", ""));
        var noTranscript = await HtmlForms.SubmitAsync(clerk, Create, Create, Interview("没有实录的访谈", Today, "嘉宾", "", ""));
        var script = await HtmlForms.SubmitAsync(clerk, Create, Create, Interview("脚本链接的访谈", Today, "嘉宾", "", "javascript:alert(1)"));
        await HtmlForms.SubmitAsync(clerk, Create, Create, Attendance("高都镇村务会议", Today, "publish"));
        var id = await IdOfAsync("高都镇村务会议");
        var other = await factory.ClerkAsync("lx-other", "dayang");
        var edit = await HtmlForms.PostAsync(other, $"/admin/participationrecords/edit/{id}", (await HtmlForms.GetAsync(other, Create)).Token,
            Attendance("改名的会议", Today, "save"));

        Assert.Equal(HttpStatusCode.BadRequest, noAttendees.StatusCode);
        Assert.Contains("列席记录须填写至少一类列席人员的人数。", await noAttendees.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("举行日期不能晚于今天", (await HtmlForms.ParseAsync(future)).QuerySelector("#HeldOn-error")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, noGuests.StatusCode);
        Assert.Equal("访谈记录须填写嘉宾。", (await HtmlForms.ParseAsync(noGuests)).QuerySelector("#Guests-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, noTranscript.StatusCode);
        Assert.Contains("访谈记录须提供文字实录或视频链接。", await noTranscript.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        Assert.Equal("视频链接须为 http 或 https 网址。", (await HtmlForms.ParseAsync(script)).QuerySelector("#VideoUrl-error")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal("高都镇村务会议", await factory.QueryAsync(db => db.ParticipationRecords.Where(r => r.Id == id).Select(r => r.Title).SingleAsync()));
    }
}
