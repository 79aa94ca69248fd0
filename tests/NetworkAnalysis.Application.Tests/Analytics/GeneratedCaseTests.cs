using System.Diagnostics;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Synthetic;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

/// <summary>Every analysis on a generated case: runs within its limits and gives consistent answers.</summary>
public class GeneratedCaseTests
{
    private static readonly Lazy<TransactionNetwork> Network = new(() => CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 8, Seed = 7 }));

    [Test]
    public void Functions_EveryGroupHasARowPerExpectedFunction()
    {
        var network = Network.Value;
        var report = FunctionAnalysis.Analyze(network);
        report.Groups.Should().HaveCount(network.GroupCount);
        foreach (var group in report.Groups)
        {
            var rows = report.Coverage.Where(r => r.GroupId == group.GroupId).ToList();
            rows.Select(r => r.Function).Should().Contain(AnalysisDefaults.CoreFunctions);
            rows.Where(r => r.Coverage == FunctionCoverage.InHouse).Select(r => r.Function).Should().BeEquivalentTo(group.InHouse.ToArray());
            rows.Should().OnlyContain(r => r.Redundancy == r.InHouse.Count + r.Outside.Count);
        }

        report.Agents.Should().Contain(a => a.Declared.IsEmpty && !a.Inferred.IsEmpty, "the generator leaves some functions columns empty");
        report.Agents.Where(a => !a.Inferred.IsEmpty).Should().OnlyContain(a => a.Evidence.Count > 0);
    }

    [Test]
    public void EveryEntryPoint_RunsOnAGeneratedCase()
    {
        var network = Network.Value;
        var brokers = BrokerageAnalysis.Analyze(network, new BrokerageOptions { Partition = BrokeragePartition.Spheres });
        brokers.Rows.Should().NotBeEmpty();

        var upper = UpperworldAnalysis.Analyze(network);
        upper.Links.Should().NotBeEmpty("generated transnational groups bribe officials and use businesses");
        upper.Links.Should().OnlyContain(l => network.GetAgent(l.UpperworldId).Sphere == Sphere.Upperworld && network.GetAgent(l.UnderworldId).Sphere == Sphere.Underworld);
        upper.Exposure.Select(e => e.Score).Should().BeInDescendingOrder();

        var kpp = KeyPlayerAnalysis.FindFragmenting(network, new KeyPlayerOptions { Count = 5 });
        kpp.Rows.Select(r => r.ScoreAfter).Should().BeInAscendingOrder();

        var curve = DisruptionAnalysis.Simulate(network, new DisruptionAnalysisOptions { Strategy = DisruptionTarget.Function, Steps = 5, Recovery = true });
        curve.Rows.Should().HaveCount(6);

        var boss = network.Agents.First(a => a.Groups.Length > 0 && a.Kind == AgentKind.Person).Id;
        var ego = EgoNetworkAnalysis.Extract(network, boss, new EgoQueryOptions { MaxHops = 2 });
        ego.Members[0].AgentId.Should().Be(boss);

        var trace = MoneyAnalysis.Trace(network, boss);
        trace.Agents[0].AgentId.Should().Be(boss);
        trace.Flows.Should().OnlyContain(f => f.Traced <= f.Amount);
        trace.Agents.Skip(1).Should().OnlyContain(a => a.Forwarded <= a.Reached);

        var cycles = MoneyAnalysis.Cycles(network);
        cycles.Cycles.Select(c => c.Bottleneck).Should().BeInDescendingOrder();
    }

    [Test]
    [Category("Slow")]
    public void ReportSections_AreCheapForACase()
    {
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 20, Seed = 3 });
        var clock = Stopwatch.StartNew();
        var sections = AnalyticsReport.Sections(network, IdentityProtection.Default);
        clock.Stop();
        sections.Should().HaveCount(6);
        sections.Should().OnlyContain(s => !s.Text.StartsWith("Not computed", StringComparison.Ordinal));
        TestContext.Out.WriteLine($"{network.AgentCount} agents, {network.TransactionCount} transactions: sections in {clock.ElapsedMilliseconds} ms");
    }
}
