using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Results;

public class GraphColumnsTests
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
    public void Of_Projection_EdgesMatchTheEngineGraph()
    {
        var projected = NetworkProjection.Project(Case(), new ProjectionOptions());
        var columns = GraphColumns.Of(projected, IdentityProtection.Default);
        columns.Directed.Should().Be(projected.Graph.IsDirected);
        columns.Edges.Source.Length.Should().Be(projected.Graph.EdgeCount);
        for (var e = 0; e < columns.Edges.Source.Length; e++)
        {
            projected.Graph.HasEdge(columns.Edges.Source[e], columns.Edges.Target[e]).Should().BeTrue();
        }

        // Two transactions boss -> v1 aggregate into one edge of weight 2 (transaction count).
        var boss = projected.IndexOf("boss");
        var victim = projected.IndexOf("v1");
        var edge = Enumerable.Range(0, columns.Edges.Source.Length).Single(e => columns.Edges.Source[e] == boss && columns.Edges.Target[e] == victim);
        columns.Edges.Weight[edge].Should().Be(2);
    }

    [Test]
    public void Of_SensitiveAgent_OnlyItsPseudonymLeaves()
    {
        var network = Case();
        var protection = new IdentityProtection("test key");
        var projected = NetworkProjection.Project(network, new ProjectionOptions());
        var columns = GraphColumns.Of(projected, protection);
        var victim = projected.IndexOf("v1");
        columns.Nodes.Id[victim].Should().Be(protection.DisplayId(network.GetAgent("v1")));
        columns.Nodes.Label[victim].Should().Be(protection.DisplayName(network.GetAgent("v1")));
        columns.Nodes.Id.Concat(columns.Nodes.Label).Concat(columns.Nodes.Categories.Values.SelectMany(c => c.Values)).Should().NotContain(s => s.Contains("Ana") || s == "v1");
        columns.Nodes.Label[projected.IndexOf("boss")].Should().Be("Marco");
        columns.Nodes.Protected[victim].Should().Be(1);
        columns.Nodes.Protected[projected.IndexOf("boss")].Should().Be(0);
    }

    [Test]
    public void Of_Categories_CodeEachNodesValueOrMinusOne()
    {
        var projected = NetworkProjection.Project(Case(), new ProjectionOptions());
        var columns = GraphColumns.Of(projected, IdentityProtection.Default);
        columns.Nodes.Categories.Keys.Should().Equal("kind", "sphere", "group", "function");
        string? Value(string key, string id)
        {
            var c = columns.Nodes.Categories[key];
            var code = c.Codes[projected.IndexOf(id)];
            return code < 0 ? null : c.Values[code];
        }

        Value("kind", "cop").Should().Be("official");
        Value("sphere", "cop").Should().Be("upperworld");
        Value("group", "boss").Should().Be("g1");
        Value("group", "cop").Should().BeNull();
        Value("function", "boss").Should().Be("coordination");
    }

    [Test]
    public void Json_OneShapeForTheApiAndTheReport_NonFiniteMeasuresAreNull()
    {
        var projected = NetworkProjection.Project(Case(), new ProjectionOptions());
        var columns = GraphColumns.Of(projected, IdentityProtection.Default)
            .WithCategory("community", new NodeCategory(["0"], [0, 0, -1]))
            .WithMeasure("closeness", [1.0, double.PositiveInfinity, double.NaN]);

        using var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(columns, GraphColumns.JsonOptions));
        var root = json.RootElement;
        root.GetProperty("directed").GetBoolean().Should().BeTrue();
        var nodes = root.GetProperty("nodes");
        nodes.GetProperty("id").GetArrayLength().Should().Be(3);
        nodes.GetProperty("label").GetArrayLength().Should().Be(3);
        nodes.GetProperty("protected").GetArrayLength().Should().Be(3);
        nodes.GetProperty("categories").EnumerateObject().Select(p => p.Name).Should().Equal("kind", "sphere", "group", "function", "community");
        nodes.GetProperty("categories").GetProperty("community").GetProperty("codes").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(0, 0, -1);
        nodes.GetProperty("measures").GetProperty("closeness").EnumerateArray().Select(e => e.ValueKind).Should()
            .Equal(System.Text.Json.JsonValueKind.Number, System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonValueKind.Null);
        root.GetProperty("edges").GetProperty("source").GetArrayLength().Should().Be(projected.Graph.EdgeCount);
        root.GetProperty("edges").GetProperty("weight").GetArrayLength().Should().Be(projected.Graph.EdgeCount);
    }
}
