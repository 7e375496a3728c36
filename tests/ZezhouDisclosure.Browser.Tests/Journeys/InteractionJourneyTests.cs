using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// 互动交流 end to end in a real browser: a citizen asks 高都镇 a question (agreeing to publication) and gets a number
/// and a query code; the county office routes it to 高都镇; the 高都镇 clerk answers; the county office publishes the
/// answer; the citizen reads it with the query code and finds it in the public 答复 list. The public pages pass axe
/// (and the 长辈版 measurements) in normal and 长辈版 modes.
/// </summary>
public sealed class InteractionJourneyTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Clerk = "hd-gaodu-clerk";
    private const string Reviewer = "hd-county-office";
    private const string Title = "高都镇冬季供暖开始时间咨询";

    [Fact]
    public async Task Journey_CitizenAsksGaodu_CountyRoutes_ClerkAnswers_CitizenReadsAndFindsItPublished()
    {
        var portal = fixture.Portal;
        await portal.CreateClerkAsync(Clerk, "gaodu");
        await portal.CreateReviewerAsync(Reviewer);

        string number, code;
        await using (var citizen = await fixture.NewContextAsync(Viewing.Desktop))
        {
            var page = await citizen.NewPageAsync();
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "我要留言", Exact = true }).First.ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "我要留言" }).WaitForAsync();
            await CheckPageAsync(page, Viewing.Desktop);
            await page.GetByLabel("留言类别").SelectOptionAsync(new SelectOptionValue { Label = "咨询" });
            await page.GetByLabel("留言对象").SelectOptionAsync(new SelectOptionValue { Label = "高都镇" });
            await page.GetByLabel("标题").FillAsync(Title);
            await page.GetByRole(AriaRole.Textbox, new() { Name = "内容" }).FillAsync("请问高都镇今年冬季集中供暖从哪天开始？");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "姓名" }).FillAsync("赵六");
            await page.GetByLabel("联系电话").FillAsync("13800003333");
            await page.GetByLabel("同意公开我的留言内容和答复（不公开姓名和联系方式）").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交留言" }).ClickAsync();

            await page.GetByRole(AriaRole.Heading, new() { Name = "留言已提交" }).WaitForAsync();
            await CheckPageAsync(page, Viewing.Desktop);
            number = (await page.Locator("#message-number").InnerTextAsync()).Trim();
            code = (await page.Locator("#query-code").InnerTextAsync()).Trim();
        }

        await using (var staff = await fixture.NewContextAsync())
        {
            var page = await staff.NewPageAsync();
            await SignInAsync(page, Reviewer);
            await page.GotoAsync("/admin/messages?filter=Triage");
            await page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();
            await AssertNoAxeViolationsAsync(page);
            // A unit whose staff have no notification address is marked “（无通知邮箱）” after its name.
            var gaodu = await page.Locator("#route-ToOrganisationId option", new() { HasTextRegex = new Regex("^高都镇(（无通知邮箱）)?$") }).GetAttributeAsync("value");
            await page.GetByLabel("承办单位").SelectOptionAsync(new SelectOptionValue { Value = gaodu });
            await page.GetByRole(AriaRole.Button, new() { Name = "分办", Exact = true }).ClickAsync();
            Assert.Equal("已分办。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            var caseUrl = page.Url;
            await SignOutAsync(page);

            await SignInAsync(page, Clerk);
            await page.GotoAsync("/admin");
            await page.Locator("#messages-panel").GetByRole(AriaRole.Link, new() { Name = number + " " + Title + "（办理中）" }).ClickAsync();
            await AssertNoAxeViolationsAsync(page);
            await page.GetByLabel("答复内容").FillAsync("高都镇今年冬季集中供暖自11月15日开始，至次年3月15日结束。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
            Assert.Equal("已答复", await page.Locator("#message-status").InnerTextAsync());
            await SignOutAsync(page);

            await SignInAsync(page, Reviewer);
            await page.GotoAsync(caseUrl);
            await page.GetByRole(AriaRole.Button, new() { Name = "公开答复" }).ClickAsync();
            Assert.Equal("答复已公开。", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            await SignOutAsync(page);
        }

        foreach (var viewing in new[] { Viewing.Desktop, Viewing.ElderPhone })
        {
            await using var citizen = await fixture.NewContextAsync(viewing);
            var page = await citizen.NewPageAsync();
            await page.GotoAsync("/hdjl/query");
            await page.GetByLabel("留言编号").FillAsync(number);
            await page.GetByLabel("查询码").FillAsync(code);
            await page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
            Assert.Contains("11月15日开始", await page.Locator("#message-reply").InnerTextAsync());
            Assert.Equal("高都镇", await page.Locator("#message-unit").InnerTextAsync());
            await CheckPageAsync(page, viewing);

            await page.GotoAsync("/hdjl");
            Assert.Contains(number, await page.Locator("#answer-list").InnerTextAsync());
            Assert.DoesNotContain("赵六", await page.Locator("#answer-list").InnerTextAsync());
            await CheckPageAsync(page, viewing);
            // The published answer's own page (the search results link to it).
            await page.Locator("#answer-list").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            Assert.Contains("11月15日开始", await page.Locator("#answer-reply").InnerTextAsync());
            Assert.DoesNotContain("赵六", await page.Locator("#published-answer").InnerTextAsync());
            await CheckPageAsync(page, viewing);
            foreach (var url in new[] { "/hdjl/ly", "/hdjl/zc?url=%2Fxxgk" })
            {
                await page.GotoAsync(url);
                await CheckPageAsync(page, viewing);
            }

            // The form's errors pass too.
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Alert).WaitForAsync();
            await CheckPageAsync(page, viewing);
        }
    }
}
