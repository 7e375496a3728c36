using Microsoft.Playwright;

namespace ZezhouDisclosure.Browser.Tests.Hosting;

/// <summary>
/// One portal on Kestrel and one chromium per test class (IClassFixture). Each test opens its own browser context,
/// so cookies never leak from one test, or one user, to another.
/// </summary>
public class PortalBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserPortalFactory Portal { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been launched.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        await SeedAsync();
    }

    /// <summary>Data every test of the class reads; runs once, after the portal has started.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>
    /// A fresh browser context based at the portal's address (dispose it at the end of the test): a 1280 px desktop
    /// without cookies, or the <paramref name="viewing"/>'s screen, with the 长辈版 cookie when it is in elder mode.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(Viewing? viewing = null)
    {
        viewing ??= Viewing.Desktop;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = viewing.Width, Height = viewing.Height },
            IsMobile = viewing.Mobile,
            HasTouch = viewing.Mobile,
        });
        if (viewing.Elder)
        {
            await context.AddCookiesAsync([new Cookie { Name = Web.Mvc.ElderMode.CookieName, Value = "1", Url = Portal.BaseAddress.ToString() }]);
        }

        // Generous: CI has two cores and runs the other test projects alongside.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}
