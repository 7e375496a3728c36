using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Journeys;

/// <summary>
/// The citizen's journey on a desktop, on a 390 px phone and in 长辈版 on that phone: browse from the home page to a
/// policy document and read it, find it again with the site search, apply for information and look the application
/// up with its number and query code. Every page on the way passes <see cref="JourneySteps.CheckPageAsync"/> (axe,
/// no sideways scrolling, and in 长辈版 the measured type, targets and contrast); the document's 署名 and 成文日期
/// are set flush right.
/// </summary>
public sealed partial class CitizenJourneyTests(CitizenJourneyTests.Fixture fixture) : IClassFixture<CitizenJourneyTests.Fixture>
{
    private const string Title = "高都镇关于印发农村人居环境整治提升实施方案的通知";

    [Theory]
    [MemberData(nameof(Viewing.Names), MemberType = typeof(Viewing))]
    public async Task CitizenJourney_BrowseReadSearchApplyQuery_EveryPagePassesTheChecks(string viewingName)
    {
        var viewing = Viewing.Named(viewingName);
        await using var context = await fixture.NewContextAsync(viewing);
        var page = await context.NewPageAsync();

        // Browse: home → 政府信息公开 → 政策文件 → the document.
        await page.GotoAsync("/");
        await CheckPageAsync(page, viewing);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })
            .GetByRole(AriaRole.Link, new() { Name = "政府信息公开", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/xxgk$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await CheckPageAsync(page, viewing);
        await page.GotoAsync("/xxgk/zcwj");
        await CheckPageAsync(page, viewing);
        await page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/xxgk/doc/\d+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await CheckPageAsync(page, viewing);
        await AssertFlushRightAsync(page, "泽州县高都镇人民政府");
        await AssertFlushRightAsync(page, "2026年3月5日");

        // Search for it from the header.
        await page.GetByRole(AriaRole.Search, new() { Name = "站内搜索" }).GetByRole(AriaRole.Searchbox).FillAsync("人居环境整治");
        await page.GetByRole(AriaRole.Search, new() { Name = "站内搜索" }).GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/search\\?"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Link, new() { Name = Title }).First.WaitForAsync();
        await CheckPageAsync(page, viewing);

        // Apply for information.
        await page.GotoAsync("/xxgk/ysqgk");
        await CheckPageAsync(page, viewing);
        await page.GotoAsync("/xxgk/ysqgk/apply");
        await CheckPageAsync(page, viewing);
        await page.Locator("#OrganisationId").SelectOptionAsync(new SelectOptionValue { Label = "高都镇" });
        await page.Locator("input[name=ApplicantType][value=NaturalPerson]").CheckAsync();
        await page.Locator("#ApplicantName").FillAsync("周九");
        await page.Locator("#IdType").SelectOptionAsync(new SelectOptionValue { Label = "居民身份证" });
        await page.Locator("#IdNumber").FillAsync("140525199001011235");
        await page.Locator("#Phone").FillAsync("13800003333");
        await page.Locator("#Description").FillAsync("高都镇2026年农村人居环境整治提升项目的资金使用情况");
        await page.Locator("input[name=Form][value=Paper]").CheckAsync();
        await page.Locator("input[name=ReceivingMethod][value=Collect]").CheckAsync();
        await page.Locator("#PrivacyAccepted").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请", Exact = true }).ClickAsync();
        var submitted = page.GetByRole(AriaRole.Heading, new() { Name = "申请已提交" });
        await submitted.Or(page.Locator(".error-summary")).First.WaitForAsync();
        Assert.True(await submitted.IsVisibleAsync(), "The application was refused: " + await page.Locator("main").InnerTextAsync());
        await CheckPageAsync(page, viewing);
        var number = (await page.Locator("#request-number").InnerTextAsync()).Trim();
        var code = (await page.Locator("#query-code").InnerTextAsync()).Trim();

        // Look it up.
        await page.GotoAsync("/xxgk/ysqgk/query");
        await CheckPageAsync(page, viewing);
        await page.GetByLabel("申请编号").FillAsync(number);
        await page.GetByLabel("查询码").FillAsync(code);
        await page.GetByLabel("查询码").PressAsync("Enter");
        await page.Locator("#request-status").WaitForAsync();
        await CheckPageAsync(page, viewing);
    }

    /// <summary>The paragraph's text ends near the right edge of the document body, and its text is aligned right.</summary>
    private static async Task AssertFlushRightAsync(IPage page, string text)
    {
        var paragraph = page.Locator(".doc-body p", new() { HasTextString = text }).Last;
        var align = await paragraph.EvaluateAsync<string>("p => getComputedStyle(p).textAlign");
        var gap = await paragraph.EvaluateAsync<double>(
            """
            p => {
              const range = document.createRange(); range.selectNodeContents(p);
              return p.closest('.doc-body').getBoundingClientRect().right - range.getBoundingClientRect().right;
            }
            """);
        Assert.Equal("right", align);
        var fontSize = await paragraph.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");
        Assert.True(gap <= 3 * fontSize, $"“{text}” ends {gap} px before the right edge of the text.");
    }

    /// <summary>A published 政策文件 of 高都镇 whose body ends with the 署名 and 成文日期.</summary>
    public sealed class Fixture : PortalBrowserFixture
    {
        protected override async Task SeedAsync() =>
            await Portal.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d
                .WithTitle(Title)
                .WithDocumentNumber("高政发〔2026〕9号")
                .WithBody("<p>各村（社区）：</p><p>现将《高都镇农村人居环境整治提升实施方案》印发给你们，请认真贯彻执行。</p><p>泽州县高都镇人民政府</p><p>2026年3月5日</p><p>（此件公开发布）</p>"));
    }
}
