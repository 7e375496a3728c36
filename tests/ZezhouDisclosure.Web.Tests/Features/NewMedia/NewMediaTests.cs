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

    private DateOnly ChinaToday() => Domain.Common.ChinaTime.Today(factory.Time);
}
