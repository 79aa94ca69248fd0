using Microsoft.Playwright;

namespace NetworkAnalysis.Web.Tests;

/// <summary>A user at the workbench: a browser context of its own, logged in through the login page.</summary>
internal sealed class WorkbenchPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<Task<string>> _bodies = [];

    private WorkbenchPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        // Every response the page receives, kept to search for what must never leave the server.
        page.Response += (_, response) =>
        {
            lock (_bodies)
            {
                _bodies.Add(Body(response));
            }
        };
    }

    public IPage Page { get; }

    /// <summary>
    /// Logs in with <paramref name="key"/> through the page's form. A server without browser sessions (before
    /// the security branch's <c>/api/session</c>) gets the key as a request header instead, as a proxy would send it.
    /// </summary>
    public static async Task<WorkbenchPage> LogInAsync(IBrowser browser, ServeProcess server, string key)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1600, Height = 1000 },
            AcceptDownloads = true,
            ExtraHTTPHeaders = server.HasSessions ? null : new Dictionary<string, string> { ["Authorization"] = "Bearer " + key },
        });
        var page = new WorkbenchPage(context, await context.NewPageAsync());
        await page.Page.GotoAsync(new Uri(server.Address, "/").AbsoluteUri);
        if (server.HasSessions)
        {
            await page.Page.FillAsync("#api-key", key);
            await page.Page.ClickAsync("form.login button[type=submit]");
        }

        await page.Page.WaitForSelectorAsync("#who", new() { Timeout = 30_000 });
        return page;
    }

    /// <summary>Opens version <paramref name="version"/> of <paramref name="caseName"/> from the list of cases and waits for the graph.</summary>
    public async Task OpenCaseAsync(string caseName, int version)
    {
        await Page.ClickAsync($".cases button[data-case='{caseName}']");
        await Page.ClickAsync($".cases button.version >> text=version {version}");
        await GraphReadyAsync();
    }

    public Task GraphReadyAsync() => Page.WaitForSelectorAsync("body[data-graph-ready=true]", new() { Timeout = 60_000 });

    /// <summary>The bodies of every response so far.</summary>
    public async Task<string[]> ResponseBodiesAsync()
    {
        Task<string>[] pending;
        lock (_bodies)
        {
            pending = [.. _bodies];
        }

        return await Task.WhenAll(pending);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static async Task<string> Body(IResponse response)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(await response.BodyAsync());
        }
        catch (PlaywrightException)
        {
            // Redirects and aborted requests have no body.
            return "";
        }
    }
}
