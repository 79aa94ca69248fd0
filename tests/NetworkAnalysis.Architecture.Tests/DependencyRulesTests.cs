using System.Reflection;
using System.Xml.Linq;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Architecture.Tests;

/// <summary>
/// Enforces the layer rules of docs/architecture (ARCHITECTURE.md): which project may reference which,
/// and which packages each may use. Reads the .csproj files, so a rule broken in a new project fails too.
/// </summary>
public class DependencyRulesTests
{
    private static readonly Dictionary<string, string[]> AllowedProjects = new()
    {
        ["NetworkAnalysis.Engine"] = [],
        ["NetworkAnalysis.Core"] = [],
        ["NetworkAnalysis.IO"] = ["NetworkAnalysis.Core"],
        ["NetworkAnalysis.Classification"] = ["NetworkAnalysis.Core"],
        ["NetworkAnalysis.Synthetic"] = ["NetworkAnalysis.Core", "NetworkAnalysis.IO"],
        ["NetworkAnalysis.Application"] = ["NetworkAnalysis.Core", "NetworkAnalysis.Engine", "NetworkAnalysis.IO", "NetworkAnalysis.Classification"],
        // Training: how group models are made (the built-in one on generated cases); a host-level project
        // beside the CLI, so Application (the use cases) never depends on the generator.
        ["NetworkAnalysis.Training"] = ["NetworkAnalysis.Core", "NetworkAnalysis.Classification", "NetworkAnalysis.Application", "NetworkAnalysis.Synthetic"],
        ["NetworkAnalysis.Storage.Postgres"] = ["NetworkAnalysis.Application"],
        ["NetworkAnalysis.Storage.Sqlite"] = ["NetworkAnalysis.Application"],
        ["NetworkAnalysis.Server"] = ["NetworkAnalysis.Application", "NetworkAnalysis.Storage.Sqlite", "NetworkAnalysis.Storage.Postgres"],
        ["NetworkAnalysis.Cli"] = ["NetworkAnalysis.Application", "NetworkAnalysis.Synthetic", "NetworkAnalysis.Training", "NetworkAnalysis.Server", "NetworkAnalysis.Storage.Sqlite", "NetworkAnalysis.Storage.Postgres"],
        ["NetworkAnalysis.Fuzz"] = ["NetworkAnalysis.IO", "NetworkAnalysis.Classification", "NetworkAnalysis.Application"],
    };

    private static readonly Dictionary<string, string[]> AllowedPackages = new()
    {
        ["NetworkAnalysis.Engine"] = [],
        ["NetworkAnalysis.Core"] = [],
        ["NetworkAnalysis.IO"] = [],
        ["NetworkAnalysis.Classification"] = ["MathNet.Numerics"],
        ["NetworkAnalysis.Synthetic"] = [],
        ["NetworkAnalysis.Application"] = ["Microsoft.Extensions.DependencyInjection.Abstractions"],
        ["NetworkAnalysis.Training"] = [],
        ["NetworkAnalysis.Storage.Postgres"] = ["Npgsql", "Microsoft.Extensions.DependencyInjection.Abstractions"],
        ["NetworkAnalysis.Storage.Sqlite"] = ["Microsoft.Data.Sqlite", "Microsoft.Extensions.DependencyInjection.Abstractions"],
        ["NetworkAnalysis.Server"] = ["Microsoft.AspNetCore.OpenApi", "Scalar.AspNetCore", "Microsoft.AspNetCore.Authentication.JwtBearer"],
        ["NetworkAnalysis.Cli"] = ["System.CommandLine"],
        ["NetworkAnalysis.Fuzz"] = ["SharpFuzz"],
    };

    private static IEnumerable<string> SourceProjects() =>
        Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "fuzz"), "*.csproj", SearchOption.AllDirectories));

    [Test]
    public void SourceProjects_AreAllKnownLayers()
    {
        foreach (var project in SourceProjects())
        {
            AllowedProjects.Should().ContainKey(Path.GetFileNameWithoutExtension(project), "every src project has a layer rule");
        }
    }

    [Test]
    public void ProjectReferences_FollowTheLayers()
    {
        foreach (var project in SourceProjects())
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var doc = XDocument.Load(project);
            var refs = doc.Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value));
            refs.Should().BeSubsetOf(AllowedProjects[name], $"{name} may reference only its lower layers");
            var packages = doc.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value);
            packages.Should().BeSubsetOf(AllowedPackages[name], $"{name} may use only its approved packages");
        }
    }

    [Test]
    public void CompiledAssemblies_ReferenceOnlyAllowedNetworkAnalysisAssemblies()
    {
        // The netan assembly pulls in every layer; check what each compiled assembly really references.
        var loaded = new[] { "NetworkAnalysis.Engine", "NetworkAnalysis.Core", "NetworkAnalysis.IO", "NetworkAnalysis.Classification", "NetworkAnalysis.Synthetic", "NetworkAnalysis.Application", "NetworkAnalysis.Training" };
        foreach (var name in loaded)
        {
            var assembly = Assembly.Load(name);
            var refs = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("NetworkAnalysis.", StringComparison.Ordinal));
            refs.Should().BeSubsetOf(AllowedProjects[name], $"{name} assembly");
        }
    }

    [Test]
    public void Engine_HasNoDomainOrIoDependencies()
    {
        var engine = Assembly.Load("NetworkAnalysis.Engine");
        engine.GetReferencedAssemblies().Select(a => a.Name!)
            .Should().NotContain(n => n.StartsWith("NetworkAnalysis.", StringComparison.Ordinal) || n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
    }
}
