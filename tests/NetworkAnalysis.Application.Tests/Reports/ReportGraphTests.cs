using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Reports;

public class ReportGraphTests
{
    private static TransactionNetwork Case()
    {
        var builder = new TransactionNetworkBuilder()
            .AddAgent(new Agent("boss", AgentKind.Person) { Name = "Marco", Groups = ["g1"], Functions = FunctionSet.Of(Function.Coordination) })
            .AddAgent(new Agent("v1", AgentKind.Victim) { Name = "Ana Popescu", Sensitivity = Sensitivity.Victim })
            .AddAgent(new Agent("cop", AgentKind.Official) { Name = "Officer P" });
        builder.AddTransaction(new Transaction("boss", "v1", TransactionKind.Exploitation));
        builder.AddTransaction(new Transaction("boss", "v1", TransactionKind.Payment) { Amount = 5 });
        builder.AddTransaction(new Transaction("boss", "cop", TransactionKind.Bribe) { Amount = 50 });
        return builder.Build();
    }

    [Test]
    public void From_Projection_EdgesMatchTheEngineGraph()
    {
        var projected = NetworkProjection.Project(Case(), new ProjectionOptions());
        var columns = ReportGraph.From(projected, IdentityProtection.Default);
        columns.Directed.Should().Be(projected.Graph.IsDirected);
        columns.Sources.Length.Should().Be(projected.Graph.EdgeCount);
        for (var e = 0; e < columns.Sources.Length; e++)
        {
            projected.Graph.HasEdge(columns.Sources[e], columns.Targets[e]).Should().BeTrue();
        }

        // Two transactions boss -> v1 aggregate into one edge of weight 2 (transaction count).
        var boss = projected.IndexOf("boss");
        var victim = projected.IndexOf("v1");
        var edge = Enumerable.Range(0, columns.Sources.Length).Single(e => columns.Sources[e] == boss && columns.Targets[e] == victim);
        columns.Weights[edge].Should().Be(2);
    }

    [Test]
    public void From_SensitiveAgent_OnlyItsPseudonymLeaves()
    {
        var network = Case();
        var protection = new IdentityProtection("test key");
        var projected = NetworkProjection.Project(network, new ProjectionOptions());
        var columns = ReportGraph.From(projected, protection);
        var victim = projected.IndexOf("v1");
        columns.Ids[victim].Should().Be(protection.DisplayId(network.GetAgent("v1")));
        columns.Names[victim].Should().Be(protection.DisplayName(network.GetAgent("v1")));
        columns.Ids.Concat(columns.Names).Concat(columns.Categories.SelectMany(c => c.Values)).Should().NotContain(s => s.Contains("Ana") || s == "v1");
        columns.Names[projected.IndexOf("boss")].Should().Be("Marco");
    }

    [Test]
    public void From_Categories_CodeEachNodesValueOrMinusOne()
    {
        var projected = NetworkProjection.Project(Case(), new ProjectionOptions());
        var columns = ReportGraph.From(projected, IdentityProtection.Default);
        columns.Categories.Select(c => c.Key).Should().Equal("kind", "sphere", "group", "function");
        string? Value(string key, string id)
        {
            var c = columns.Categories.Single(x => x.Key == key);
            var code = c.Codes[projected.IndexOf(id)];
            return code < 0 ? null : c.Values[code];
        }

        Value("kind", "cop").Should().Be("official");
        Value("sphere", "cop").Should().Be("upperworld");
        Value("group", "boss").Should().Be("g1");
        Value("group", "cop").Should().BeNull();
        Value("function", "boss").Should().Be("coordination");
    }
}
