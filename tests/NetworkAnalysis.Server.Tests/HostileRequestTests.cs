using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NetworkAnalysis.Server.Tests;

/// <summary>Hostile uploads and bad options: each answered with a problem document, nothing written.</summary>
public class HostileRequestTests
{
    private ServiceUnderTest _service = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _service = await ServiceUnderTest.StartAsync(null, "--Netan:MaxUploadBytes", "200000", "--Netan:MaxUnpackedBytes", "1000000");
        (await _service.Client.PostAsync("/api/v1/cases", ServiceUnderTest.Json("""{"name":"empty"}"""))).EnsureSuccessStatusCode();
        await _service.UploadSampleAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _service.DisposeAsync();

    private static IEnumerable<TestCaseData> HostileUploads()
    {
        yield return new TestCaseData("oversized", Multipart(("agents.csv", new byte[300_000])), 413, "too-large");
        yield return new TestCaseData("zip bomb", Zip(("agents.csv", new byte[900_000])), 413, "too-large");
        yield return new TestCaseData("climbing zip entry", Zip(("../../x.csv", "id,kind\na,person\n"u8.ToArray())), 422, "bad-dataset");
        yield return new TestCaseData("absolute zip entry", Zip(("/etc/agents.csv", "id,kind\na,person\n"u8.ToArray())), 422, "bad-dataset");
        yield return new TestCaseData("climbing file name", Multipart(("..", "x"u8.ToArray())), 422, "bad-dataset");
        yield return new TestCaseData("xml bomb", Multipart(("bomb.graphml", Encoding.UTF8.GetBytes(XmlBomb))), 422, "bad-dataset");
        yield return new TestCaseData("bad csv row", Multipart(("agents.csv", "id,kind\na,dragon\n"u8.ToArray()), ("transactions.csv", "source,target,kind\n"u8.ToArray())), 422, "bad-dataset");
        yield return new TestCaseData("wrong content type", new StringContent("id,kind\na,person\n", Encoding.UTF8, "text/csv"), 415, "unsupported-media-type");
        yield return new TestCaseData("not a zip", new ByteArrayContent("PK nothing"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/zip") } }, 422, "bad-dataset");
    }

    [TestCaseSource(nameof(HostileUploads))]
    public async Task Upload_Hostile_IsAProblemAndWritesNothing(string what, HttpContent content, int status, string type)
    {
        var response = await _service.Client.PostAsync("/api/v1/cases/empty/versions", content);
        await ShouldBeProblemAsync(response, status, type, what);
        var versions = JsonNode.Parse(await _service.Client.GetStringAsync("/api/v1/cases/empty/versions"))!.AsArray();
        versions.Should().BeEmpty($"{what} must not write a version");
        Directory.GetDirectories(Path.GetTempPath(), "netan-upload-*").Should().BeEmpty("the upload folder is removed");
    }

    [Test]
    public async Task Upload_BadRow_NamesFileLineAndProblemWithoutServerPaths()
    {
        var response = await _service.Client.PostAsync("/api/v1/cases/empty/versions", Multipart(("agents.csv", "id,kind\na,dragon\n"u8.ToArray()), ("transactions.csv", "source,target,kind\n"u8.ToArray())));
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
        detail.Should().Contain("agents.csv:2: column 'kind'").And.Contain("dragon").And.NotContain("/tmp");
    }

    [TestCase("""{"top":0}""", "top", "--top: must be between 1 and 10000000 (got 0)")]
    [TestCase("""{"top":99999999999}""", "top", "--top: must be between 1 and 10000000 (got 99999999999)")]
    [TestCase("""{"top":1.5}""", "top", "--top: '1.5' is not a whole number")]
    [TestCase("""{"tops":5}""", "tops", "--tops: unknown option")]
    [TestCase("""{"partition":"planets"}""", "partition", "--partition: unknown value 'planets'")]
    [TestCase("""{"weighted":"yes"}""", "weighted", "--weighted: 'yes' is not true or false")]
    [TestCase("""{"top":{"x":1}}""", "top", "top: give a string, number or boolean")]
    public async Task Analysis_BadOption_IsRejectedNamingTheField(string body, string field, string message)
    {
        var response = await _service.Client.PostAsync("/api/v1/cases/mare/versions/latest/analyses/brokers", ServiceUnderTest.Json(body));
        var problem = await ShouldBeProblemAsync(response, 400, null, body);
        problem["errors"]![field].Should().NotBeNull();
        problem["detail"]!.GetValue<string>().Should().StartWith(message);
    }

    [Test]
    [Category("Slow")]
    public async Task Analysis_OutOfRange_SameMessageAsTheCli()
    {
        // Every option of every analysis with a rule in the one table: each value outside its range
        // (NaN too, for numbers) and each use where it does not apply, through the API and the CLI.
        var cases = OptionCases.All().ToList();
        cases.Should().HaveCountGreaterThan(40, "the cases come from the option table");
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (c, ct) =>
        {
            var response = await _service.Client.PostAsync($"/api/v1/cases/mare/versions/latest/analyses/{c.Analysis}", ServiceUnderTest.Json(c.Body), ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            var detail = (int)response.StatusCode == 400 ? JsonNode.Parse(text)!["detail"]!.GetValue<string>() : $"HTTP {(int)response.StatusCode}: {text}";
            var cli = Netan.Run([c.Analysis, ServiceUnderTest.Sample, .. c.CliArguments]);
            var line = cli.Stderr.Split('\n')[0];
            if (cli.ExitCode != 2 || line != "netan: " + detail || !detail.StartsWith("--" + c.Option + ": ", StringComparison.Ordinal))
            {
                mismatches.Add($"{c}: API '{detail}', CLI exit {cli.ExitCode} '{line}'");
            }
        });
        mismatches.Should().BeEmpty();
    }

    [TestCase("GET", "/api/v1/cases/nope", 404)]
    [TestCase("GET", "/api/v1/cases/mare/versions/9", 404)]
    [TestCase("GET", "/api/v1/jobs/0123", 404)]
    [TestCase("GET", "/api/v1/nothing-here", 404)]
    [TestCase("PUT", "/api/v1/cases", 405)]
    public async Task Request_Unknown_IsAProblem(string method, string path, int status)
    {
        var response = await _service.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        await ShouldBeProblemAsync(response, status, null, path);
    }

    [Test]
    public async Task Agent_Unknown_IsNotFound()
    {
        var response = await _service.Client.PostAsync("/api/v1/cases/mare/versions/latest/analyses/ego", ServiceUnderTest.Json("""{"agent":"nobody"}"""));
        (await ShouldBeProblemAsync(response, 404, "not-found", "nobody"))["detail"]!.GetValue<string>().Should().Be("unknown agent 'nobody'");
    }

    private static async Task<JsonNode> ShouldBeProblemAsync(HttpResponseMessage response, int status, string? type, string because)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(status, $"{because}: {text}");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json", because);
        var problem = JsonNode.Parse(text)!;
        problem["type"]!.GetValue<string>().Should().StartWith("urn:netan:problem:");
        if (type is not null)
        {
            problem["type"]!.GetValue<string>().Should().Be("urn:netan:problem:" + type, because);
        }

        problem["detail"]!.GetValue<string>().Should().NotContain("   at ", "no stack trace");
        return problem;
    }

    private static MultipartFormDataContent Multipart(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return form;
    }

    private static ByteArrayContent Zip(params (string Name, byte[] Bytes)[] files)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(bytes);
            }
        }

        var content = new ByteArrayContent(memory.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    private const string XmlBomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="&lol3;"/></graph></graphml>
        """;
}
