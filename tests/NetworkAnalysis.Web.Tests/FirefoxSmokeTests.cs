using System.Reflection;
using System.Text.Json;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Web.Tests;

/// <summary>
/// The sample's report.html in Firefox (Debian's firefox-esr over WebDriver BiDi, by puppeteer-core from web/;
/// Playwright cannot download its own Firefox here). Headless Firefox on these machines has no WebGL, so the check is
/// that the page works without it: every table renders, the network block says why it is not drawn, no script error.
/// Where Firefox has WebGL, the canvas must be there instead.
/// </summary>
[Category("Browser")]
public class FirefoxSmokeTests
{
    private static string Firefox => Environment.GetEnvironmentVariable("NETAN_FIREFOX") is { Length: > 0 } path ? path : "/usr/bin/firefox-esr";

    [Test]
    public void Report_InFirefox_RendersItsTablesAndTheNetworkOrWhyNot()
    {
        if (!File.Exists(Firefox))
        {
            Assert.Ignore($"{Firefox} is not installed (apt-get install firefox-esr); skipping the Firefox smoke test.");
        }

        var folder = Path.Combine(Path.GetTempPath(), $"netan-firefox-{Guid.NewGuid():N}");
        try
        {
            var main = Assembly.Load("netan").EntryPoint!;
            var sample = Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");
            ((int)main.Invoke(null, [new[] { "analyze", sample, "--out", folder, "--html", "--quiet", "--threads", "1" }])!).Should().Be(0);
            var page = new Uri(Path.Combine(folder, "report.html")).AbsoluteUri;

            var (exit, output) = FrontEnd.Run("node", $"scripts/firefox-smoke.mjs {page} --wait \"#section-network canvas, #section-network [data-no-webgl]\"", TimeSpan.FromMinutes(4));
            var line = output.Split('\n').LastOrDefault(l => l.StartsWith('{'));
            line.Should().NotBeNull($"the smoke script printed no result (exit {exit}):\n{output}");
            using var result = JsonDocument.Parse(line!);
            var root = result.RootElement;
            TestContext.Out.WriteLine(line);
            root.GetProperty("userAgent").GetString().Should().Contain("Firefox");
            root.GetProperty("errors").GetArrayLength().Should().Be(0, output);
            root.GetProperty("tables").GetInt32().Should().BeGreaterThan(5, "the report's tables need no WebGL");
            if (root.GetProperty("webgl").GetBoolean())
            {
                root.GetProperty("canvases").GetInt32().Should().BeGreaterThan(0);
                root.GetProperty("firstDraw").GetBoolean().Should().BeTrue();
            }
            else
            {
                root.GetProperty("alerts").EnumerateArray().Select(a => a.GetString()).Should().Contain(a => a!.Contains("no WebGL", StringComparison.Ordinal));
            }

            exit.Should().Be(0, output);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
