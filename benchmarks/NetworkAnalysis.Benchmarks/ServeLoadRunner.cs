using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// <c>serve-load URL KEY CASE [CLIENTS] [SECONDS]</c>: a bounded load test of a running <c>netan serve</c> over
/// loopback only. It starts a key-player job on the case, then runs CLIENTS concurrent clients (default 50) for
/// SECONDS (default 60), each looping over agent search (type-ahead: an id's prefix without its last two
/// characters, one page of 20), ego network of depth 2 and shortest path between agents
/// drawn from the case (a fixed seed, so runs repeat); then it stops by itself and reports requests/s, p50/p99
/// latency per kind, the error count, and the key-player job's state (a job that vanished or is stuck queued is
/// "lost"). Refuses any address that is not loopback.
/// </summary>
internal static class ServeLoadRunner
{
    private static readonly string[] Kinds = ["search", "ego2", "path"];

    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: serve-load URL KEY CASE [CLIENTS=50] [SECONDS=60]");
            return 2;
        }

        var address = new Uri(args[0]);
        if (!IPAddress.TryParse(address.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            Console.Error.WriteLine("serve-load: only a loopback address (127.0.0.1 or [::1]) may be loaded");
            return 2;
        }

        var clients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50;
        var seconds = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 60;
        return RunAsync(address, args[1], args[2], Math.Clamp(clients, 1, 500), Math.Clamp(seconds, 1, 600)).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(Uri address, string key, string caseName, int clients, double seconds)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        // Generous: the warm-up loads a case version of millions of rows; timed requests report their own latency.
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var version = $"/api/v1/cases/{caseName}/versions/latest";

        // Agents to query: a page of the search, then ids drawn from it with a fixed seed.
        var page = JsonNode.Parse(await http.GetStringAsync($"{version}/agents?limit=500"))!;
        var ids = page["agents"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToArray();
        if (ids.Length < 2)
        {
            Console.Error.WriteLine("serve-load: the case has fewer than 2 agents");
            return 1;
        }

        var job = await http.PostAsync($"{version}/analyses/keyplayers", Json("""{"k":3}"""));
        var jobId = job.StatusCode == HttpStatusCode.Accepted ? JsonNode.Parse(await job.Content.ReadAsStringAsync())!["id"]!.GetValue<string>() : null;
        Console.Error.WriteLine($"serve-load: keyplayers job {(jobId ?? "NOT ACCEPTED: " + job.StatusCode)}; {clients} clients for {seconds} s");

        // Warm-up, not timed: the first query loads the case version and builds its projection (both then kept).
        var warm = Stopwatch.StartNew();
        (await http.PostAsync($"{version}/analyses/ego", Json($$"""{"agent":"{{ids[0]}}","hops":2}"""))).EnsureSuccessStatusCode();
        (await http.PostAsync($"{version}/analyses/paths", Json($$"""{"source":"{{ids[0]}}","target":"{{ids[1]}}"}"""))).EnsureSuccessStatusCode();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve-load: warm-up (load the version, project it) {warm.Elapsed.TotalSeconds:0.0} s"));
        var latencies = Kinds.ToDictionary(k => k, _ => new List<double>());
        var errors = Kinds.ToDictionary(k => k, _ => 0);
        var errorSamples = new List<string>();
        var gate = new object();
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(1000 + c);
            for (var i = c; Stopwatch.GetTimestamp() < stopAt; i++)
            {
                var kind = Kinds[i % Kinds.Length];
                var a = ids[random.Next(ids.Length)];
                var b = ids[random.Next(ids.Length)];
                using var request = kind switch
                {
                    "search" => new HttpRequestMessage(HttpMethod.Get, $"{version}/agents?prefix={Uri.EscapeDataString(a[..Math.Max(1, a.Length - 2)])}&limit=20"),
                    "ego2" => new HttpRequestMessage(HttpMethod.Post, $"{version}/analyses/ego") { Content = Json($$"""{"agent":"{{a}}","hops":2}""") },
                    _ => new HttpRequestMessage(HttpMethod.Post, $"{version}/analyses/paths") { Content = Json($$"""{"source":"{{a}}","target":"{{b}}"}""") },
                };
                var started = Stopwatch.GetTimestamp();
                string? failure = null;
                try
                {
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        failure = $"{kind} {(int)response.StatusCode}";
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    failure = $"{kind} {ex.GetType().Name}: {ex.Message}";
                }

                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (gate)
                {
                    latencies[kind].Add(ms);
                    if (failure is not null)
                    {
                        errors[kind]++;
                        if (errorSamples.Count < 5)
                        {
                            errorSamples.Add(failure);
                        }
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;

        var total = latencies.Values.Sum(l => l.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clients={clients} seconds={elapsed:0.0} requests={total} requests_per_s={total / elapsed:0.0} errors={errors.Values.Sum()}"));
        foreach (var kind in Kinds)
        {
            var sorted = latencies[kind].Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-7} requests={sorted.Length} per_s={sorted.Length / elapsed:0.0} p50_ms={Percentile(sorted, 0.50):0.0} p99_ms={Percentile(sorted, 0.99):0.0} max_ms={(sorted.Length > 0 ? sorted[^1] : 0):0.0} errors={errors[kind]}"));
        }

        foreach (var sample in errorSamples)
        {
            Console.WriteLine("error: " + sample);
        }

        var lost = 0;
        if (jobId is not null)
        {
            var state = await http.GetAsync($"/api/v1/jobs/{jobId}");
            var text = await state.Content.ReadAsStringAsync();
            var record = state.IsSuccessStatusCode ? JsonNode.Parse(text) : null;
            var jobState = record?["state"]?.GetValue<string>() ?? "missing";

            // Lost = the queue no longer knows the job. A job that failed says why (e.g. its own time limit): reported, not lost.
            lost = record is null ? 1 : 0;
            Console.WriteLine($"keyplayers_job={jobState} lost_jobs={lost}{(record?["error"] is { } error ? " error=" + error.GetValue<string>() : "")}");
        }

        return errors.Values.Sum() == 0 && lost == 0 ? 0 : 1;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
