using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using static ZezhouDisclosure.Browser.Tests.Hosting.JourneySteps;

namespace ZezhouDisclosure.Browser.Tests.Accessibility;

/// <summary>
/// 长辈版 judged by what chromium renders, not by a class: the 长辈版 link really takes body text from 16 to 24 px,
/// and public page types pass <see cref="JourneySteps.CheckPageAsync"/> in 长辈版 at 200 % zoom (640 px). The
/// journeys (<c>CitizenJourneyTests</c>, <c>PublishJourneyTests</c>) check the other pages in 长辈版 on a 390 px phone.
/// </summary>
public sealed class ElderModeTests(ElderModeTests.Fixture fixture) : IClassFixture<ElderModeTests.Fixture>
{
    [Fact]
    public async Task ElderLink_OnAPage_EnlargesRenderedTextFrom16To24Pixels()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/xxgk/zcwj");
        var before = await PageMeasurements.TakeAsync(page);
        var headingBefore = await FontSizeAsync(page, "h1");
        var navBefore = await FontSizeAsync(page, ".main-nav a");

        await page.GetByRole(AriaRole.Link, new() { Name = "长辈版", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "退出长辈版", Exact = true }).WaitForAsync();
        var after = await PageMeasurements.TakeAsync(page);

        Assert.Equal(16, before.BodyFont);
        Assert.Equal(24, after.BodyFont);
        Assert.Equal(24, after.RootFont);
        Assert.True(after.MinFont >= PageMeasurements.ElderMinimumPixels, after.Describe(page.Url));
        Assert.True(await FontSizeAsync(page, "h1") > headingBefore, "The heading did not grow.");
        Assert.True(await FontSizeAsync(page, ".main-nav a") > navBefore, "The main menu did not grow.");

        await page.GetByRole(AriaRole.Link, new() { Name = "退出长辈版", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "长辈版", Exact = true }).WaitForAsync();
        Assert.Equal(16, (await PageMeasurements.TakeAsync(page)).BodyFont);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/xxgk/jg/gaodu")]
    [InlineData("/jczwgk")]
    [InlineData("/jczwgk/xz/gaodu/bzml")]
    [InlineData("/sitemap")]
    [InlineData("document")]
    public async Task ElderMode_PublicPageAtTwiceZoom_PassesTheMeasuredChecks(string path)
    {
        await using var context = await fixture.NewContextAsync(Viewing.ElderDesktopZoomed);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path == "document" ? $"/xxgk/doc/{fixture.DocumentId}" : path);
        Assert.True(response?.Ok, $"GET {path} returned {response?.Status}.");

        await CheckPageAsync(page, Viewing.ElderDesktopZoomed);
    }

    /// <summary>公众参与 pages in 长辈版 (see <see cref="ParticipationPages"/>), axe with enhanced contrast included.</summary>
    [Theory]
    [InlineData("/gzcy/jg/gaodu")]
    [InlineData("/gzcy/lx")]
    [InlineData("/gzcy/ft")]
    [InlineData("consultation-open")]
    [InlineData("consultation-closed")]
    [InlineData("catalogue")]
    [InlineData("catalogue-superseded")]
    [InlineData("attendance")]
    [InlineData("interview")]
    public async Task ElderMode_ParticipationPageAtTwiceZoom_PassesTheMeasuredChecks(string pageName)
    {
        var path = fixture.Participation.PathOf(pageName);
        await using var context = await fixture.NewContextAsync(Viewing.ElderDesktopZoomed);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"GET {path} returned {response?.Status}.");

        await CheckPageAsync(page, Viewing.ElderDesktopZoomed);
    }

    private static Task<double> FontSizeAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");

    public sealed class Fixture : PortalBrowserFixture
    {
        public int DocumentId { get; private set; }

        public ParticipationPages.Seeded Participation { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Participation = await ParticipationPages.SeedAsync(Portal);
            DocumentId = await Portal.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d
                .WithTitle("高都镇关于开展2026年农村人居环境整治“回头看”工作的通知")
                .WithDocumentNumber("高政办发〔2026〕140525107000012号")
                .WithBody("<p>各村（社区）：</p><p>请对照清单逐项整改，并于12月20日前报送整改情况。</p><p>泽州县高都镇人民政府办公室</p><p>2026年11月18日</p>"));
        }
    }
}
