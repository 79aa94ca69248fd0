using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

public class JsonReaderTests
{
    [Test]
    public void Read_GraphologyDocumentationExample_ReadsNodesEdgesAndLabels()
    {
        var result = RoundTrip.Read("graphology", """
            {
              "attributes": {"name": "My Graph"},
              "options": {"allowSelfLoops": true, "multi": false, "type": "mixed"},
              "nodes": [{"key": "Thomas"}, {"key": "Eric", "attributes": {"label": "Eric M.", "x": 1.5, "size": 10, "hidden": false}}],
              "edges": [{"key": "T->E", "source": "Thomas", "target": "Eric", "attributes": {"type": "KNOWS", "weight": 2}}]
            }
            """);
        result.Network.Agents.Select(a => (a.Id, a.Name)).Should().Equal(("Thomas", null), ("Eric", "Eric M."));
        result.Network.Agents[1].Attributes.Should().Contain("x", "1.5").And.Contain("hidden", "false");
        var t = result.Network.Transactions.Single();
        (t.Id, t.Weight).Should().Be(("T->E", 2.0));
        t.Attributes.Should().Contain("type", "KNOWS");
        result.Directed.Should().BeTrue();
    }

    [Test]
    public void Read_NetworkXCytoscapeData_ReadsNodesAndEdges()
    {
        // The shape of networkx.cytoscape_data(G) for an undirected graph.
        var result = RoundTrip.Read("cytoscape", """
            {"data": [], "directed": false, "multigraph": false, "elements": {
              "nodes": [{"data": {"id": "a", "value": "a", "name": "a"}}, {"data": {"id": "b", "value": "b", "name": "Bee"}}],
              "edges": [{"data": {"source": "a", "target": "b", "weight": 0.5}}]}}
            """);
        result.Directed.Should().BeFalse();
        result.Network.Agents[1].Name.Should().Be("Bee");
        result.Network.Transactions.Single().Weight.Should().Be(0.5);
    }

    [Test]
    public void Read_CytoscapeFlatElementsWithEdgesFirst_ReadsBoth()
    {
        var result = RoundTrip.Read("cytoscape", """
            {"elements": [
              {"group": "edges", "data": {"id": "e1", "source": "n1", "target": "n2", "kind": "bribe"}},
              {"group": "nodes", "data": {"id": "n1", "kind": "official"}, "position": {"x": 1, "y": 2}},
              {"data": {"id": "n2"}, "classes": "big"}]}
            """);
        result.Network.Agents.Select(a => a.Kind).Should().Equal(AgentKind.Official, AgentKind.Person);
        result.Network.Transactions.Single().Kind.Should().Be(TransactionKind.Bribe);
    }

    [TestCase("""{"nodes": [{"key": "a"}], "nodes": []}""", "duplicate key 'nodes'")]
    [TestCase("""{"nodes": [{"key": "a", "attributes": {"x": 1, "x": 2}}]}""", "duplicate key 'x'")]
    [TestCase("""{"nodes": [{"attributes": {}}]}""", "no key")]
    [TestCase("""{"nodes": [], "edges": [{"source": "a", "target": "b"}]}""", "'a' is not a node")]
    [TestCase("""{"nodes": [{"key": "a"}] """, "not valid JSON")]
    [TestCase("""[1, 2]""", "must be an object")]
    [TestCase("""{"graph": {}}""", "neither nodes")]
    [TestCase("""{"nodes": [{"key": "a"}]} {"x": 1}""", "not valid JSON")]
    [TestCase("", "not valid JSON")]
    public void Read_InvalidJson_IsAnInputFormatException(string json, string expected)
    {
        var read = () => RoundTrip.Read("graphology", json);
        read.Should().Throw<InputFormatException>().Which.Problems.Single().Message.Should().Contain(expected);
    }

    [Test]
    public void Read_NestedAttributeValues_AreSkippedWithAWarning()
    {
        var result = RoundTrip.Read("graphology", """{"nodes": [{"key": "a", "attributes": {"pos": {"x": [1, 2]}, "tags": ["x"]}}]}""");
        result.Network.Agents.Single().Attributes.Should().BeEmpty();
        result.Warnings.Should().ContainSingle().Which.Should().StartWith("2 attribute values that are objects or arrays");
    }

    [Test]
    public void Read_ErrorLine_IsTheLineOfTheToken()
    {
        var read = () => RoundTrip.Read("graphology", "{\n\"nodes\": [\n{\"key\": \"a\"},\n{\"key\": \"a\"}\n]}");
        read.Should().Throw<InputFormatException>().Which.Problems.Single().Line.Should().Be(4);
    }
}
