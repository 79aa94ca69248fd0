using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Server.Tests;

/// <summary>
/// Each analysis through the API equals the CLI's <c>--format json</c> on the same data: equal, not close. Run on
/// both stores (the sample uploaded to SQLite, and to a throwaway PostgreSQL cluster); the CLI runs once per case.
/// </summary>
[Category("Slow")]
[TestFixture("sqlite")]
[TestFixture("postgres")]
public class AnalysisEquivalenceTests(string store)
{
    private static readonly ConcurrentDictionary<string, (int ExitCode, string Stdout, string Stderr)> CliRuns = new(StringComparer.Ordinal);

    private ServiceUnderTest _service = null!;
    private PostgresCluster? _cluster;

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("functions", "{}", []);
        yield return Case("functions", """{"groups":true}""", ["--groups"]);
        yield return Case("brokers", """{"partition":"spheres","top":20}""", ["--partition", "spheres", "--top", "20"]);
        yield return Case("upperworld", "{}", []);
        yield return Case("upperworld", """{"links":true}""", ["--links"]);
        yield return Case("upperworld", """{"gateways":true}""", ["--gateways"]);
        yield return Case("keyplayers", """{"k":3}""", ["--k", "3"]);
        yield return Case("keyplayers", """{"k":2,"positive":true,"reach":2}""", ["--k", "2", "--positive", "--reach", "2"]);
        yield return Case("disrupt", """{"steps":4,"recover":true}""", ["--steps", "4", "--recover"]);
        yield return Case("ego", """{"agent":"P11","hops":2}""", ["P11", "--hops", "2"]);
        yield return Case("ego", """{"agent":"P11","ties":true}""", ["P11", "--ties"]);
        yield return Case("paths", """{"source":"P01","target":"P24","k":3}""", ["P01", "P24", "--k", "3"]);
        yield return Case("paths", """{"source":"P01","target":"P24","time-respecting":true}""", ["P01", "P24", "--time-respecting"]);
        yield return Case("trace", """{"agent":"P11"}""", ["P11"]);
        yield return Case("trace", """{"agent":"P11","flows":true,"hops":3}""", ["P11", "--flows", "--hops", "3"]);
        yield return Case("cycles", "{}", []);
        yield return Case("centrality", """{"measure":"betweenness","top":10}""", ["--measure", "betweenness", "--top", "10"]);
        yield return Case("centrality", """{"measure":"pagerank","weighted":true}""", ["--measure", "pagerank", "--weighted"]);
        yield return Case("communities", """{"method":"leiden","seed":3}""", ["--method", "leiden", "--seed", "3"]);
        yield return Case("structure", """{"measure":"clustering"}""", ["--measure", "clustering"]);
    }

    private static TestCaseData Case(string analysis, string body, string[] cliOptions) =>
        new TestCaseData(analysis, body, cliOptions).SetName($"Analysis_{analysis}_{body}_EqualsCli");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        string[] settings = [];
        if (store == "postgres")
        {
            _cluster = PostgresCluster.StartOrIgnore();
            _cluster.CreateDatabase("netan");
            settings = ["--Netan:Store", _cluster.Url("netan")];
        }

        _service = await ServiceUnderTest.StartAsync(null, settings);
        await _service.UploadSampleAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        _cluster?.Dispose();
    }

    private static (int ExitCode, string Stdout, string Stderr) Cli(params string[] args) =>
        CliRuns.GetOrAdd(string.Join('\u0001', args), _ => Netan.Run(args));

    [TestCaseSource(nameof(Cases))]
    public async Task Analysis_ThroughTheApi_EqualsTheCliJson(string analysis, string body, string[] cliOptions)
    {
        var api = await RunAsync(analysis, body);
        var positional = cliOptions.TakeWhile(o => !o.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var cli = Cli([analysis, ServiceUnderTest.Sample, .. positional, .. cliOptions.Skip(positional.Length), "--format", "json"]);
        cli.ExitCode.Should().Be(0, cli.Stderr);
        var expected = JsonNode.Parse(cli.Stdout)!;
        expected.AsArray().Count.Should().BeGreaterThan(0, "the comparison must compare something");
        JsonNode.DeepEquals(api["result"], expected).Should().BeTrue($"API {api["result"]!.ToJsonString()[..Math.Min(300, api["result"]!.ToJsonString().Length)]} vs CLI {cli.Stdout[..Math.Min(300, cli.Stdout.Length)]}");
    }

    private static void WithoutSeconds(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("seconds");
                foreach (var (_, child) in obj)
                {
                    WithoutSeconds(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    WithoutSeconds(child);
                }

                break;
        }
    }

    [Test]
    public async Task Analyze_ThroughTheApi_EqualsTheCliReportJson()
    {
        var api = await RunAsync("analyze", """{"top":5}""");
        var folder = Directory.CreateTempSubdirectory("netan-report-").FullName;
        try
        {
            var cli = Netan.Run("analyze", ServiceUnderTest.Sample, "--out", folder, "--top", "5", "--quiet");
            cli.ExitCode.Should().Be(0, cli.Stderr);
            var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "report.json")))!;
            // The CLI names the report after its folder; the service after the case and version, as the CLI names
            // `case:mare@1`. Everything else is equal.
            api["result"]!["dataset"]!.GetValue<string>().Should().Be("mare@1");
            expected["dataset"] = "mare@1";
            var actual = api["result"]!.DeepClone();
            // Each section records how long it took: a measurement of the run, not part of the result.
            WithoutSeconds(actual);
            WithoutSeconds(expected);
            JsonNode.DeepEquals(actual, expected).Should().BeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("{}", new string[0])]
    [TestCase("""{"groups":"detected","uncertain":"none"}""", new[] { "--groups", "detected", "--uncertain", "none" })]
    public async Task Classify_ThroughTheApi_EqualsTheCliJson(string body, string[] cliOptions)
    {
        var api = await RunAsync("classify", body);
        var cli = Cli(["classify", ServiceUnderTest.Sample, .. cliOptions, "--format", "json"]);
        cli.ExitCode.Should().Be(0, cli.Stderr);
        var expected = JsonNode.Parse(cli.Stdout)!;
        expected["groups"]!.GetValue<int>().Should().BeGreaterThan(0, "the comparison must compare something");
        // The CLI names the dataset by its path; the service by case and version. Everything else is equal.
        api["result"]!["datasets"]![0]!["dataset"]!.GetValue<string>().Should().Be("mare@1");
        expected["datasets"]![0]!["dataset"] = "mare@1";
        JsonNode.DeepEquals(api["result"], expected).Should().BeTrue($"API {api["result"]!.ToJsonString()[..Math.Min(400, api["result"]!.ToJsonString().Length)]} vs CLI {cli.Stdout[..Math.Min(400, cli.Stdout.Length)]}");
    }

    private async Task<JsonNode> RunAsync(string analysis, string body)
    {
        var response = await _service.Client.PostAsync($"/api/v1/cases/mare/versions/latest/analyses/{analysis}", ServiceUnderTest.Json(body));
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            var id = JsonNode.Parse(text)!["id"]!.GetValue<string>();
            await Jobs.WaitAsync(_service.Client, id, "succeeded");
            text = await _service.Client.GetStringAsync($"/api/v1/jobs/{id}/result");
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        }

        return JsonNode.Parse(text)!;
    }
}
