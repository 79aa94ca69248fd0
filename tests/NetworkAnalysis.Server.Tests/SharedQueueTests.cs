using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Server.Tests;

/// <summary>
/// Two <c>netan serve</c> processes on one PostgreSQL store share one job queue: jobs submitted to either run on
/// either, and when one server is killed (SIGKILL) in the middle of a job, the other finishes it. No job is lost.
/// </summary>
[Category("Slow")]
public class SharedQueueTests
{
    [Test]
    public async Task TwoServers_OneKilledMidJob_OtherFinishesItAndNoJobIsLost()
    {
        using var cluster = PostgresCluster.StartOrIgnore();
        cluster.CreateDatabase("netan");
        var store = cluster.Url("netan");
        var folder = Directory.CreateTempSubdirectory("netan-shared-queue-").FullName;
        var key = NetanProcesses.AddUser(store);
        var generated = NetanProcesses.Run("generate", "--groups", "3", "--seed", "3", "--out", Path.Combine(folder, "case"));
        generated.ExitCode.Should().Be(0, generated.Stderr);

        var servers = new List<(Process Process, HttpClient Client)>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var address = new Uri($"http://127.0.0.1:{NetanProcesses.FreePort()}");
                var process = NetanProcesses.StartServe(store, address, LoopbackProcessTests.QuickLeases);
                var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
                servers.Add((process, client));
            }

            foreach (var (process, client) in servers)
            {
                await NetanProcesses.WaitReadyAsync(client.BaseAddress!, process, TimeSpan.FromMinutes(3));
            }

            var (a, b) = (servers[0].Client, servers[1].Client);
            await LoopbackProcessTests.UploadSampleAsync(a, "generated", Path.Combine(folder, "case"));

            // Two slow jobs (one slot per server: each server takes one) and four quick ones queued behind them,
            // submitted to both servers.
            const string Slow = """{"strategy":"betweenness","steps":150}""";
            var slow = new[] { await LoopbackProcessTests.SubmitAsync(a, "generated", "disrupt", Slow), await LoopbackProcessTests.SubmitAsync(b, "generated", "disrupt", Slow) };
            var quick = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                quick.Add(await LoopbackProcessTests.SubmitAsync(i % 2 == 0 ? a : b, "generated", "keyplayers", $$"""{"k":{{i + 1}}}"""));
            }

            // Wait until both slow jobs run, one on each server; then kill the server running the first one.
            var running = await WaitRunningAsync(b, slow);
            running.Select(r => r.Pid).Distinct().Should().HaveCount(2, "each server takes one slow job when each has one slot");
            var victim = servers.Single(s => s.Process.Id == running[0].Pid);
            var survivor = servers.Single(s => s.Process.Id != running[0].Pid);
            await NetanProcesses.KillAsync(victim.Process);

            // Every job ends, on the surviving server; the one the dead server ran is run again there and succeeds.
            foreach (var id in slow.Concat(quick))
            {
                var job = await Jobs.WaitAsync(survivor.Client, id, "succeeded", TimeSpan.FromMinutes(5));
                var result = JsonNode.Parse(await survivor.Client.GetStringAsync($"/api/v1/jobs/{id}/result"))!;
                result["result"]!.AsArray().Should().NotBeEmpty();
                if (id == slow[0])
                {
                    job["attempts"]!.GetValue<int>().Should().Be(2, "the killed server's attempt did not finish");
                    Pid(job).Should().Be(survivor.Process.Id);
                }
            }

            var all = JsonNode.Parse(await survivor.Client.GetStringAsync("/api/v1/cases/generated/versions/latest/jobs"))!.AsArray();
            all.Select(j => j!["id"]!.GetValue<string>()).Should().BeEquivalentTo(slow.Concat(quick), "no job lost, none added");
        }
        finally
        {
            foreach (var (process, client) in servers)
            {
                client.Dispose();
                await NetanProcesses.KillAsync(process);
                process.Dispose();
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<(string Id, int Pid)>> WaitRunningAsync(HttpClient client, string[] ids)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var jobs = new List<(string Id, int Pid, string State)>();
            foreach (var id in ids)
            {
                var job = JsonNode.Parse(await client.GetStringAsync($"/api/v1/jobs/{id}"))!;
                jobs.Add((id, job["worker"] is null ? 0 : Pid(job), job["state"]!.GetValue<string>()));
            }

            jobs.Should().OnlyContain(j => j.State == "queued" || j.State == "running", "the slow jobs must still be running when a server is killed");
            if (jobs.All(j => j.State == "running"))
            {
                return [.. jobs.Select(j => (j.Id, j.Pid))];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the slow jobs did not both start in 3 minutes");
    }

    // The worker is host:pid:random/slot.
    private static int Pid(JsonNode job) => int.Parse(job["worker"]!.GetValue<string>().Split(':')[1], CultureInfo.InvariantCulture);
}
