using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

public class PajekReaderTests
{
    [Test]
    public void Read_TypicalFile_ReadsLabelsArcsEdgesAndWeights()
    {
        var result = RoundTrip.Read("pajek", """
            *Network Smugglers
            % a comment
            *Vertices 4
            1 "Ali Baba" 0.1 0.2 0.5 ic Red
            2 "Bob"
            3 Carol
            4 "Dan \"the man\""

            *Arcs :1 "payment"
            1 2 1.5 c Blue
            2 2
            *Arcslist
            3 1 2
            """);
        result.Network.Agents.Select(a => a.Id).Should().Equal("Ali Baba", "Bob", "Carol", "Dan \"the man\"");
        result.Network.Transactions.Select(t => (t.Source, t.Target, t.Weight)).Should().Equal(
            ("Ali Baba", "Bob", 1.5), ("Bob", "Bob", 1.0), ("Carol", "Ali Baba", 1.0), ("Carol", "Bob", 1.0));
        result.Network.Transactions[0].Attributes.Should().Contain("relation", "payment");
        result.Directed.Should().BeTrue();
    }

    [Test]
    public void Read_EdgesOnly_IsUndirected()
    {
        var result = RoundTrip.Read("pajek", "*Vertices 3\n*Edges\n1 2 2\n2 3\n");
        result.Directed.Should().BeFalse();
        result.Network.Agents.Select(a => a.Id).Should().Equal("1", "2", "3");
    }

    [Test]
    public void Read_Matrix_ReadsNonZeroCells()
    {
        var result = RoundTrip.Read("pajek", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Matrix\n0 2\n1.5 0\n");
        result.Network.Transactions.Select(t => (t.Source, t.Target, t.Weight)).Should().Equal(("a", "b", 2.0), ("b", "a", 1.5));
    }

    [Test]
    public void Read_DuplicateLabels_UseNumbersAsIdsAndLabelsAsNames()
    {
        var result = RoundTrip.Read("pajek", "*Vertices 3\n1 \"x\"\n2 \"x\"\n*Arcs\n1 2\n");
        result.Network.Agents.Select(a => (a.Id, a.Name)).Should().Equal(("1", "x"), ("2", "x"), ("3", null));
        result.Warnings.Should().Contain(w => w.Contains("not unique"));
    }

    [TestCase("*Vertices 2147483647\n", 1, "MaxDeclaredSize")]
    [TestCase("*Vertices 2\n*Arcs\n1 3\n", 3, "outside 1..2")]
    [TestCase("*Vertices 2\n*Arcs\n0 1\n", 3, "outside 1..2")]
    [TestCase("*Vertices 2\n*Arcs\n1 x\n", 3, "not a vertex number")]
    [TestCase("*Vertices 2\n1 \"open\n", 2, "not closed")]
    [TestCase("*Arcs\n1 2\n", 1, "before the *Vertices")]
    [TestCase("1 2\n", 1, "before the *Vertices")]
    [TestCase("*Vertices 2\n*Partition\n", 2, "not supported")]
    [TestCase("*Vertices 2\n*Arcs\n1 2 -1\n", 3, "positive and finite")]
    [TestCase("*Vertices 2\n*Matrix\n0 1\n", 3, "1 rows, not 2")]
    [TestCase("*Vertices 2\n1 \"a\"\n1 \"b\"\n", 3, "listed twice")]
    [TestCase("*Vertices 1\n*Vertices 1\n", 2, "second *Vertices")]
    [TestCase("hello\n", 1, "before the *Vertices")]
    public void Read_InvalidFile_NamesTheLine(string text, int line, string expected)
    {
        var read = () => RoundTrip.Read("pajek", text);
        var problem = read.Should().Throw<InputFormatException>().Which.Problems.Single();
        problem.Message.Should().Contain(expected);
        problem.Line.Should().Be(line);
    }

    [Test]
    public void Read_InvalidUtf8_NamesTheLine_AndLatin1OptionReadsIt()
    {
        var bytes = "*Vertices 1\n1 \"Jos\u00e9\"\n"u8.ToArray().Concat(new byte[] { (byte)'%', 0xE9, (byte)'\n' }).ToArray();
        var read = () => RoundTrip.Read("pajek", bytes);
        read.Should().Throw<InputFormatException>().Which.Problems.Single().Line.Should().Be(3);

        var latin1 = "*Vertices 1\n1 \"Jos"u8.ToArray().Append((byte)0xE9).Concat("\"\n"u8.ToArray()).ToArray();
        RoundTrip.Read("pajek", latin1, FormatReadOptions.Default with { TextEncoding = System.Text.Encoding.Latin1 })
            .Network.Agents.Single().Id.Should().Be("José");
    }
}
