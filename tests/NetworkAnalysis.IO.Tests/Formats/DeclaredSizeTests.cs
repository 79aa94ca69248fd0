using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>
/// A declared node count is not a reason to allocate: Pajek <c>*Vertices n</c> and DL <c>N=n</c> become
/// agents by what the file contains. The bounds are on bytes allocated, which do not depend on the
/// machine's load: reading these files the old way allocated about 150 MB.
/// </summary>
public class DeclaredSizeTests
{
    private const long SmallAllocation = 2_000_000;

    [TestCase("pajek", "*Vertices 1000000\n*Arcs\n1 2\n", 1, "*Vertices declares 1,000,000 vertices but only 2 appear")]
    [TestCase("dl", "DL N=1000000 FORMAT=EDGELIST1\nDATA:\n1 2\n", 1, "N = 1,000,000 declares 1,000,000 nodes but only 2 appear")]
    [TestCase("pajek", "*Vertices 1000000\n", 1, "*Vertices declares 1,000,000 vertices but only 0 appear")]
    [TestCase("dl", "DL N=1000000\nDATA:\n1 2\n", 3, "the file ends in row 1")]
    public void Read_HugeDeclarationInATinyFile_RefusedNamingTheLineWithoutAllocatingByIt(string format, string text, int line, string expected)
    {
        FluentActions.Invoking(() => Read(format, text)).Should().Throw<InputFormatException>(); // JIT and first-use costs out of the measurement
        var before = GC.GetAllocatedBytesForCurrentThread();
        var problem = FluentActions.Invoking(() => Read(format, text)).Should().Throw<InputFormatException>().Which.Problems.Single();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        problem.Message.Should().Contain(expected);
        problem.Line.Should().Be(line);
        allocated.Should().BeLessThan(SmallAllocation, "nothing is sized by the declared million");
    }

    [Test]
    public void Read_DeclaredVerticesWithoutLines_UpToTheCapAreIsolatedAgentsInOrder()
    {
        var result = Read("pajek", "*Vertices 5\n*Arcs\n4 2\n");
        result.Network.Agents.Select(a => a.Id).Should().Equal("1", "2", "3", "4", "5");
        result.Network.Transactions.Select(t => (t.Source, t.Target)).Should().Equal(("4", "2"));
    }

    [Test]
    public void Read_ManyDeclaredNodesAppearingLate_TiesHeldThenAddedInFileOrder()
    {
        // 30,000 declared, no vertex lines: more than 10,000 unlisted until the ties have named half of them.
        var text = new StringBuilder("*Vertices 30000\n*Arcs\n");
        for (var i = 1; i <= 15_000; i++)
        {
            text.Append(i).Append(' ').Append(30_001 - i).Append('\n');
        }

        var result = Read("pajek", text.ToString());
        result.Network.AgentCount.Should().Be(30_000);
        result.Network.Transactions.Should().HaveCount(15_000);
        result.Network.Transactions[0].Source.Should().Be("1");
        result.Network.Transactions[^1].Target.Should().Be("15001");
    }

    [Test]
    public void Read_DeclarationMostlyOfNothing_RaisedCapAcceptsIt()
    {
        var options = FormatReadOptions.Default with { MaxUnlistedNodes = 1_000_000 };
        RoundTrip.Read("dl", "DL N=20000 FORMAT=EDGELIST1\nDATA:\n1 2\n", options).Network.AgentCount.Should().Be(20_000);
    }

    [Test]
    public void Read_DlWithLabels_EveryLabelledNodeAppears()
    {
        var labels = string.Join(' ', Enumerable.Range(1, 20_000).Select(i => "n" + i));
        var result = Read("dl", $"DL N=20000 FORMAT=EDGELIST1\nLABELS:\n{labels}\nDATA:\n1 2\n");
        result.Network.AgentCount.Should().Be(20_000);
    }

    private static FormatReadResult Read(string format, string text) => RoundTrip.Read(format, text);
}
