using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NetworkAnalysis.Architecture.Tests.PublicApi;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Architecture.Tests.Packaging;

/// <summary>
/// The library as an embedder gets it: packs every package into a fresh folder feed, copies
/// samples/Embedding out of the repository, restores it with its own NuGet cache and a configuration in
/// which NetworkAnalysis packages can come only from that feed (third-party ones from this machine's
/// cache and sources), then builds and runs it on the sample case and reads what it printed.
/// </summary>
[Category("Slow")]
public class PackageConsumerTests
{
    // A guard, not a budget: on a quiet 2-core CI machine, after .ci/run's Release build, packing takes
    // seconds and the sample's restore, build and run well under a minute.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(15);
    private string _work = "";
    private string _feed = "";
    private string _version = "";

    [OneTimeSetUp]
    public void Pack()
    {
        _work = Directory.CreateTempSubdirectory("netan-packages-").FullName;
        _feed = Path.Combine(_work, "feed");
        _version = RepositoryVersion();
        // --no-restore: the solution's restore already ran; restoring again could rewrite assets files that other test
        // processes read. The library filter leaves the hosts (and so the web build) out.
        var (code, output) = DotnetCommand.Run(SharedData.RepositoryRoot, new Dictionary<string, string>(), Limit,
            "pack", "NetworkAnalysis.Packages.slnf", "-c", "Release", "--no-restore", "-o", _feed, "-nodeReuse:false");
        code.Should().Be(0, output);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        if (_work.Length > 0 && Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void Pack_EveryPackage_HasSymbolsReadmeLicenceDocsAndExactSiblingVersions()
    {
        foreach (var package in PublicApiTests.Packages)
        {
            var nupkg = Path.Combine(_feed, $"{package}.{_version}.nupkg");
            File.Exists(nupkg).Should().BeTrue(nupkg);
            File.Exists(Path.ChangeExtension(nupkg, ".snupkg")).Should().BeTrue($"{package} ships symbols");
            using var zip = ZipFile.OpenRead(nupkg);
            zip.GetEntry("README.md").Should().NotBeNull($"{package} has a package README");
            zip.GetEntry($"lib/net10.0/{package}.xml").Should().NotBeNull($"{package} ships its XML documentation");
            using var nuspecStream = zip.GetEntry($"{package}.nuspec")!.Open();
            var nuspec = XDocument.Load(nuspecStream);
            XNamespace ns = nuspec.Root!.GetDefaultNamespace();
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            metadata.Element(ns + "license")!.Value.Should().Be("MIT");
            metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
            metadata.Element(ns + "tags")!.Value.Should().Contain("network-analysis");
            foreach (var dependency in metadata.Descendants(ns + "dependency"))
            {
                if (dependency.Attribute("id")!.Value.StartsWith("NetworkAnalysis.", StringComparison.Ordinal))
                {
                    dependency.Attribute("version")!.Value.Should().Be($"[{_version}]", "sibling packages are released and used together");
                }
            }
        }
    }

    [Test]
    public void Sample_CopiedOutOfTheRepository_RestoresFromTheFeedBuildsAndRuns()
    {
        var sample = Path.Combine(_work, "Embedding");
        CopySample(Path.Combine(SharedData.RepositoryRoot, "samples", "Embedding"), sample);
        var cache = Path.Combine(_work, "nuget-cache");
        WriteIsolatedNuGetConfig(sample);

        var (code, output) = DotnetCommand.Run(sample, new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache }, Limit,
            "run", "-c", "Release", $"-p:NetworkAnalysisVersion={_version}", "--",
            Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum"),
            "--store", Path.Combine(_work, "cases.db"), "--timeout", "300");

        code.Should().Be(0, output);
        output.Should().Contain("case sample@1").And.Contain("progress: done 100")
            .And.Contain("top agents by PageRank:").And.Contain("communities: ").And.Contain("groups:");
        Regex.IsMatch(output, @"^\s+G1\s+(small_enterprise|transnational|uncertain)\s", RegexOptions.Multiline).Should().BeTrue(output);
        // Victims, witnesses and minors appear by pseudonym only: never by id or name.
        output.Should().NotContain("Joy Edo").And.NotContain(" V01 ").And.NotContain("Habib Sultani");
        // The NetworkAnalysis packages came from the fresh feed, not from some other cache or source.
        var metadata = File.ReadAllText(Path.Combine(cache, "networkanalysis.application", _version, ".nupkg.metadata"));
        metadata.Should().Contain(_feed.Replace("\\", "\\\\", StringComparison.Ordinal));
    }

    internal static string RepositoryVersion() =>
        XDocument.Load(Path.Combine(SharedData.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

    private static void CopySample(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj" or "packages")
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    /// <summary>
    /// Replaces the sample's nuget.config: NetworkAnalysis.* only from the test's feed; everything else from
    /// this machine's global package folder (filled by the solution's restore) and its configured sources.
    /// </summary>
    private void WriteIsolatedNuGetConfig(string sample)
    {
        var none = new Dictionary<string, string>();
        var (_, locals) = DotnetCommand.Run(sample, none, Limit, "nuget", "locals", "global-packages", "--list");
        var machineCache = locals.Split(':', 2)[1].Trim();
        var (_, list) = DotnetCommand.Run(Path.GetTempPath(), none, Limit, "nuget", "list", "source", "--format", "short");
        var sources = list.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("E ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();

        var packageSources = new XElement("packageSources", new XElement("clear"), Source("networkanalysis-local", _feed));
        var mapping = new XElement("packageSourceMapping",
            new XElement("packageSource", new XAttribute("key", "networkanalysis-local"), Pattern("NetworkAnalysis.*")));
        var thirdParty = new List<string>();
        if (Directory.Exists(machineCache))
        {
            thirdParty.Add(machineCache);
        }

        thirdParty.AddRange(sources);
        for (var i = 0; i < thirdParty.Count; i++)
        {
            packageSources.Add(Source($"machine-{i}", thirdParty[i]));
            mapping.Add(new XElement("packageSource", new XAttribute("key", $"machine-{i}"), Pattern("*")));
        }

        new XDocument(new XElement("configuration", packageSources, mapping)).Save(Path.Combine(sample, "nuget.config"));

        static XElement Source(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
        static XElement Pattern(string pattern) => new("package", new XAttribute("pattern", pattern));
    }
}

/// <summary>The sample's default package version follows the repository's (no packing needed to check).</summary>
public class SampleVersionTests
{
    [Test]
    public void Sample_DefaultPackageVersion_IsTheRepositoryVersion()
    {
        var props = XDocument.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "Embedding", "Directory.Packages.props"));
        props.Descendants("NetworkAnalysisVersion").Single().Value.Should().Be(PackageConsumerTests.RepositoryVersion(), "the README's commands run the sample without naming a version");
    }
}
