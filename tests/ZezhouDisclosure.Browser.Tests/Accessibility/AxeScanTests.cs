using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZezhouDisclosure.Browser.Tests.Hosting;
using ZezhouDisclosure.Domain.Columns;
using ZezhouDisclosure.Domain.Documents;
using ZezhouDisclosure.Domain.Requests;
using ZezhouDisclosure.Infrastructure.Persistence;

namespace ZezhouDisclosure.Browser.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA rules) on the public pages and the 工作台, as chromium renders them with CJK fonts. A page passes
/// only with zero violations; a failure lists each rule with its impact, the offending elements and axe's advice.
/// </summary>
public sealed class AxeScanTests(AxeScanTests.Fixture fixture) : IClassFixture<AxeScanTests.Fixture>
{
    private static readonly string[] WcagTags = JourneySteps.WcagTags;

    [Theory]
    [InlineData("/")]
    [InlineData("/xxgk")]
    [InlineData("/xxgk/fdzdgknr")]
    [InlineData("/xxgk/zcwj")]
    [InlineData("/jczwgk")]
    [InlineData("/search?q=测试")]
    [InlineData("/search?q=农村人居环境&sort=date")]
    [InlineData("/search?q=测试&org=高都镇&kind=文件")]
    [InlineData("/search?q=火箭发射")]
    [InlineData("/search?q=*")]
    [InlineData("/search")]
    [InlineData("/account/login")]
    [InlineData("/xxgk/ysqgk")]
    [InlineData("/xxgk/ysqgk/apply")]
    [InlineData("/xxgk/ysqgk/query")]
    [InlineData("/jczwgk/xz/gaodu")]
    [InlineData("/jczwgk/xz/gaodu/bzml")]
    [InlineData("/jczwgk/ly/ywjy")]
    [InlineData("/xxgk/jg/gaodu")]
    [InlineData("/xxgk/jg/gaodu/ml")]
    [InlineData("/xxgk/ml")]
    [InlineData("/bs")]
    [InlineData("/bs?rs=birth")]
    [InlineData("/bs/xmt")]
    public async Task Scan_PublicPage_HasNoWcagViolations(string path)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await GotoOkAsync(page, path);

        await AssertNoViolationsAsync(page);
    }

    /// <summary>公众参与: the column, a unit's page, the 列席 and 访谈 columns and the seeded pages (see <see cref="ParticipationPages"/>).</summary>
    [Theory]
    [InlineData("/gzcy")]
    [InlineData("/gzcy/jg/gaodu")]
    [InlineData("/gzcy/lx")]
    [InlineData("/gzcy/ft")]
    [InlineData("consultation-open")]
    [InlineData("consultation-closed")]
    [InlineData("catalogue")]
    [InlineData("catalogue-superseded")]
    [InlineData("attendance")]
    [InlineData("interview")]
    public async Task Scan_ParticipationPage_HasNoWcagViolations(string page)
    {
        await using var context = await fixture.NewContextAsync();
        var tab = await context.NewPageAsync();
        await GotoOkAsync(tab, fixture.Participation.PathOf(page));

        await AssertNoViolationsAsync(tab);
    }

    [Fact]
    public async Task Scan_PublishedDocument_HasNoWcagViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await GotoOkAsync(page, $"/xxgk/doc/{fixture.DocumentId}");

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Scan_ApplicationFormWithErrors_HasNoWcagViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await GotoOkAsync(page, "/xxgk/ysqgk/apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请", Exact = true }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();

        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Scan_HomePageInElderMode_HasNoWcagViolations()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await GotoOkAsync(page, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "长辈版", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "退出长辈版", Exact = true }).WaitForAsync();
        Assert.Contains("mode-elder", await page.Locator("body").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);

        await AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("axe-clerk", "Clerk")]
    [InlineData("axe-reviewer", "Reviewer")]
    public async Task Scan_Workbench_HasNoWcagViolations(string userName, string role)
    {
        await fixture.Portal.CreateUserAsync(userName, role, role == "Clerk" ? "gaodu" : null);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await JourneySteps.SignInAsync(page, userName);
        await page.Locator("h1", new() { HasText = "工作台" }).WaitForAsync();

        await AssertNoViolationsAsync(page);
    }

    /// <summary>Guards the guard: the scan really runs the WCAG rules and the failure text names rule and element.</summary>
    [Fact]
    public async Task Scan_PageWithUnlabelledImage_ReportsViolationWithRuleAndSelector()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await GotoOkAsync(page, "/");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.id = 'no-alt'; img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.getElementById('main').append(img); }");

        var results = await ScanAsync(page);

        var report = Describe(page.Url, results);
        Assert.Contains("- image-alt [critical]", report, StringComparison.Ordinal);
        Assert.Contains("#no-alt", report, StringComparison.Ordinal);
    }

    private static async Task GotoOkAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"GET {path} returned {response.Status}.");
    }

    private static async Task<AxeResult> ScanAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });

        // No passing rule at all would mean axe checked nothing (wrong tags, empty page): never a pass.
        Assert.True(results.Passes.Length > 0, $"axe checked no rule on {page.Url}.");
        return results;
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var results = await ScanAsync(page);
        if (results.Violations.Length > 0)
        {
            Assert.Fail(Describe(page.Url, results));
        }
    }

    /// <summary>One block per rule: id, impact, help and link, then each offending element's selector, HTML and checks.</summary>
    private static string Describe(string url, AxeResult results)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"axe {results.TestEngine?.Version} found {results.Violations.Length} violation(s) on {url}:");
        foreach (var violation in results.Violations)
        {
            text.AppendLine(c, $"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(c, $"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(check => check.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct())
                {
                    text.AppendLine(c, $"       {message}");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The portal with published documents, so that lists, tables and the search results have rows.</summary>
    public sealed class Fixture : PortalBrowserFixture
    {
        public int DocumentId { get; private set; }

        public ParticipationPages.Seeded Participation { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Participation = await ParticipationPages.SeedAsync(Portal);
            DocumentId = await Portal.SeedDocumentAsync("gaodu", ColumnPaths.PolicyDocuments, DocumentStatus.Published, d => d
                .WithTitle("测试：高都镇关于印发农村人居环境整治实施方案的通知")
                .WithDocumentNumber("高政发〔2026〕7号")
                .WithBody("<p>各村（社区）：</p><p>现将《高都镇农村人居环境整治实施方案》印发给你们，请认真贯彻执行。</p>"));
            await Portal.SeedDocumentAsync("gaodu", ColumnPaths.StatutoryRegulations, DocumentStatus.Published);

            // Work for the 工作台 scans: a returned document, a submitted one and an overdue application.
            await Portal.SeedDocumentAsync("gaodu", ColumnPaths.StatutoryOther, DocumentStatus.Returned);
            await Portal.SeedDocumentAsync("gaodu", ColumnPaths.StatutoryOther, DocumentStatus.Submitted);
            await using var scope = Portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var gaodu = await db.Organisations.Where(o => o.Slug == "gaodu").Select(o => o.Id).SingleAsync();
            var received = new DateOnly(2026, 10, 28);
            db.DisclosureRequests.Add(new DisclosureRequest(
                RequestNumber.Format(received, 1), gaodu,
                new ApplicantDetails(ApplicantType.NaturalPerson, "张三", IdDocumentType.ResidentIdCard, "140525199001011235", "13812341234", null, null),
                new RequestedInformation("某村2026年低保名单", InformationForm.Paper, ReceivingMethod.Post), RequestChannel.InPerson, received));
            await db.SaveChangesAsync();
        }
    }
}
