using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ZezhouDisclosure.TestKit.Web;

namespace ZezhouDisclosure.Browser.Tests.Hosting;

/// <summary>
/// The steps every browser journey shares: staff sign-in and sign-out through the real pages, the workbench menu,
/// and the axe scan (WCAG 2.1 A/AA). One place, so a fix to a wait reaches every journey.
/// </summary>
public static partial class JourneySteps
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Signs a staff member in: follows the header's 工作人员登录 link when the page has one (else opens the login
    /// page), fills the form, and waits for the workbench. On a time-out it says where the browser ended up.
    /// </summary>
    public static async Task SignInAsync(IPage page, string userName, string password = ZezhouWebFactory.Password)
    {
        if (!page.Url.EndsWith("/account/login", StringComparison.Ordinal))
        {
            var link = page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录", Exact = true });
            if (await link.CountAsync() > 0)
            {
                await link.ClickAsync();
            }
            else
            {
                await page.GotoAsync("/account/login");
            }
        }

        await page.GetByLabel("登录名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        try
        {
            // Waits for the workbench's own navigation in the DOM rather than for a navigation event: on a busy
            // machine the browser was seen showing the loaded /admin page while WaitForURL still waited for its
            // DOMContentLoaded (and, before that, for its load event).
            await Workbench(page).WaitForAsync();
            if (!WorkbenchUrl().IsMatch(page.Url))
            {
                throw new TimeoutException("The workbench navigation appeared outside /admin.");
            }
        }
        catch (TimeoutException ex)
        {
            var text = await page.Locator("main").First.InnerTextAsync(new() { Timeout = 5000 })
                .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(no main)", TaskScheduler.Default);
            throw new InvalidOperationException(
                $"Sign-in as {userName} did not reach /admin; the browser is at {page.Url}: {text[..Math.Min(text.Length, 400)]}", ex);
        }
    }

    /// <summary>Signs out with the workbench's 退出登录 button and waits for the portal's home page.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        // The page a form post led to must have loaded first: a click while it is still arriving can be lost.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(HomeUrl(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    /// <summary>The workbench's main menu (the dashboard repeats some of its links).</summary>
    public static ILocator Workbench(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "工作台导航" });

    /// <summary>
    /// Fails with every violation listed when axe finds a WCAG 2.1 A/AA violation on the page; with
    /// <paramref name="enhancedContrast"/> the same run also checks text contrast ≥ 7:1 (color-contrast-enhanced).
    /// </summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page, bool enhancedContrast = false)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } };
        if (enhancedContrast)
        {
            // axe runs the tagged rules plus the rules enabled here, in one pass.
            options.Rules = new Dictionary<string, RuleOptions> { ["color-contrast-enhanced"] = new RuleOptions { Enabled = true } };
        }

        var results = await page.RunAxe(options);
        Assert.True(results.Passes.Length > 0, $"axe checked no rule on {page.Url}.");
        if (enhancedContrast)
        {
            Assert.True(
                results.Passes.Concat(results.Violations).Concat(results.Incomplete).Concat(results.Inapplicable).Any(r => r.Id == "color-contrast-enhanced"),
                "axe did not run color-contrast-enhanced.");
        }

        if (results.Violations.Length > 0)
        {
            Assert.Fail(Describe(page.Url, results));
        }
    }

    /// <summary>
    /// The checks every journey page passes in every <see cref="Viewing"/>: axe (WCAG 2.1 A/AA) and nothing wider than
    /// the screen; in 长辈版 also, as measured: 24 px body text, no text under 18 px, line height ≥ 1.5, click targets
    /// ≥ 44 × 44 (form controls 60 px high) and text contrast ≥ 7:1 (axe's color-contrast-enhanced).
    /// </summary>
    public static async Task CheckPageAsync(IPage page, Viewing viewing)
    {
        await AssertNoAxeViolationsAsync(page, enhancedContrast: viewing.Elder);
        var measured = await PageMeasurements.TakeAsync(page);
        var where = $"[{viewing}] " + measured.Describe(page.Url);
        Assert.True(measured.ScrollWidth <= measured.ViewportWidth, "The page scrolls sideways. " + where);
        if (!viewing.Elder)
        {
            Assert.True(measured.RootFont == 16, "Outside 长辈版 the root font is 16 px. " + where);
            return;
        }

        Assert.True(measured.RootFont >= PageMeasurements.ElderBodyPixels && measured.BodyFont >= PageMeasurements.ElderBodyPixels, "长辈版 body text is under 24 px. " + where);
        Assert.True(measured.MinFont >= PageMeasurements.ElderMinimumPixels, "长辈版 text under 18 px. " + where);
        Assert.True(measured.BodyLineHeight >= 1.5, $"长辈版 line height {measured.BodyLineHeight:0.##} < 1.5. " + where);
        var small = measured.SmallTargets(elder: true);
        Assert.True(small.Count == 0, "长辈版 click targets too small:\n  " + string.Join("\n  ", small) + "\n" + where);
    }

    public static string Describe(string url, AxeResult results)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"axe found {results.Violations.Length} violation(s) on {url}:");
        foreach (var violation in results.Violations)
        {
            text.AppendLine(c, $"- {violation.Id} [{violation.Impact}] {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(c, $"    at {node.Target}: {node.Html}");
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("/admin$")]
    private static partial Regex WorkbenchUrl();

    [GeneratedRegex("^https?://[^/]+/$")]
    private static partial Regex HomeUrl();
}
