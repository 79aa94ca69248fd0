using System.CommandLine;
using NetworkAnalysis.Application.Options;

namespace NetworkAnalysis.Cli.Tests;

/// <summary>Every numeric option of every command is in the Application's one table, and the CLI applies it before work starts.</summary>
public class OptionRangeTests
{
    private static readonly Type[] NumericTypes = [typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(int?), typeof(long?), typeof(double?), typeof(decimal?)];

    [Test]
    public void Table_EveryNumericOptionOfEveryCommand_HasARule()
    {
        var missing = new List<string>();
        foreach (var command in Program.BuildRoot().Subcommands)
        {
            foreach (var option in command.Options.Where(o => NumericTypes.Contains(o.ValueType)))
            {
                var name = option.Name.TrimStart('-');
                if (OptionRules.Find(command.Name, name) is not { IsNumeric: true })
                {
                    missing.Add($"{command.Name} {option.Name}");
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Test]
    public void Table_EveryRule_NamesAnExistingOption()
    {
        var root = Program.BuildRoot();
        foreach (var rule in OptionRules.All)
        {
            var command = root.Subcommands.SingleOrDefault(c => c.Name == rule.Command);
            command.Should().NotBeNull(rule.Command);
            command!.Options.Should().Contain(o => o.Name == "--" + rule.Name, $"{rule.Command} --{rule.Name}");
            if (rule.Selector is { } selector)
            {
                command.Options.Should().Contain(o => o.Name == "--" + selector);
            }
        }
    }

    [TestCase("centrality", "--damping", "-1", "-m", "pagerank")]
    [TestCase("centrality", "--alpha", "0.5", "-m", "pagerank")]
    [TestCase("centrality", "--iterations", "2147483647", "-m", "pagerank")]
    [TestCase("centrality", "--alpha", "NaN", "-m", "katz")]
    [TestCase("centrality", "--tolerance", "0", "-m", "eigenvector")]
    [TestCase("centrality", "--top", "0", "-m", "degree")]
    [TestCase("centrality", "--top", "-1", "-m", "degree")]
    [TestCase("centrality", "--sources", "ids.txt", "-m", "edge-betweenness")]
    [TestCase("centrality", "--targets", "ids.txt", "-m", "closeness")]
    [TestCase("centrality", "--damping", "0.5", "-m", "betweenness")]
    [TestCase("communities", "--resolution", "NaN", "--method", "louvain")]
    [TestCase("communities", "--resolution", "2", "--method", "wcc")]
    [TestCase("communities", "--threads", "0", "--method", "wcc")]
    public void Cli_OptionOutOfRangeOrNotApplicable_Exit2WithTheTableMessage(string command, string option, string value, string selector, string choice)
    {
        var dir = Netan.TempFolder();
        try
        {
            var graph = Path.Combine(dir, "g.txt");
            File.WriteAllText(graph, "a b\nb c\n");
            File.WriteAllText(Path.Combine(dir, "ids.txt"), "a\n");
            var r = Netan.RunIn(dir, command, graph, selector, choice, option, value);
            r.ExitCode.Should().Be(2, r.Stderr);
            CleanOutput.Check(r);
            r.Stderr.Trim().Should().StartWith($"netan: {option}: ").And.NotContain("\n");
            r.Stdout.Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Cli_AnalyzeThreadsZero_SameMessageAsCentrality()
    {
        var analyze = Netan.Run("analyze", "nowhere", "--threads", "0");
        var centrality = Netan.Run("centrality", "nowhere", "-m", "degree", "--threads", "0");
        analyze.Stderr.Should().Be(centrality.Stderr).And.Be("netan: --threads: must be between 1 and 1024 (got 0)\n");
    }
}
