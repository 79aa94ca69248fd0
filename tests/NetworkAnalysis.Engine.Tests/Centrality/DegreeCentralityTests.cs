using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Engine.Tests.Centrality;

[TestFixture]
public class DegreeCentralityTests
{
    [Test]
    public void Compute_Directed_CountsByDirection()
    {
        var g = GraphText.Parse("a->b:2 a->c:3 c->a:1.5 b");
        DegreeCentrality.Compute(g.Graph).Should().Equal(3.0, 1.0, 2.0);
        DegreeCentrality.Compute(g.Graph, new() { Direction = Direction.Out }).Should().Equal(2.0, 0.0, 1.0);
        DegreeCentrality.Compute(g.Graph, new() { Direction = Direction.In }).Should().Equal(1.0, 1.0, 1.0);
        DegreeCentrality.Compute(g.Graph, new() { Weighted = true }).Should().Equal(6.5, 2.0, 4.5);
        DegreeCentrality.Compute(g.Graph, new() { Weighted = true, Direction = Direction.In }).Should().Equal(1.5, 2.0, 3.0);
    }

    [Test]
    public void Compute_Normalized_DividesByNMinusOne()
    {
        var g = GraphText.Parse("a--b a--c a--d");
        DegreeCentrality.Compute(g.Graph, new() { Normalized = true }).Should().Equal(1.0, 1.0 / 3, 1.0 / 3, 1.0 / 3);
        DegreeCentrality.Compute(GraphText.Parse("a").Graph, new() { Normalized = true }).Should().Equal(1.0); // NetworkX: 1 for a single node
    }

    [Test]
    public void Compute_SelfLoop_CountsTwice()
    {
        DegreeCentrality.Compute(GraphText.Parse("a--a a--b").Graph).Should().Equal(3.0, 1.0);
    }
}
