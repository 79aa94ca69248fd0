using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

public class BrokerageAnalysisTests
{
    private static TransactionNetwork Case() => new TestCase()
        .Agent("a", groups: "g1").Agent("b", groups: "g1").Agent("gw", groups: "g1")
        .Agent("cop", AgentKind.Official).Agent("firm", AgentKind.Business)
        .Agent("x", groups: "g2").Agent("loner")
        .Tx("a", "gw").Tx("b", "gw").Tx("gw", "cop", TransactionKind.Bribe).Tx("gw", "firm", TransactionKind.Payment)
        .Tx("x", "gw").Tx("gw", "loner")
        .Build();

    [Test]
    public void Analyze_Spheres_GatewayRepresentsTheUnderworldToTheUpperworld()
    {
        var report = BrokerageAnalysis.Analyze(Case(), new BrokerageOptions { Partition = BrokeragePartition.Spheres });
        report.Partition.Should().Be("spheres");
        report.Classes.Should().Be(2);
        var gw = report.Rows[0];
        gw.AgentId.Should().Be("gw");
        gw.Class.Should().Be("underworld");

        // In: a, b, x (underworld). Out: cop, firm (upperworld), loner (underworld). 3 × 3 open two-paths.
        gw.Representative.Should().Be(6);
        gw.Coordinator.Should().Be(3);
        gw.Total.Should().Be(9);
        gw.Gatekeeper.Should().Be(0);
    }

    [Test]
    public void Analyze_Groups_UngroupedAgentsAreGroupsOfTheirOwn()
    {
        var report = BrokerageAnalysis.Analyze(Case());
        report.Classes.Should().Be(5); // g1, g2, cop, firm, loner
        var gw = report.Rows.Single(r => r.AgentId == "gw");
        gw.Class.Should().Be("g1");

        // (a|b) → gw → (cop|firm|loner): representative 6; x → gw → (cop|firm|loner): liaison 3.
        gw.Representative.Should().Be(6);
        gw.Liaison.Should().Be(3);
        report.Rows.Single(r => r.AgentId == "loner").Class.Should().Be("-");
    }

    [Test]
    public void Analyze_CustomPartition_UsesTheGivenLabels()
    {
        var partition = new Dictionary<string, string> { ["a"] = "c1", ["b"] = "c2", ["gw"] = "c1", ["cop"] = "c1", ["firm"] = "c1", ["x"] = "c1", ["loner"] = "c1" };
        var report = BrokerageAnalysis.Analyze(Case(), new BrokerageOptions { Partition = BrokeragePartition.Custom, CustomPartition = partition });
        var gw = report.Rows.Single(r => r.AgentId == "gw");
        gw.Coordinator.Should().Be(6);  // a, x → cop, firm, loner
        gw.Gatekeeper.Should().Be(3);   // b → ...
    }

    [Test]
    public void Analyze_ExpectedAndBurt_ArePresentAndOrderedByTotal()
    {
        var report = BrokerageAnalysis.Analyze(Case(), new BrokerageOptions { MaxResults = 3 });
        report.Rows.Should().HaveCount(3);
        report.Truncated.Should().BeTrue();
        report.Rows.Select(r => r.Total).Should().BeInDescendingOrder();
        var gw = report.Rows[0];
        gw.RepresentativeExpected.Should().BeGreaterThan(0);
        gw.EffectiveSize.Should().BeApproximately(6, 1e-12, "six contacts with no ties among them");
        gw.Constraint.Should().BeApproximately(6 * (1.0 / 36), 1e-12);
        report.Density.Should().BeApproximately(6.0 / 42, 1e-12);
    }

    [Test]
    public void Analyze_Communities_DetectsTheCellsAndFindsTheBrokerBetweenThem()
    {
        // Two 4-cliques joined by one tie a1 - b1 (both ways, as ties in a call network).
        var builder = new TestCase().Agents("a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4");
        foreach (var cell in new[] { "a", "b" })
        {
            for (var i = 1; i <= 4; i++)
            {
                for (var j = 1; j <= 4; j++)
                {
                    if (i != j)
                    {
                        builder.Tx($"{cell}{i}", $"{cell}{j}");
                    }
                }
            }
        }

        var network = builder.Tx("a1", "b1").Tx("b1", "a1").Build();
        var report = BrokerageAnalysis.Analyze(network, new BrokerageOptions { Partition = BrokeragePartition.Communities });
        report.Partition.Should().Be("communities");
        report.Classes.Should().Be(2);
        var top = report.Rows.Take(2).Select(r => r.AgentId);
        top.Should().BeEquivalentTo(["a1", "b1"]);
        var a1 = report.Rows.Single(r => r.AgentId == "a1");
        a1.Representative.Should().Be(3);  // a2..a4 -> a1 -> b1
        a1.Gatekeeper.Should().Be(3);      // b1 -> a1 -> a2..a4
        report.Rows.Single(r => r.AgentId == "a1").Class.Should().NotBe(report.Rows.Single(r => r.AgentId == "b1").Class);
    }

    [Test]
    public void Analyze_CustomWithoutPartition_Throws()
    {
        var act = () => BrokerageAnalysis.Analyze(Case(), new BrokerageOptions { Partition = BrokeragePartition.Custom });
        act.Should().Throw<ArgumentException>();
    }
}
