using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

public class DisruptionAnalysisTests
{
    private static TransactionNetwork Case() => new TestCase()
        .Agent("boss", functions: "coordination;transport").Agent("driver2", functions: "transport")
        .Agent("forger").Agent("a").Agent("b").Agent("m", AgentKind.Migrant)
        .Tx("boss", "driver2").Tx("boss", "a").Tx("boss", "b").Tx("boss", "forger")
        .Tx("forger", "m", TransactionKind.Documents)
        .Build();

    [Test]
    public void Simulate_Degree_RemovesTheHubAndReportsTheCurve()
    {
        var report = DisruptionAnalysis.Simulate(Case(), new DisruptionAnalysisOptions { Steps = 2 });
        report.Strategy.Should().Be("degree");
        report.Agents.Should().Be(6);
        report.Rows.Should().HaveCount(3);
        report.Rows[0].RemovedId.Should().BeNull();
        report.Rows[0].LargestComponent.Should().Be(6);
        report.Rows[0].LargestComponentShare.Should().Be(1);
        report.Rows[1].RemovedId.Should().Be("boss");
        report.Rows[1].LargestComponent.Should().Be(2); // forger - m
        report.Rows[1].FunctionsLost.Contains(Function.Coordination).Should().BeTrue();
        report.Rows[1].FunctionsCovered.Contains(Function.Transport).Should().BeTrue("driver2 still transports");
    }

    [Test]
    public void Simulate_Function_RemovesTheOnlyForgerFirst()
    {
        // The forger's function is inferred from the documents transaction; the boss's two functions are shared or unique.
        var report = DisruptionAnalysis.Simulate(Case(), new DisruptionAnalysisOptions { Strategy = DisruptionTarget.Function, Steps = 1 });
        report.Rows[1].RemovedId.Should().BeOneOf("boss", "forger");

        // Boss: coordination (1 holder) + transport (2) = 1.5; forger: document_forgery (1) = 1. The boss goes first.
        report.Rows[1].RemovedId.Should().Be("boss");
        var next = DisruptionAnalysis.Simulate(Case(), new DisruptionAnalysisOptions { Strategy = DisruptionTarget.Function, Steps = 2 });
        next.Rows[2].RemovedId.Should().Be("forger");
        next.Rows[2].FunctionsLost.Contains(Function.DocumentForgery).Should().BeTrue();
    }

    [Test]
    public void Simulate_Recovery_ATransporterTakesOverTheBossTies()
    {
        var report = DisruptionAnalysis.Simulate(Case(), new DisruptionAnalysisOptions { Steps = 1, Recovery = true });
        report.Rows[1].RemovedId.Should().Be("boss");
        report.Rows[1].ReplacementId.Should().Be("driver2");
        report.Rows[1].TiesAdded.Should().Be(3);
        report.Rows[1].LargestComponent.Should().Be(5);
    }

    [Test]
    public void Simulate_Betweenness_RemovesTheBrokerBetweenTwoCells()
    {
        var network = new TestCase().Agents("a", "b", "c", "courier", "d", "e", "f")
            .Tx("a", "b").Tx("b", "c").Tx("c", "a").Tx("c", "courier").Tx("courier", "d").Tx("d", "e").Tx("e", "f").Tx("f", "d")
            .Build();
        var report = DisruptionAnalysis.Simulate(network, new DisruptionAnalysisOptions { Strategy = DisruptionTarget.Betweenness, Steps = 1 });
        report.Strategy.Should().Be("betweenness");
        report.Rows[1].RemovedId.Should().Be("courier");
        report.Rows[1].LargestComponent.Should().Be(3);
    }
}
