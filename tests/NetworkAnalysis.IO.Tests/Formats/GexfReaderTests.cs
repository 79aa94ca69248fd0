using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

public class GexfReaderTests
{
    [Test]
    public void Read_Gephi12DraftWithViz_ReadsLabelsAttributesAndWeights()
    {
        var result = RoundTrip.Read("gexf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
              <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10</creator></meta>
              <graph defaultedgetype="directed" mode="static">
                <attributes class="node" mode="static">
                  <attribute id="modularity_class" title="Modularity Class" type="integer"/>
                  <attribute id="k" title="kind" type="string"><default>business</default></attribute>
                </attributes>
                <attributes class="edge" mode="static"><attribute id="0" title="currency" type="string"/></attributes>
                <nodes count="2">
                  <node id="0" label="Acme Ltd"><attvalues><attvalue for="modularity_class" value="3"/></attvalues>
                    <viz:size value="10.0"/><viz:position x="1" y="2" z="0"/><viz:color r="1" g="2" b="3"/></node>
                  <node id="1" label="Bob"><attvalues><attvalue for="k" value="person"/></attvalues></node>
                </nodes>
                <edges count="1">
                  <edge id="e" source="1" target="0" weight="3.5" label="pays"><attvalues><attvalue for="0" value="usd"/></attvalues></edge>
                </edges>
              </graph>
            </gexf>
            """);
        var agents = result.Network.Agents;
        agents.Select(a => (a.Id, a.Name, a.Kind)).Should().Equal(("0", "Acme Ltd", AgentKind.Business), ("1", "Bob", AgentKind.Person));
        agents[0].Attributes.Should().Contain("Modularity Class", "3");
        var t = result.Network.Transactions.Single();
        (t.Weight, t.Currency, t.Id).Should().Be((3.5, "USD", "e"));
        t.Attributes.Should().Contain("label", "pays");
        result.Directed.Should().BeTrue();
    }

    [Test]
    public void Read_DynamicEdges_MapSpellsAndTimestampsToTime()
    {
        var result = RoundTrip.Read("gexf", """
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
                <nodes><node id="a"/><node id="b"><spells><spell start="2020-01-01" end="2021-01-01"/></spells></node></nodes>
                <edges>
                  <edge source="a" target="b" kind="payment" start="2023-05-01" end="2023-06-01"/>
                  <edge source="a" target="b"><spells><spell start="2022-01-01" end="2022-02-01"/><spell start="2022-03-01"/></spells></edge>
                  <edge source="a" target="b" timestamp="2021-07-04"/>
                </edges>
              </graph>
            </gexf>
            """);
        result.Network.Transactions.Select(t => t.Time!.Value.Date).Should().Equal(new DateTime(2023, 5, 1), new DateTime(2022, 1, 1), new DateTime(2021, 7, 4));
        result.Network.Transactions[0].Kind.Should().Be(TransactionKind.Payment);
        result.Warnings.Should().Contain(w => w.Contains("node spells")).And.Contain(w => w.Contains("interval ends dropped")).And.Contain(w => w.StartsWith("1 later spells"));
    }

    [Test]
    public void Read_DoubleTimeFormat_KeepsTimesAsAttributes()
    {
        var result = RoundTrip.Read("gexf", """
            <gexf xmlns="http://gexf.net/1.3"><graph defaultedgetype="directed" timeformat="double">
              <nodes><node id="a"/></nodes><edges><edge source="a" target="a" start="3.5"/></edges>
            </graph></gexf>
            """);
        var t = result.Network.Transactions.Single();
        t.Time.Should().BeNull();
        t.Attributes.Should().Contain("start", "3.5");
    }

    [Test]
    public void Read_MutualAndUndirectedDefault_IsUndirected()
    {
        var result = RoundTrip.Read("gexf", """
            <gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a"/><node id="b"/></nodes>
            <edges><edge source="a" target="b"/><edge source="b" target="a" type="mutual"/></edges></graph></gexf>
            """);
        result.Directed.Should().BeFalse("GEXF's default edge type is undirected");
    }

    [Test]
    public void Read_NestedNodes_AreRejected()
    {
        var read = () => RoundTrip.Read("gexf", """
            <gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a"><nodes><node id="b"/></nodes></node></nodes></graph></gexf>
            """);
        read.Should().Throw<InputFormatException>().WithMessage("*nested nodes*");
    }

    [Test]
    public void Read_AttvalueForUndeclaredAttribute_IsAnError()
    {
        var read = () => RoundTrip.Read("gexf", """
            <gexf xmlns="http://gexf.net/1.3"><graph><nodes>
            <node id="a"><attvalues><attvalue for="9" value="x"/></attvalues></node>
            </nodes></graph></gexf>
            """);
        read.Should().Throw<InputFormatException>().Which.Problems.Single().Line.Should().Be(2);
    }
}
