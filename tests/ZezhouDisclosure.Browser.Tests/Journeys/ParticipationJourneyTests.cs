using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.Domain.Common;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// 公众参与 as people do it, in a real browser: 高都镇's clerk opens a 征求意见, the county reviewer publishes it, a
/// citizen comments without an account, the clerk publishes the comment, and after closing writes the 采纳情况, which the
/// reviewer publishes; the citizen reads the adopted and not-adopted reasons. Every page passes
/// <see cref="JourneySteps.CheckPageAsync"/> (axe and, in 长辈版, the measured type, targets and contrast).
/// </summary>
public sealed class ParticipationJourneyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Clerk = "gaodu-gzcy";
    private const string Reviewer = "county-gzcy";

    /// <summary>The normal site and 长辈版.</summary>
    public static TheoryData<string> Modes => new() { Viewing.Desktop.Name, Viewing.ElderPhone.Name };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task ParticipationJourney_OpenCommentModerateFeedback_CitizenSeesTheReasons(string viewingName)
    {
        var viewing = Viewing.Named(viewingName);
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);
        await portal.SetUnitSignOffAsync("gaodu", enabled: false);
        var title = $"关于《高都镇集镇绿化管护办法（征求意见稿）》公开征求意见的公告（{viewing.Label}）";
        var today = ChinaTime.Today(portal.Time);
        var closes = today.AddDays(29);

        await using var staff = await fixture.NewContextAsync(viewing);
        var desk = await staff.NewPageAsync();
        await using var citizenContext = await fixture.NewContextAsync(viewing);
        var citizen = await citizenContext.NewPageAsync();

        // The clerk writes the consultation and submits it.
        await SignInAsync(desk, Clerk);
        await Workbench(desk).GetByRole(AriaRole.Link, new() { Name = "公众参与", Exact = true }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/admin/consultations$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await CheckPageAsync(desk, viewing);
        await desk.GetByRole(AriaRole.Link, new() { Name = "新建征求意见" }).ClickAsync();
        await desk.GetByLabel("标题").WaitForAsync();
        await CheckPageAsync(desk, viewing);
        await desk.GetByLabel("标题").FillAsync(title);
        await desk.GetByLabel("征求意见稿").FillAsync("第一条 为加强集镇绿化管护，制定本办法。\n第二条 临街商户负责门前绿地的日常管护。");
        await desk.GetByLabel("起草说明").FillAsync("根据群众反映集镇绿地缺乏管护的问题起草。");
        await desk.GetByLabel("开始日期").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await desk.GetByLabel("截止日期").FillAsync(closes.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await desk.GetByRole(AriaRole.Button, new() { Name = "保存并提交审核", Exact = true }).ClickAsync();
        await desk.WaitForURLAsync(new Regex(@"/admin/consultations/details/\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("已保存并提交审核。", await desk.GetByRole(AriaRole.Status).InnerTextAsync());
        await CheckPageAsync(desk, viewing);
        var details = desk.Url;
        await SignOutAsync(desk);

        // The county reviewer publishes it.
        await SignInAsync(desk, Reviewer);
        await desk.GotoAsync(details);
        await CheckPageAsync(desk, viewing);
        await desk.GetByRole(AriaRole.Button, new() { Name = "审核通过并发布" }).ClickAsync();
        await desk.GetByRole(AriaRole.Status).Filter(new() { HasText = "征求意见已发布" }).WaitForAsync();
        await SignOutAsync(desk);

        // A citizen finds it under 公众参与 and comments.
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })
            .GetByRole(AriaRole.Link, new() { Name = "公众参与", Exact = true }).ClickAsync();
        await citizen.WaitForURLAsync(new Regex("/gzcy$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await CheckPageAsync(citizen, viewing);
        await citizen.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await citizen.WaitForURLAsync(new Regex(@"/gzcy/zqyj/\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await CheckPageAsync(citizen, viewing);
        var consultationUrl = citizen.Url;
        await citizen.GetByRole(AriaRole.Link, new() { Name = "发表意见" }).ClickAsync();
        await citizen.GetByLabel("意见内容").WaitForAsync();
        await CheckPageAsync(citizen, viewing);
        await citizen.GetByLabel("意见内容").FillAsync("建议由镇政府统一聘请养护人员，商户负担过重。<b>请考虑</b>");
        await citizen.GetByLabel("姓名").FillAsync("赵六");
        await citizen.GetByLabel("联系方式（电话或电子邮箱）").FillAsync("13800006666");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交意见" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Heading, new() { Name = "意见已提交" }).WaitForAsync();
        await CheckPageAsync(citizen, viewing);

        // The clerk publishes the comment.
        await SignInAsync(desk, Clerk);
        await desk.GotoAsync(details);
        await CheckPageAsync(desk, viewing);
        await desk.Locator("#comments li", new() { HasTextString = "赵六" }).GetByRole(AriaRole.Button, new() { Name = "公开", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Status).Filter(new() { HasText = "意见已公开" }).WaitForAsync();
        await SignOutAsync(desk);
        await citizen.GotoAsync(consultationUrl);
        Assert.Contains("建议由镇政府统一聘请养护人员，商户负担过重。<b>请考虑</b>", await citizen.Locator("#comments").InnerTextAsync());
        Assert.DoesNotContain("13800006666", await citizen.ContentAsync());

        // After closing (Beijing time), the clerk writes the 采纳情况 and submits it.
        portal.Time.SetUtcNow(new DateTimeOffset(closes.AddDays(1).ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset));
        await SignInAsync(desk, Clerk);
        await desk.GotoAsync(details);
        await desk.Locator("#Received").FillAsync("2");
        await desk.Locator("#Adopted").FillAsync("1");
        await desk.Locator("#PartlyAdopted").FillAsync("0");
        await desk.Locator("#NotAdopted").FillAsync("1");
        await desk.GetByLabel("采纳情况及理由").FillAsync("一、关于统一聘请养护人员的意见，予以采纳。\n二、关于取消商户管护责任的意见，未采纳，理由：门前三包责任由县级文件规定。");
        await desk.GetByRole(AriaRole.Button, new() { Name = "提交审核", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Status).Filter(new() { HasText = "反馈已提交审核" }).WaitForAsync();
        await CheckPageAsync(desk, viewing);
        await SignOutAsync(desk);

        // The reviewer publishes it.
        await SignInAsync(desk, Reviewer);
        await desk.GotoAsync(details);
        await desk.GetByRole(AriaRole.Button, new() { Name = "审核通过并公布" }).ClickAsync();
        await desk.GetByRole(AriaRole.Status).Filter(new() { HasText = "反馈已公布" }).WaitForAsync();
        await SignOutAsync(desk);

        // The citizen reads what was adopted and why not.
        await citizen.GotoAsync(consultationUrl);
        await CheckPageAsync(citizen, viewing);
        Assert.Equal("共收到意见 2 条，其中采纳 1 条，部分采纳 0 条，未采纳 1 条。", await citizen.Locator("#feedback-counts").InnerTextAsync());
        Assert.Contains("未采纳，理由：门前三包责任由县级文件规定。", await citizen.Locator("#feedback-text").InnerTextAsync());
        Assert.Equal("已截止", await citizen.Locator("#phase").InnerTextAsync());
    }
}
