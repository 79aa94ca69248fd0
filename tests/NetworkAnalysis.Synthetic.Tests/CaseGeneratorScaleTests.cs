using System.Diagnostics;
using NetworkAnalysis.Synthetic;

namespace NetworkAnalysis.Synthetic.Tests;

public class CaseGeneratorScaleTests
{
    [Test]
    [Category("Slow")]
    public void Generate_HundredGroupsAtScaleFour_GivesOverAMillionTransactions()
    {
        var watch = Stopwatch.StartNew();
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 100, Scale = 4, Seed = 1 });
        watch.Stop();

        network.TransactionCount.Should().BeGreaterThanOrEqualTo(1_000_000);
        network.GroupCount.Should().Be(100);
        // Not a benchmark: a record of the order of magnitude on this machine.
        TestContext.Out.WriteLine($"{network.TransactionCount:N0} transactions, {network.AgentCount:N0} agents in {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Test]
    public void Generate_Scale_MultipliesTheVolume()
    {
        var one = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 10, Seed = 2 });
        var three = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 10, Seed = 2, Scale = 3 });

        ((double)three.TransactionCount / one.TransactionCount).Should().BeInRange(2.3, 3.5);
        three.GroupCount.Should().Be(one.GroupCount);
    }
}
