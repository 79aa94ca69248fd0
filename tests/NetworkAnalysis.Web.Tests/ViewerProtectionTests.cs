using Microsoft.Playwright;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Web.Tests;

/// <summary>
/// A viewer at the workbench: after looking at the network, the table, a protected agent's panel and a path, no
/// real name or real id of a victim, witness or minor is anywhere in the page's DOM or in any response it received,
/// and no unmask is offered.
/// </summary>
[Category("Browser")]
public class ViewerProtectionTests
{
    private ServeProcess _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        (_playwright, _browser) = await Chromium.LaunchAsync();
        _server = await ServeProcess.StartAsync();
        await _server.UploadSampleAsync("mare");
        if (!(await _server.Http.GetAsync("/")).IsSuccessStatusCode)
        {
            Assert.Ignore("this netan build serves no workbench (built with -p:SkipWebBuild=true)");
        }
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

    [Test]
    public async Task Viewer_LooksAround_NoProtectedRealNameInTheDomOrAnyResponse()
    {
        var network = IO.Dataset.DatasetReader.Read(Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum"));
        var secrets = network.Agents.Where(a => a.IsSensitive).SelectMany(a => new[] { a.Id, a.Name }).OfType<string>().Where(s => s.Length >= 3).Distinct().ToList();
        secrets.Should().NotBeEmpty("the sample has victims, witnesses and minors");

        await using var viewer = await WorkbenchPage.LogInAsync(_browser, _server, _server.AddUser("vera", "viewer", "mare"));
        var page = viewer.Page;
        await viewer.OpenCaseAsync("mare", 1);

        // A protected agent's panel, found by its pseudonym on the graph.
        var pseudonym = await page.EvaluateAsync<string>("[...document.querySelectorAll('#panel-table tbody td:first-child')].map(td => td.textContent).find(t => t.startsWith('victim-'))");
        pseudonym.Should().NotBeNull();
        await page.FillAsync("#search", pseudonym);
        await page.PressAsync("#search", "Enter");
        await page.ClickAsync($".search-results li button >> text={pseudonym}");
        await page.WaitForSelectorAsync("#panel-agent table");
        if (_server.HasSessions)
        {
            // The session tells the page the user's role; a key sent by a proxy does not (the server would refuse with 403).
            (await page.Locator("#panel-agent button >> text=Unmask…").CountAsync()).Should().Be(0, "a viewer is not offered unmasking");
        }

        // A search by a real name finds nothing a viewer could read it from.
        await page.FillAsync("#search", network.Agents.First(a => a.IsSensitive && a.Name is not null).Name!);
        await page.PressAsync("#search", "Enter");
        await page.WaitForSelectorAsync(".search-results li");

        await page.ClickAsync("#tab-paths");
        await page.FillAsync("#panel-paths input[name=source]", "P13");
        await page.FillAsync("#panel-paths input[name=target]", pseudonym);
        await page.ClickAsync("#panel-paths button[type=submit]");
        await page.WaitForSelectorAsync("#panel-paths table, #panel-paths .error, #panel-paths p");
        await page.ClickAsync("#tab-table");
        await Chromium.ScreenshotAsync(page, "workbench-viewer");

        var dom = await page.ContentAsync();
        var bodies = await viewer.ResponseBodiesAsync();
        bodies.Should().NotBeEmpty();
        foreach (var secret in secrets)
        {
            dom.Should().NotContain(secret, "the page never shows a protected agent's real name or id to a viewer");
            bodies.Should().NotContain(b => b.Contains(secret, StringComparison.Ordinal), $"no response carries '{secret}'");
        }
    }
}
