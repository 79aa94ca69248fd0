using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Web.Tests;

/// <summary>A real <c>netan serve</c> process on loopback over a fresh SQLite store, with the sample case uploaded.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private ServeProcess(Process process, string folder, Uri address, string store)
    {
        Store = store;
        _process = process;
        _folder = folder;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri Address { get; }

    /// <summary>The SQLite case store the server runs on.</summary>
    public string Store { get; }

    /// <summary>
    /// Whether the server offers browser sessions (<c>/api/session</c>, cookie + CSRF). Until it does, the browser
    /// tests send a key as a request header instead of logging in through the page.
    /// </summary>
    public bool HasSessions { get; private set; }

    public HttpClient Http { get; }

    /// <summary>The API key of the supervisor "tester" who uploads the cases (the browser tests log in with it).</summary>
    public string Key { get; private init; } = "";

    /// <summary>Runs <c>netan ARGS</c> (the same build as the server) and returns its standard output; fails on a non-zero exit.</summary>
    public static string Netan(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "netan.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).Should().BeTrue($"netan {string.Join(' ', args)} finishes");
        process.ExitCode.Should().Be(0, stderr.Result);
        return stdout.Result.Trim();
    }

    /// <summary>Adds a user (<c>netan users add</c>) with <paramref name="role"/> on <paramref name="cases"/> and returns its key.</summary>
    public string AddUser(string name, string role, params string[] cases) =>
        Netan(["users", "add", name, "--role", role, .. cases.SelectMany(c => new[] { "--case", c }), "--store", Store]);

    public static async Task<ServeProcess> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"netan-serve-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "netan.dll"), "serve", "--urls", address.ToString().TrimEnd('/'), "--store", Path.Combine(folder, "cases.db") })
        {
            info.ArgumentList.Add(arg);
        }

        // The service denies by default: the tests act as a supervisor created with `netan users add`, as a user would.
        var key = NetanProcesses.AddUser(Path.Combine(folder, "cases.db"));

        // Job files go with the store, not to the user's home (configuration section "Netan").
        info.Environment["Netan__DataDirectory"] = Path.Combine(folder, "server");
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServeProcess(process, folder, address, Path.Combine(folder, "cases.db")) { Key = key };
        server.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                if ((await server.Http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await server.DisposeAsync();
                Assert.Fail("netan serve did not become ready");
            }

            await Task.Delay(250);
        }

        using (var anonymous = new HttpClient { BaseAddress = address })
        using (var answer = await anonymous.GetAsync("/api/session"))
        {
            server.HasSessions = answer.StatusCode != HttpStatusCode.NotFound;
        }

        return server;
    }

    /// <summary>Creates case <paramref name="name"/> and uploads the sample's CSV files as version 1.</summary>
    public async Task UploadSampleAsync(string name)
    {
        var created = await Http.PostAsync("/api/v1/cases", new StringContent($$"""{"name":"{{name}}"}""", System.Text.Encoding.UTF8, "application/json"));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        using var form = new MultipartFormDataContent();
        var sample = Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");
        foreach (var file in Directory.GetFiles(sample, "*.csv"))
        {
            var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            content.Headers.ContentType = new("text/csv");
            form.Add(content, "files", Path.GetFileName(file));
        }

        var uploaded = await Http.PostAsync($"/api/v1/cases/{name}/versions", form);
        uploaded.StatusCode.Should().Be(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
