using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Tests.Projection;

public class NetworkProjectionTests
{
    private static readonly DateTimeOffset Jan = new(2024, 1, 15, 0, 0, 0, TimeSpan.Zero);

    // boss (person) pays officer (official) twice, bribes once; smuggler transports migrant; boss -> smuggler communication.
    private static TransactionNetwork Case()
    {
        var b = new TransactionNetworkBuilder();
        b.AddAgent(new Agent("boss", AgentKind.Person));
        b.AddAgent(new Agent("officer", AgentKind.Official));
        b.AddAgent(new Agent("smuggler", AgentKind.Person));
        b.AddAgent(new Agent("migrant", AgentKind.Migrant));
        b.AddAgent(new Agent("loner", AgentKind.Person));
        b.AddTransaction(new Transaction("boss", "officer", TransactionKind.Bribe) { Amount = 500m, Time = Jan });
        b.AddTransaction(new Transaction("boss", "officer", TransactionKind.Payment) { Amount = 250m, Time = Jan.AddMonths(1), Weight = 3 });
        b.AddTransaction(new Transaction("boss", "officer", TransactionKind.Bribe) { Time = Jan.AddMonths(2) });
        b.AddTransaction(new Transaction("smuggler", "migrant", TransactionKind.Transport) { Time = Jan.AddMonths(1) });
        b.AddTransaction(new Transaction("migrant", "smuggler", TransactionKind.Fee) { Amount = 3000m, Time = Jan });
        b.AddTransaction(new Transaction("boss", "smuggler", TransactionKind.Communication));
        return b.Build();
    }

    private static double Weight(ProjectedGraph p, string from, string to)
    {
        int s = p.IndexOf(from), t = p.IndexOf(to);
        var nb = p.Graph.Neighbors(s);
        var w = p.Graph.Weights(s);
        for (var i = 0; i < nb.Length; i++)
        {
            if (nb[i] == t)
            {
                return w[i];
            }
        }

        return 0;
    }

    [Test]
    public void Project_ByCount_CountsParallelTransactionsKeepsIsolated()
    {
        var p = NetworkProjection.Project(Case(), new ProjectionOptions { Aggregation = EdgeAggregation.Count });
        p.Ids.Should().Equal("boss", "officer", "smuggler", "migrant", "loner");
        p.Graph.IsDirected.Should().BeTrue();
        p.Graph.EdgeCount.Should().Be(4);
        Weight(p, "boss", "officer").Should().Be(3);
        Weight(p, "migrant", "smuggler").Should().Be(1);
        p.AgentAt(p.IndexOf("officer"))!.Kind.Should().Be(AgentKind.Official);
    }

    [Test]
    public void Project_ByAmount_SumsAmountsAndSkipsTransactionsWithoutAmount()
    {
        var p = NetworkProjection.Project(Case(), new ProjectionOptions { Aggregation = EdgeAggregation.Amount });
        Weight(p, "boss", "officer").Should().Be(750);
        Weight(p, "migrant", "smuggler").Should().Be(3000);
        Weight(p, "boss", "smuggler").Should().Be(0, "communication has no amount");
        p.Graph.EdgeCount.Should().Be(2);
    }

    [Test]
    public void Project_ByWeight_SumsWeightColumn()
    {
        var p = NetworkProjection.Project(Case(), new ProjectionOptions { Aggregation = EdgeAggregation.Weight });
        Weight(p, "boss", "officer").Should().Be(5);
    }

    [Test]
    public void Project_Default_SumsWeightColumnOneEachWhenAbsent()
    {
        var p = NetworkProjection.Project(Case());
        Weight(p, "boss", "officer").Should().Be(5, "the weight column is the strength of the link");
        Weight(p, "migrant", "smuggler").Should().Be(1, "a transaction without a weight weighs 1");
    }

    [Test]
    public void Project_KindFilter_KeepsOnlyThoseKinds()
    {
        var p = NetworkProjection.Project(Case(), new ProjectionOptions { TransactionKinds = new HashSet<TransactionKind> { TransactionKind.Bribe }, Aggregation = EdgeAggregation.Count });
        p.Graph.EdgeCount.Should().Be(1);
        Weight(p, "boss", "officer").Should().Be(2);
    }

    [Test]
    public void Project_TimeWindow_InclusiveFromExclusiveToDropsUntimed()
    {
        var options = new ProjectionOptions { From = Jan.AddMonths(1), To = Jan.AddMonths(2), Aggregation = EdgeAggregation.Count };
        var p = NetworkProjection.Project(Case(), options);
        Weight(p, "boss", "officer").Should().Be(1, "only the payment is in [Feb, Mar)");
        Weight(p, "smuggler", "migrant").Should().Be(1);
        Weight(p, "migrant", "smuggler").Should().Be(0);
        Weight(p, "boss", "smuggler").Should().Be(0, "untimed transactions are outside any window");
        NetworkProjection.Project(Case(), options with { KeepUntimed = true }).Graph.EdgeCount.Should().Be(3);
    }

    [Test]
    public void Project_SphereAndKindFilters_DropAgentsAndTheirTransactions()
    {
        var p = NetworkProjection.Project(Case(), new ProjectionOptions { Spheres = new HashSet<Sphere> { Sphere.Underworld } });
        p.Ids.Should().Equal("boss", "smuggler", "loner");
        p.Graph.EdgeCount.Should().Be(1);
        var q = NetworkProjection.Project(Case(), new ProjectionOptions { AgentKinds = new HashSet<AgentKind> { AgentKind.Person, AgentKind.Migrant }, KeepIsolated = false });
        q.Ids.Should().Equal("boss", "smuggler", "migrant");
        q.AgentIndexes.Should().Equal(0, 2, 3);
    }

    [Test]
    public void Project_Undirected_MergesReciprocalPairs()
    {
        var p = NetworkProjection.Project(Case(), new ProjectionOptions { Directed = false, Aggregation = EdgeAggregation.Count });
        p.Graph.IsDirected.Should().BeFalse();
        Weight(p, "smuggler", "migrant").Should().Be(2);
        Weight(p, "migrant", "smuggler").Should().Be(2);
        Degrees.Compute(p.Graph).Should().Equal(2, 1, 2, 1, 0);
    }

    [Test]
    public void Project_RandomNetworks_EdgeWeightsEqualNaiveGroupedCounts()
    {
        var rng = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var b = new TransactionNetworkBuilder();
            var n = rng.Next(2, 30);
            for (var i = 0; i < n; i++)
            {
                b.AddAgent(new Agent("a" + i, (AgentKind)rng.Next(6)));
            }

            var expected = new Dictionary<(string, string), double>();
            for (var t = 0; t < rng.Next(0, 200); t++)
            {
                string s = "a" + rng.Next(n), d = "a" + rng.Next(n);
                var kind = (TransactionKind)rng.Next(13);
                b.AddTransaction(new Transaction(s, d, kind));
                if (kind is TransactionKind.Payment or TransactionKind.Fee)
                {
                    expected[(s, d)] = expected.GetValueOrDefault((s, d)) + 1;
                }
            }

            var p = NetworkProjection.Project(b.Build(), new ProjectionOptions { TransactionKinds = new HashSet<TransactionKind> { TransactionKind.Payment, TransactionKind.Fee } });
            p.Graph.EdgeCount.Should().Be(expected.Count);
            foreach (var ((s, d), w) in expected)
            {
                Weight(p, s, d).Should().Be(w);
            }
        }
    }
}
