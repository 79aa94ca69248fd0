using System.Text.Json;
using Microsoft.Playwright;

namespace NetworkAnalysis.Web.Tests;

/// <summary>The workbench served by a real <c>netan serve</c> process with the sample case, in Chromium.</summary>
[Category("Browser")]
public class WorkbenchTests
{
    private ServeProcess _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task StartServerAndOpenTheCase()
    {
        (_playwright, _browser) = await Chromium.LaunchAsync();
        _server = await ServeProcess.StartAsync();
        await _server.UploadSampleAsync("mare");
        var index = await _server.Http.GetAsync("/");
        if (!index.IsSuccessStatusCode)
        {
            Assert.Ignore("this netan build serves no workbench (built with -p:SkipWebBuild=true)");
        }

        _page = await _browser.NewPageAsync(new()
        {
            ViewportSize = new() { Width = 1600, Height = 1000 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + _server.Key },
        });
        await _page.GotoAsync(new Uri(_server.Address, "/?case=mare&version=1").AbsoluteUri);
        await _page.WaitForSelectorAsync("body[data-graph-ready=true]", new() { Timeout = 60_000 });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test, Order(1)]
    public async Task Workbench_OpenCase_ShowsTheWholeNetwork()
    {
        (await _page.Locator(".status").InnerTextAsync()).Should().StartWith("96 agents");
        (await _page.Locator(".legend li").CountAsync()).Should().BeGreaterThan(1);
        await Chromium.ScreenshotAsync(_page, "workbench-network");
    }

    [Test, Order(2)]
    public async Task Workbench_SearchAnAgent_ShowsItsPanel()
    {
        await _page.FillAsync("#search", "Kaya");
        await _page.PressAsync("#search", "Enter");
        await _page.ClickAsync(".search-results li button >> text=Serkan Kaya");
        await _page.WaitForSelectorAsync("#panel-agent [data-field=name]");
        (await _page.Locator("#panel-agent [data-field=name]").InnerTextAsync()).Should().Be("Serkan Kaya");
        (await _page.Locator("#panel-agent table tbody tr").CountAsync()).Should().BeGreaterThan(0);
    }

    [Test, Order(3)]
    public async Task Workbench_Paths_DrawsThePathTheApiReturns()
    {
        using var api = await _server.Http.PostAsync("/api/v1/cases/mare/versions/1/analyses/paths",
            new StringContent("""{"source":"P01","target":"P24","k":1}""", System.Text.Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var expected = json.RootElement.GetProperty("result")[0].GetProperty("path").GetString()!.Split(" > ");

        await _page.ClickAsync("#tab-paths");
        await _page.FillAsync("#panel-paths input[name=source]", "P01");
        await _page.FillAsync("#panel-paths input[name=target]", "P24");
        await _page.FillAsync("#panel-paths input[name=k]", "1");
        await _page.ClickAsync("#panel-paths button[type=submit]");
        await _page.WaitForSelectorAsync("#panel-paths table");
        var drawn = await _page.EvaluateAsync<string>("document.body.dataset.highlightNodes");
        drawn.Split(' ').Should().BeEquivalentTo(expected);
        await Chromium.ScreenshotAsync(_page, "workbench-path");
    }
}
