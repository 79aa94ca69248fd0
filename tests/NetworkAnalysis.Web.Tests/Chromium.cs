using Microsoft.Playwright;

namespace NetworkAnalysis.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (the test tools cannot download their own browser here). Tests that
/// need it are ignored, with the reason, when it is not installed; <c>NETAN_CHROMIUM</c> names another binary.
/// </summary>
internal static class Chromium
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("NETAN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Ignore($"{ExecutablePath} is not installed (apt-get install chromium); skipping the browser tests.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Saves a screenshot of the page as a test artefact (and returns its path).</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        System.IO.Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        TestContext.AddTestAttachment(path, name);
        return path;
    }
}
