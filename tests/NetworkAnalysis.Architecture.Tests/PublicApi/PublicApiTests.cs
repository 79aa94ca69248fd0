using System.Reflection;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Architecture.Tests.PublicApi;

/// <summary>
/// The public surface of every package is approved text under <c>api/</c>: a change to it shows up as a
/// reviewed diff of that file. After an intended change, regenerate the listings with
/// <c>NETAN_UPDATE_API=1 dotnet test tests/NetworkAnalysis.Architecture.Tests --filter PublicApi</c>
/// and commit them with the change (docs/packages.md).
/// </summary>
public class PublicApiTests
{
    /// <summary>The assemblies shipped as NuGet packages (src/Directory.Build.props).</summary>
    public static readonly string[] Packages =
    [
        "NetworkAnalysis.Core", "NetworkAnalysis.Engine", "NetworkAnalysis.IO", "NetworkAnalysis.Classification",
        "NetworkAnalysis.Synthetic", "NetworkAnalysis.Application", "NetworkAnalysis.Storage.Sqlite", "NetworkAnalysis.Storage.Postgres",
    ];

    private const string UpdateVariable = "NETAN_UPDATE_API";

    [TestCaseSource(nameof(Packages))]
    public void PublicApi_Package_MatchesApprovedListing(string package)
    {
        var current = ApiListing.Of(Assembly.Load(package));
        var file = Path.Combine(SharedData.RepositoryRoot, "api", package + ".txt");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, current);
            Assert.Pass($"wrote {file}");
        }

        File.Exists(file).Should().BeTrue($"api/{package}.txt lists the approved public API; create it with {UpdateVariable}=1 (docs/packages.md)");
        var diff = ApiDiff.Compare(File.ReadAllText(file), current);
        diff.Should().BeEmpty(
            $"the public API of {package} changed. If intended, run `{UpdateVariable}=1 dotnet test tests/NetworkAnalysis.Architecture.Tests --filter PublicApi` and commit api/{package}.txt. Changes (- removed, + added):\n{string.Join('\n', diff)}\n");
    }

    [Test]
    public void PublicApi_EveryPackableProject_IsListed()
    {
        // A new library project under src/ is packable by default (src/Directory.Build.props): its API needs a listing too.
        var hosts = new[] { "NetworkAnalysis.Server", "NetworkAnalysis.Cli" };
        var projects = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !hosts.Contains(name));
        projects.Should().BeEquivalentTo(Packages);
    }
}
