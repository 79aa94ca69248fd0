using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace NetworkAnalysis.Server.Tests;

/// <summary>The real thing: <c>netan serve</c> as a separate process on a loopback port, killed and restarted.</summary>
[Category("Slow")]
public class LoopbackProcessTests
{
    [Test]
    public async Task Serve_UploadRunKillRestart_JobsSurvive()
    {
        var folder = Directory.CreateTempSubdirectory("netan-serve-").FullName;
        var port = FreePort();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AddUser(folder));
        var server = Start(folder, port);
        try
        {
            await WaitReadyAsync(client);
            (await client.PostAsync("/api/v1/cases", ServiceUnderTest.Json("""{"name":"mare"}"""))).EnsureSuccessStatusCode();
            using var form = new MultipartFormDataContent();
            foreach (var file in new[] { "agents.csv", "transactions.csv", "groups.csv" })
            {
                form.Add(new ByteArrayContent(File.ReadAllBytes(Path.Combine(ServiceUnderTest.Sample, file))) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "files", file);
            }

            (await client.PostAsync("/api/v1/cases/mare/versions", form)).StatusCode.Should().Be(HttpStatusCode.Created);
            var done = await SubmitAsync(client, """{"k":3}""");
            await Jobs.WaitAsync(client, done, "succeeded");
            var slow = await SubmitAsync(client, """{"k":5,"distance-weighted":true}""");
            var cancelled = await SubmitAsync(client, """{"k":4}""");
            (await client.DeleteAsync($"/api/v1/jobs/{cancelled}")).StatusCode.Should().BeOneOf(HttpStatusCode.Accepted, HttpStatusCode.Conflict);

            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            server.Dispose();
            server = Start(folder, port);
            await WaitReadyAsync(client);

            (await Jobs.WaitAsync(client, done, "succeeded"))["progress"]!.GetValue<double>().Should().Be(1);
            var result = JsonNode.Parse(await client.GetStringAsync($"/api/v1/jobs/{done}/result"))!;
            result["result"]!.AsArray().Count.Should().Be(3, "the result is kept across the restart");
            var afterKill = JsonNode.Parse(await client.GetStringAsync($"/api/v1/jobs/{slow}"))!;
            afterKill["state"]!.GetValue<string>().Should().BeOneOf("succeeded", "failed", "running", "queued");
            if (afterKill["state"]!.GetValue<string>() == "failed")
            {
                afterKill["error"]!.GetValue<string>().Should().Be(Jobs_InterruptedMessage);
            }
            else
            {
                await Jobs.WaitAsync(client, slow, "succeeded");
            }
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }

            server.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string Jobs_InterruptedMessage = NetworkAnalysis.Server.Jobs.JobRunner.InterruptedMessage;

    private static async Task<string> SubmitAsync(HttpClient client, string body)
    {
        var response = await client.PostAsync("/api/v1/cases/mare/versions/latest/analyses/keyplayers", ServiceUnderTest.Json(body));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    // The service denies by default: the test acts as a supervisor created with `netan users add`, as a user would.
    private static string AddUser(string folder)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "netan.dll"), "users", "add", "tester", "--role", "supervisor", "--store", Path.Combine(folder, "cases.db") })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue("netan users add finishes");
        process.ExitCode.Should().Be(0, stderr.Result);
        return stdout.Result.Trim();
    }

    private static Process Start(string folder, int port)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "netan.dll"));
        foreach (var a in new[] { "serve", "--urls", $"http://127.0.0.1:{port}", "--store", Path.Combine(folder, "cases.db") })
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["Netan__DataDirectory"] = Path.Combine(folder, "data");
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitReadyAsync(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("netan serve did not become ready in 30 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
