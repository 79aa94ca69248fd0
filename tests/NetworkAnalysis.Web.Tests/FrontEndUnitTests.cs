using System.Text.Json;

namespace NetworkAnalysis.Web.Tests;

/// <summary>Runs web/'s Vitest suite, so the front end's unit tests fail `dotnet test` too.</summary>
public class FrontEndUnitTests
{
    [Test]
    public void Vitest_EveryFrontEndUnitTest_Passes()
    {
        var report = Path.Combine(Path.GetTempPath(), $"netan-vitest-{Guid.NewGuid():N}.json");
        try
        {
            // node_modules comes from the build (web/NetworkAnalysis.Web.targets runs npm ci).
            var (exit, output) = FrontEnd.Run("npx", $"--no-install vitest run --reporter=json --outputFile={report}", TimeSpan.FromMinutes(2));
            File.Exists(report).Should().BeTrue($"vitest wrote no report (exit {exit}):\n{output}");
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var results = json.RootElement.GetProperty("testResults").EnumerateArray()
                .SelectMany(file => file.GetProperty("assertionResults").EnumerateArray())
                .Select(t => (Name: t.GetProperty("fullName").GetString(), Status: t.GetProperty("status").GetString(),
                    Message: string.Join("\n", t.GetProperty("failureMessages").EnumerateArray().Select(m => m.GetString()))))
                .ToList();
            var failed = results.Where(t => t.Status == "failed").Select(t => $"{t.Name}: {t.Message.Split('\n')[0]}").ToList();
            failed.Should().BeEmpty("these front-end tests failed");
            results.Should().HaveCountGreaterThan(20, "the suite ran");
            exit.Should().Be(0, output);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
