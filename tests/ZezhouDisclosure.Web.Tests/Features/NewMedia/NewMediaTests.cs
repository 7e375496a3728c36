using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ZezhouDisclosure.Application.NewMedia;
using ZezhouDisclosure.Application.Common.Oversight;
using Microsoft.Extensions.DependencyInjection;
using ZezhouDisclosure.Domain.NewMedia;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Web.Tests.Features.NewMedia;

/// <summary>政务新媒体: registration, duplicates refused, closure with a notice, monthly checks, the public 矩阵 and the inspector's rules.</summary>
public class NewMediaTests(ZezhouWebFactory factory) : IClassFixture<ZezhouWebFactory>
{
    private static Dictionary<string, string> Account(string name, string id, string platform = nameof(NewMediaPlatform.WeChat)) => new()
    {
        ["Platform"] = platform,
        ["Name"] = name,
        ["AccountId"] = id,
        ["ResponsiblePerson"] = "张明",
        ["OpenedOn"] = "2025-01-01",
        ["Approval"] = "县政务公开办审批",
    };

    private static async Task<int> RegisterAsync(HttpClient clerk, Dictionary<string, string> fields)
    {
        var response = await HtmlForms.SubmitAsync(clerk, "/admin/new-media/new", "/admin/new-media/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Register_SameIdTwice_IsRefusedWithTheHolder()
    {
        var clerk = await factory.ClerkAsync("xmt-dup", "gaodu");
        await RegisterAsync(clerk, Account("泽州高都镇发布", "gaodu_dup_test"));

        var again = await HtmlForms.SubmitAsync(clerk, "/admin/new-media/new", "/admin/new-media/new", Account("高都镇另一个", "gaodu_dup_test"));

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("该微信公众号账号ID已登记（高都镇“泽州高都镇发布”），不能重复登记。", (await HtmlForms.ParseAsync(again)).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Close_WithoutNotice_IsRefused_WithNotice_ShowsOnTheMatrix()
    {
        var clerk = await factory.ClerkAsync("xmt-close", "gaodu");
        var id = await RegisterAsync(clerk, Account("高都镇关停测试", "gaodu_close_test", nameof(NewMediaPlatform.Douyin)));
        var version = await factory.QueryAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var fields = new Dictionary<string, string>
        {
            ["Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Status"] = nameof(NewMediaAccountStatus.Closed),
            ["ClosedOn"] = "2026-01-05",
            ["ClosureNotice"] = "",
        };

        var refused = await HtmlForms.SubmitAsync(clerk, $"/admin/new-media/{id}", $"/admin/new-media/{id}/close", fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("关停或注销账号须填写向公众发布的关停公告", (await HtmlForms.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);

        fields["ClosureNotice"] = "因职能调整，本账号停止更新，请关注泽州县人民政府门户网站。";
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/new-media/{id}", $"/admin/new-media/{id}/close", fields)).StatusCode);

        var matrix = await HtmlForms.GetAsync(factory.CreateClient(), "/bs/xmt");
        Assert.Contains("高都镇关停测试", matrix.Document.QuerySelector("#closed")!.ParentElement!.TextContent);
        Assert.Contains("因职能调整", matrix.Document.QuerySelector("#closed")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task Checks_FlagStaleSecondAndMisnamedAccounts_AndTheYearIsCountedByPlatform()
    {
        var clerk = await factory.ClerkAsync("xmt-rules", "dayang");
        var first = await RegisterAsync(clerk, Account("泽州大阳镇", "dayang_one"));
        var second = await RegisterAsync(clerk, Account("古镇大阳", "dayang_two"));
        var recorded = await HtmlForms.SubmitAsync(clerk, $"/admin/new-media/{first}", $"/admin/new-media/{first}/check", new()
        {
            ["Year"] = "2026",
            ["Month"] = "10",
            ["LastPostOn"] = ChinaToday().AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["InteractionsReceived"] = "4",
            ["InteractionsAnswered"] = "4",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        using var scope = factory.Services.CreateScope();
        var checks = scope.ServiceProvider.GetServices<IComplianceCheck>().ToList();
        var context = new ComplianceCheckContext(factory.Time.GetUtcNow(), [await factory.OrganisationIdAsync("dayang")]);
        async Task<IReadOnlyList<ComplianceObservation>> Run(string code) => await checks.Single(c => c.Code == code).RunAsync(context, CancellationToken.None);

        var stale = await Run("newmedia.stale");
        Assert.Equal([$"newmedia:{second}"], stale.Select(o => o.Subject));
        Assert.Equal(FindingSeverity.Veto, stale[0].Severity);
        Assert.Single(await Run("newmedia.duplicate-platform"));
        var named = Assert.Single(await Run("newmedia.name"));
        Assert.Equal($"newmedia-name:{second}", named.Subject);

        var counts = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(
            new CountNewMediaAccountsByPlatformQuery(2026, await factory.OrganisationIdAsync("dayang")));
        Assert.Equal([new NewMediaPlatformCount(NewMediaPlatform.WeChat, 2)], counts);
    }

    [Fact]
    public async Task Edit_RenameAndNewResponsiblePerson_IsInTheHistory_TheMatrixShowsTheNewName()
    {
        var clerk = await factory.ClerkAsync("xmt-edit", "shanhe");
        var id = await RegisterAsync(clerk, Account("泽州山河镇", "shanhe_edit"));
        var anonymous = factory.CreateClient();
        Assert.Contains("泽州山河镇", (await HtmlForms.GetAsync(anonymous, "/bs/xmt")).Document.Body!.TextContent);
        var form = await HtmlForms.GetAsync(clerk, $"/admin/new-media/{id}/edit");
        Assert.Equal("泽州山河镇", form.Document.QuerySelector("input[name='Name']")!.GetAttribute("value"));
        var fields = Account("山河镇发布", "shanhe_edit");
        fields["ResponsiblePerson"] = "李华";
        fields["Operator"] = "镇党政办";
        fields["Version"] = form.Document.QuerySelector("input[name='Version']")!.GetAttribute("value")!;

        var saved = await HtmlForms.PostAsync(clerk, $"/admin/new-media/{id}/edit", form.Token, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await HtmlForms.GetAsync(clerk, $"/admin/new-media/{id}");
        Assert.Equal("李华", page.Document.QuerySelector("#account-responsible")!.TextContent.Trim());
        var history = page.Document.QuerySelector("#account-history")!.TextContent;
        Assert.Contains("账号名称：泽州山河镇 → 山河镇发布", history);
        Assert.Contains("负责人：张明 → 李华", history);
        Assert.Contains("使用（运维）：未填写 → 镇党政办", history);
        Assert.Contains("登记政务新媒体账号", history);
        var matrix = (await HtmlForms.GetAsync(anonymous, "/bs/xmt")).Document.Body!.TextContent;
        Assert.Contains("山河镇发布", matrix);
        Assert.DoesNotContain("泽州山河镇", matrix);

        // The same form again changes nothing (refused), and a stale version is a conflict.
        var unchanged = await HtmlForms.PostAsync(clerk, $"/admin/new-media/{id}/edit", form.Token, new(fields)
        {
            ["Name"] = "山河镇发布",
            ["Version"] = (await factory.QueryAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.Version).SingleAsync())).ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.BadRequest, unchanged.StatusCode);
        Assert.Contains("没有修改任何登记内容。", (await HtmlForms.ParseAsync(unchanged)).QuerySelector(".error-summary")!.TextContent);
        var stale = await HtmlForms.PostAsync(clerk, $"/admin/new-media/{id}/edit", form.Token, new(fields) { ["Name"] = "山河镇发布二" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Edit_AnotherUnitsAccountOrATakenId_IsRefused()
    {
        var owner = await factory.ClerkAsync("xmt-edit-owner", "daji");
        var id = await RegisterAsync(owner, Account("泽州大箕镇", "daji_edit"));
        await RegisterAsync(owner, Account("大箕镇便民", "daji_taken", nameof(NewMediaPlatform.Weibo)));
        var version = await factory.QueryAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var fields = Account("大箕镇改名", "daji_edit");
        fields["Version"] = version.ToString(CultureInfo.InvariantCulture);

        var other = await factory.ClerkAsync("xmt-edit-other", "nancun");
        var token = (await HtmlForms.GetAsync(other, "/admin/new-media/new")).Token;
        var refused = await HtmlForms.PostAsync(other, $"/admin/new-media/{id}/edit", token, fields);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/new-media/{id}/edit")).StatusCode);
        Assert.Equal("泽州大箕镇", await factory.QueryAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync()));

        var taken = await HtmlForms.SubmitAsync(owner, $"/admin/new-media/{id}/edit", $"/admin/new-media/{id}/edit", new(fields)
        {
            ["Platform"] = nameof(NewMediaPlatform.Weibo),
            ["AccountId"] = "daji_taken",
        });
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("该微博账号ID已登记（大箕镇“大箕镇便民”），不能重复登记。", (await HtmlForms.ParseAsync(taken)).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task SelfCheckFigures_CountRunningClosedAndTheMonthsChecks()
    {
        var clerk = await factory.ClerkAsync("xmt-figures", "beiyicheng");
        var kept = await RegisterAsync(clerk, Account("泽州北义城镇", "beiyicheng_one"));
        var closed = await RegisterAsync(clerk, Account("北义城镇便民", "beiyicheng_two", nameof(NewMediaPlatform.Douyin)));
        var today = ChinaToday();
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/new-media/{kept}", $"/admin/new-media/{kept}/check", new()
        {
            ["Year"] = lastMonth.Year.ToString(CultureInfo.InvariantCulture),
            ["Month"] = lastMonth.Month.ToString(CultureInfo.InvariantCulture),
            ["LastPostOn"] = today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["InteractionsReceived"] = "5",
            ["InteractionsAnswered"] = "3",
            ["Problems"] = "两周以上未更新",
            ["Rectification"] = "已安排专人每周更新",
        })).StatusCode);
        var version = await factory.QueryAsync(db => db.NewMediaAccounts.Where(a => a.Id == closed).Select(a => a.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForms.SubmitAsync(clerk, $"/admin/new-media/{closed}", $"/admin/new-media/{closed}/close", new()
        {
            ["Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Status"] = nameof(NewMediaAccountStatus.Cancelled),
            ["ClosedOn"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ClosureNotice"] = "因账号整合，本账号注销，请关注“泽州北义城镇”公众号。",
        })).StatusCode);

        using var scope = factory.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<ISelfCheckFigureSource>().OfType<NewMediaSelfCheckFigures>().Single();
        var unit = await factory.OrganisationIdAsync("beiyicheng");
        var thisMonth = await source.ForMonthAsync(unit, today.Year, today.Month, CancellationToken.None);
        var previous = await source.ForMonthAsync(unit, lastMonth.Year, lastMonth.Month, CancellationToken.None);

        Assert.Equal(
            [("月末运行账号", 1m), ("本月开设账号", 0m), ("本月关停或注销账号", 1m), ("已登记月度检查", 0m), ("检查时两周以上未更新", 0m), ("收到互动", 0m), ("已回应互动", 0m)],
            thisMonth.Select(f => (f.Label, f.Value)));
        Assert.Equal(
            [("月末运行账号", 2m), ("本月开设账号", 0m), ("本月关停或注销账号", 0m), ("已登记月度检查", 1m), ("检查时两周以上未更新", 1m), ("收到互动", 5m), ("已回应互动", 3m)],
            previous.Select(f => (f.Label, f.Value)));
        Assert.All(thisMonth, f => Assert.Equal(NewMediaSelfCheckFigures.Group, f.Group));
    }

    private DateOnly ChinaToday() => Domain.Common.ChinaTime.Today(factory.Time);
}
