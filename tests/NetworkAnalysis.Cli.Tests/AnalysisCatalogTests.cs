using System.CommandLine;
using NetworkAnalysis.Application.Requests;

namespace NetworkAnalysis.Cli.Tests;

/// <summary>The service's analysis options (the Application catalogue) have the CLI commands' names and defaults.</summary>
public class AnalysisCatalogTests
{
    private static readonly Dictionary<string, string> PositionalNames = new()
    {
        ["ego:agent"] = "agent",
        ["trace:agent"] = "agent",
        ["paths:source"] = "from",
        ["paths:target"] = "to",
    };

    [Test]
    public void Catalog_EveryOption_IsACliOptionWithTheSameDefault()
    {
        var root = Program.BuildRoot();
        foreach (var analysis in AnalysisCatalog.All)
        {
            var command = root.Subcommands.Single(c => c.Name == analysis.Name);
            foreach (var spec in analysis.Options)
            {
                if (PositionalNames.TryGetValue(analysis.Name + ":" + spec.Name, out var argument))
                {
                    command.Arguments.Should().Contain(a => a.Name == argument, $"{analysis.Name} {spec.Name}");
                    continue;
                }

                var option = command.Options.SingleOrDefault(o => o.Name == "--" + spec.Name);
                option.Should().NotBeNull($"netan {analysis.Name} has --{spec.Name}");
                if (option!.HasDefaultValue)
                {
                    var cliDefault = option.GetDefaultValue();
                    (cliDefault is false ? null : cliDefault?.ToString()).Should().Be(spec.Default is false ? null : spec.Default?.ToString(), $"netan {analysis.Name} --{spec.Name} default");
                }
                else
                {
                    (spec.Default is null or false || (spec.Default is 0 && option.ValueType == typeof(int))).Should().BeTrue($"netan {analysis.Name} --{spec.Name} has no default in the CLI (an int option defaults to 0)");
                }
            }
        }
    }

    [Test]
    public void Catalog_CoversEveryAnalysisCommandOfTheCli()
    {
        var root = Program.BuildRoot();
        // Commands that manage stores, users and the audit log, or run the host, are not analyses.
        var hostOnly = new[] { "generate", "convert", "evaluate", "serve", "cases", "users", "audit" };
        root.Subcommands.Select(c => c.Name).Except(hostOnly).Should().BeEquivalentTo(AnalysisCatalog.All.Select(a => a.Name));
    }
}
