using Microsoft.Playwright;

namespace ZezhouDisclosure.Browser.Tests.Hosting;

/// <summary>
/// Debian's chromium driven by Playwright. Playwright cannot download browsers here (toolchain.md), so the tests use
/// the system browser that ./test.sh installs, and fail loudly when it is missing.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary><c>ZD_CHROMIUM</c> when set, else <c>chromium</c> on PATH (like <c>which chromium</c>), else the Debian path.</summary>
    public static string FindExecutable()
    {
        var overridePath = Environment.GetEnvironmentVariable("ZD_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            return overridePath;
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(File.Exists);
        return onPath ?? DefaultPath;
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var executable = FindExecutable();
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{executable}'. The browser tests need Debian's chromium and CJK fonts: " +
                "run ./test.sh (it installs them), or as root: apt-get install -y chromium fonts-noto-cjk fonts-wqy-microhei. " +
                "Set ZD_CHROMIUM to use another chromium binary.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
        });
    }
}
