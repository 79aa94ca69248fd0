using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Tests.Formats;

public class GraphMLReaderTests
{
    private static FormatReadResult Read(string body, string keys = "", string edgeDefault = "directed") => RoundTrip.Read("graphml", $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
        {keys}
        <graph id="G" edgedefault="{edgeDefault}">
        {body}
        </graph>
        </graphml>
        """);

    private static InputProblem Problem(Action read) => read.Should().Throw<InputFormatException>().Which.Problems.Single();

    // Written by hand after the shape of apoc.export.graphml.all(file, {useTypes: true}): typed keys, a
    // 'labels' node key, the relationship type as 'label', an 'id' property beside APOC's n0, n1 ids.
    private const string ApocGraphML = """
        <?xml version='1.0' encoding='UTF-8'?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <key id="labels" for="node" attr.name="labels" attr.type="string"/>
        <key id="id" for="node" attr.name="id" attr.type="string"/>
        <key id="name" for="node" attr.name="name" attr.type="string"/>
        <key id="born" for="node" attr.name="born" attr.type="long"/>
        <key id="label" for="edge" attr.name="label" attr.type="string"/>
        <key id="amount" for="edge" attr.name="amount" attr.type="double"/>
        <key id="cash" for="edge" attr.name="cash" attr.type="boolean"/>
        <graph id="G" edgedefault="directed">
        <node id="n0" labels=":Person:Agent"><data key="labels">:Person:Agent</data><data key="id">P01</data><data key="name">Ana</data><data key="born">1980</data></node>
        <node id="n1" labels=":Business"><data key="labels">:Business</data><data key="id">B02</data><data key="name">Shell Ltd</data></node>
        <node id="n2" labels=":Boat"><data key="labels">:Boat</data></node>
        <edge id="e0" source="n0" target="n1" label="PAYMENT"><data key="label">PAYMENT</data><data key="amount">1500.5</data><data key="cash">true</data></edge>
        <edge id="e1" source="n1" target="n2" label="KNOWS"><data key="label">KNOWS</data></edge>
        </graph>
        </graphml>
        """;

    [Test]
    public void Read_ApocUseTypes_KeepsTheIdPropertyAsAgentIdAndReadsLabelsAsKinds()
    {
        var result = RoundTrip.Read("graphml", ApocGraphML);
        var agents = result.Network.Agents;
        agents.Select(a => (a.Id, a.Kind, a.Name)).Should().Equal(("P01", AgentKind.Person, "Ana"), ("B02", AgentKind.Business, "Shell Ltd"), ("n2", AgentKind.Person, null));
        agents[0].Attributes.Should().Contain("born", "1980").And.Contain("labels", ":Person:Agent").And.NotContainKey("id");
        agents[2].Attributes.Should().Contain(Columns.OriginalKind, "Boat");

        var transactions = result.Network.Transactions;
        transactions.Select(t => (t.Source, t.Target, t.Kind, t.Amount)).Should().Equal(
            ("P01", "B02", TransactionKind.Payment, 1500.5m), ("B02", "n2", TransactionKind.Communication, (decimal?)null));
        transactions[0].Attributes.Should().Contain("cash", "true");
        transactions[1].Attributes.Should().Contain(Columns.OriginalKind, "knows");
        result.Warnings.Should().NotContain(w => w.Contains("'id'"), "the id property is kept, not dropped");
    }

    [Test]
    public void Read_ApocIdPropertyRepeated_IsADuplicateNodeIdNamingTheLine()
    {
        var text = ApocGraphML.Replace("<data key=\"id\">B02</data>", "<data key=\"id\">P01</data>", StringComparison.Ordinal);
        var problem = FluentActions.Invoking(() => RoundTrip.Read("graphml", text)).Should().Throw<InputFormatException>().Which.Problems.Single();
        problem.Message.Should().Contain("duplicate node id 'P01'");
        problem.Line.Should().Be(12);
    }

    [Test]
    public void Read_YEdFile_IgnoresGraphicsAndKeepsLabels()
    {
        var result = Read(
            """
            <node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel>Alice</y:NodeLabel></y:ShapeNode></data><data key="d1">Alice</data></node>
            <node id="n1"><data key="d0"><y:ShapeNode/></data></node>
            <edge id="e0" source="n0" target="n1"><data key="d2"><y:PolyLineEdge/></data></edge>
            """,
            """
            <key for="node" id="d0" yfiles.type="nodegraphics"/>
            <key for="node" id="d1" attr.name="name" attr.type="string"/>
            <key for="edge" id="d2" yfiles.type="edgegraphics"/>
            """);
        result.Network.Agents.Select(a => a.Name).Should().Equal("Alice", null);
        result.Network.Transactions.Should().ContainSingle().Which.Id.Should().Be("e0");
        result.Warnings.Should().ContainSingle().Which.Should().Contain("3 <data> values with XML content");
    }

    [Test]
    public void Read_KeyDefaultsAndScopeAll_ApplyToNodesAndEdges()
    {
        var result = Read(
            """
            <node id="a"/>
            <node id="b"><data key="k">business</data><data key="c">ng</data></node>
            <edge source="a" target="b"/>
            <edge source="a" target="b"><data key="k">bribe</data><data key="w">2.5</data></edge>
            """,
            """
            <key id="k" for="all" attr.name="kind" attr.type="string"><default>payment</default></key>
            <key id="w" for="edge" attr.name="Weight" attr.type="double"><default>1.5</default></key>
            <key id="c" for="node" attr.name="country" attr.type="string"/>
            """);
        var agents = result.Network.Agents;
        agents[0].Kind.Should().Be(AgentKind.Person, "'payment' is not an agent kind: read as person");
        agents[0].Attributes.Should().Contain("original_kind", "payment");
        agents[1].Kind.Should().Be(AgentKind.Business);
        agents[1].Sphere.Should().Be(Sphere.Upperworld);
        agents[1].Country.Should().Be("NG");
        result.Network.Transactions.Select(t => (t.Kind, t.Weight)).Should().Equal((TransactionKind.Payment, 1.5), (TransactionKind.Bribe, 2.5));
    }

    [Test]
    public void Read_EdgeDefaultUndirected_IsUndirected()
    {
        var result = Read("""<node id="a"/><node id="b"/><edge source="a" target="b"/>""", edgeDefault: "undirected");
        result.Directed.Should().BeFalse();
        result.Network.Transactions.Single().Source.Should().Be("a");
    }

    [Test]
    public void Read_MixedDirections_IsDirectedWithAWarning()
    {
        var result = Read("""<node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a" directed="false"/>""");
        result.Directed.Should().BeTrue();
        result.Warnings.Should().ContainSingle().Which.Should().StartWith("1 undirected edges");
    }

    [Test]
    public void Read_EdgeBeforeItsNodes_IsAllowed()
    {
        var result = Read("""<edge source="a" target="b"/><node id="a"/><node id="b"/>""");
        result.Network.Transactions.Should().ContainSingle();
    }

    [Test]
    public void Read_DuplicateEdgeIds_KeepsTheEdgesAndDropsTheIds()
    {
        var result = Read("""<node id="a"/><node id="b"/><edge id="0" source="a" target="b"/><edge id="0" source="b" target="a"/>""");
        result.Network.Transactions.Select(t => t.Id).Should().Equal("0", null);
        result.Warnings.Should().ContainSingle().Which.Should().Contain("ids were dropped");
    }

    [Test]
    public void Read_UndeclaredEndpoint_NamesTheLineOfTheEdge()
    {
        var problem = Problem(() => Read("""
            <node id="a"/>
            <edge source="a" target="ghost"/>
            """));
        problem.Line.Should().Be(6);
        problem.Message.Should().Contain("'ghost' is not a node");
        problem.File.Should().Be("input");
    }

    [Test]
    public void Read_DuplicateNodeId_IsAnError()
    {
        Problem(() => Read("<node id=\"a\"/>\n<node id=\"a\"/>")).Message.Should().Contain("duplicate node id 'a'");
    }

    [TestCase("<node id=\"a\"><graph edgedefault=\"directed\"/></node>", "nested graphs")]
    [TestCase("<hyperedge><endpoint node=\"a\"/></hyperedge>", "hyperedges")]
    [TestCase("<node id=\"a\"/><edge source=\"a\"/>", "source and a target")]
    [TestCase("<node/>", "no id")]
    [TestCase("<node id=\"  \"/>", "empty")]
    [TestCase("<node id=\"a\"><data key=\"s\">victims</data></node>", "not a sensitivity")]
    [TestCase("<node id=\"a\"/><edge source=\"a\" target=\"a\"><data key=\"w\">-1</data></edge>", "positive and finite")]
    [TestCase("<node id=\"a\"/><edge source=\"a\" target=\"a\"><data key=\"w\">NaN</data></edge>", "positive and finite")]
    [TestCase("<node id=\"a\"/><edge source=\"a\" target=\"a\"><data key=\"t\">03/04/2024</data></edge>", "ISO 8601")]
    [TestCase("<node id=\"a\"/><edge source=\"a\" target=\"a\" directed=\"maybe\"/>", "true or false")]
    public void Read_InvalidContent_IsAnInputFormatException(string body, string expected)
    {
        var keys = """
            <key id="s" for="node" attr.name="sensitivity"/>
            <key id="w" for="edge" attr.name="weight"/>
            <key id="t" for="edge" attr.name="time"/>
            """;
        var problem = Problem(() => Read(body, keys));
        problem.Message.Should().Contain(expected);
        problem.Line.Should().BeGreaterThan(0);
    }

    [Test]
    public void Read_NotGraphML_IsAnError()
    {
        var read = () => RoundTrip.Read("graphml", "<gexf/>");
        read.Should().Throw<InputFormatException>().WithMessage("*not a GraphML document*");
    }

    [Test]
    public void Read_TwoGraphs_IsAnError()
    {
        var read = () => RoundTrip.Read("graphml", "<graphml><graph/><graph/></graphml>");
        read.Should().Throw<InputFormatException>().WithMessage("*more than one <graph>*");
    }

    [Test]
    public void Read_AllOurFields_MapToTheModel()
    {
        var result = Read(
            """
            <node id="v"><data key="k">victim</data><data key="s">victim</data><data key="g">g1; g2</data><data key="f">recruitment;transport</data><data key="x">free text</data></node>
            <node id="o"><data key="k">official</data><data key="s">protected</data></node>
            <edge source="o" target="v"><data key="ek">fee</data><data key="t">2024-03-01T10:00:00</data><data key="a">1e3</data><data key="c">eur</data><data key="r">tr&gt;gr &gt; it</data><data key="p">4.0</data></edge>
            """,
            """
            <key id="k" for="node" attr.name="kind"/><key id="s" for="node" attr.name="SENSITIVITY"/><key id="g" for="node" attr.name="groups"/>
            <key id="f" for="node" attr.name="functions"/><key id="x" for="node" attr.name="notes"/>
            <key id="ek" for="edge" attr.name="kind"/><key id="t" for="edge" attr.name="time"/><key id="a" for="edge" attr.name="amount"/>
            <key id="c" for="edge" attr.name="currency"/><key id="r" for="edge" attr.name="route"/><key id="p" for="edge" attr.name="persons"/>
            """);
        var v = result.Network.Agents[0];
        v.Kind.Should().Be(AgentKind.Victim);
        v.Sensitivity.Should().Be(Sensitivity.Victim);
        v.Groups.Should().Equal("g1", "g2");
        v.Functions.Should().Equal(Function.Recruitment, Function.Transport);
        v.Attributes.Should().Contain("notes", "free text");
        result.Network.Agents[1].Sensitivity.Should().Be(Sensitivity.Witness, "'protected' is what a pseudonymised export writes for witnesses and minors");
        var t = result.Network.Transactions.Single();
        t.Kind.Should().Be(TransactionKind.Fee);
        t.Time.Should().Be(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), "a time without offset is UTC");
        t.Amount.Should().Be(1000m);
        t.Currency.Should().Be("EUR");
        t.Route.Should().Equal("TR", "GR", "IT");
        t.Persons.Should().Be(4);
    }
}

public class ReaderWarningTextTests
{
    [Test]
    public void Read_BracesInNamesQuotedInWarnings_DoNotBreakTheWarning()
    {
        // Found by the mutation test: user text in a warning was once used as a format string.
        var graphml = RoundTrip.Read("graphml", "<graphml><key id=\"{0}}\" for=\"node\"/><key id=\"{0}}\" for=\"node\"/><graph/></graphml>");
        graphml.Warnings.Should().ContainSingle().Which.Should().Contain("{0}}");
        var gexf = RoundTrip.Read("gexf", "<gexf xmlns=\"urn:x{y}}\"><graph/></gexf>");
        gexf.Warnings.Should().ContainSingle().Which.Should().Contain("urn:x{y}}");
    }
}
