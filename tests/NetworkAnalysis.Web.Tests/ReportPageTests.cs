using System.Reflection;
using Microsoft.Playwright;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Web.Tests;

/// <summary>
/// report.html of the sample case, written by the real <c>netan analyze --html</c> and opened from disk in Chromium
/// (file://, as from a USB stick).
/// </summary>
[Category("Browser")]
public class ReportPageTests
{
    private string _folder = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private readonly List<string> _requests = [];

    private static string Sample => Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");

    [OneTimeSetUp]
    public async Task WriteReportAndOpenIt()
    {
        (_playwright, _browser) = await Chromium.LaunchAsync();
        _folder = Path.Combine(Path.GetTempPath(), $"netan-report-{Guid.NewGuid():N}");
        // The compiled entry point of netan (the synchronous wrapper of its async Main).
        var main = Assembly.Load("netan").EntryPoint!;
        var exit = (int)main.Invoke(null, [new[] { "analyze", Sample, "--out", _folder, "--html", "--quiet", "--threads", "1" }])!;
        exit.Should().Be(0);
        _page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, AcceptDownloads = true });
        _page.Request += (_, request) => _requests.Add(request.Url);
        await _page.GotoAsync(new Uri(Path.Combine(_folder, "report.html")).AbsoluteUri);
        await _page.WaitForSelectorAsync(".graph-canvas canvas", new() { Timeout = 30_000 });
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test, Order(1)]
    public async Task Report_Opened_ShowsTheNetworkByCommunityTheCurveAndTheTables()
    {
        (await _page.TitleAsync()).Should().Be("Network analysis report: operation-mare-nostrum");
        (await _page.Locator(".legend figcaption").InnerTextAsync()).Should().Be("Community");
        var entries = await _page.Locator(".legend li").AllInnerTextsAsync();
        entries.Should().NotBeEmpty();
        entries.Sum(e => int.Parse(e[(e.LastIndexOf('(') + 1)..e.LastIndexOf(')')])).Should().Be(96, "every agent of the sample is in the legend once");
        (await _page.Locator("#section-disruption svg.chart polyline").CountAsync()).Should().BeGreaterThanOrEqualTo(2);
        foreach (var key in new[] { "key-players", "brokers", "upperworld-exposure", "upperworld-links", "group-types" })
        {
            (await _page.Locator($"#section-{key} table tbody tr").CountAsync()).Should().BeGreaterThan(0, key);
        }

        await Chromium.ScreenshotAsync(_page, "report-network");
        await _page.Locator("#section-disruption").ScrollIntoViewIfNeededAsync();
        await Chromium.ScreenshotAsync(_page, "report-disruption");
        await _page.EvaluateAsync("window.scrollTo(0, 0)");
    }

    [Test]
    public void Report_Opened_LoadsNothingButItself()
    {
        _requests.Should().NotBeEmpty();
        _requests.Should().OnlyContain(u => u.StartsWith("file:", StringComparison.Ordinal) || u.StartsWith("blob:", StringComparison.Ordinal) || u.StartsWith("data:", StringComparison.Ordinal));
    }

    [Test]
    public async Task Report_ProtectedAgents_AreShownOnlyByPseudonym()
    {
        var network = CaseInputs.ReadDataset(Sample);
        var protectedAgents = network.Agents.Where(a => a.IsSensitive).ToList();
        protectedAgents.Should().NotBeEmpty();
        var html = await _page.ContentAsync();
        var text = await _page.InnerTextAsync("body");
        foreach (var agent in protectedAgents)
        {
            if (agent.Name is { Length: > 0 } name)
            {
                html.Should().NotContain(name);
            }

            text.Should().NotMatchRegex($@"\b{agent.Id}\b");
        }

        html.Should().Contain("victim-");
    }

    [Test]
    public async Task Report_ColourBySphere_LegendFollows()
    {
        await _page.SelectOptionAsync("[data-testid=colour-by]", "sphere");
        (await _page.Locator(".legend figcaption").InnerTextAsync()).Should().Be("Sphere");
        var legend = string.Join("\n", await _page.Locator(".legend li").AllInnerTextsAsync());
        legend.Should().Contain("underworld").And.Contain("upperworld");
        await _page.SelectOptionAsync("[data-testid=colour-by]", "community");
    }

    [Test]
    public async Task Report_ExportPng_IsAPictureOfTheNetwork()
    {
        var download = await _page.RunAndWaitForDownloadAsync(() => _page.ClickAsync("button:text-is('PNG')"));
        download.SuggestedFilename.Should().Be("operation-mare-nostrum-network.png");
        var path = Path.Combine(_folder, "export.png");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

        // Open it in the page and count the pixels that are not white: nodes and edges were drawn.
        var stats = await _page.EvaluateAsync<int[]>("""
            async (b64) => {
              const img = new Image();
              img.src = "data:image/png;base64," + b64;
              await img.decode();
              const c = document.createElement("canvas");
              c.width = img.width; c.height = img.height;
              const x = c.getContext("2d");
              x.drawImage(img, 0, 0);
              const d = x.getImageData(0, 0, c.width, c.height).data;
              let ink = 0;
              for (let i = 0; i < d.length; i += 4) if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) ink++;
              return [img.width, img.height, ink];
            }
            """, Convert.ToBase64String(bytes));
        stats[0].Should().BeGreaterThan(400);
        stats[2].Should().BeGreaterThan(2_000, "the exported picture shows the network, not a blank canvas");
    }
}
