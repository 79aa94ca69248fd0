using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

public class UcinetDlReaderTests
{
    private static FormatReadResult Read(string text) => RoundTrip.Read("dl", text);

    [Test]
    public void Read_FullMatrixWithLabels_SymmetricIsUndirected()
    {
        var result = Read("""
            dl n=5
            format = fullmatrix
            labels:
            barry,david,lin,pat,russ
            data:
            0 1 1 1 0
            1 0 0 0 1
            1 0 0 1 0
            1 0 1 0 1
            0 1 0 1 0
            """);
        result.Directed.Should().BeFalse();
        result.Network.Agents.Select(a => a.Id).Should().Equal("barry", "david", "lin", "pat", "russ");
        result.Network.Transactions.Select(t => $"{t.Source}-{t.Target}").Should().Equal(
            "barry-david", "barry-lin", "barry-pat", "david-russ", "lin-pat", "pat-russ");
    }

    [Test]
    public void Read_FullMatrixAsymmetricWeighted_IsDirected()
    {
        var result = Read("DL N = 3\nData:\n0 2.5 0\n0 0 1\n1 0 0\n");
        result.Directed.Should().BeTrue();
        result.Network.Transactions.Select(t => (t.Source, t.Target, t.Weight)).Should().Equal(("1", "2", 2.5), ("2", "3", 1.0), ("3", "1", 1.0));
    }

    [Test]
    public void Read_FullMatrixEmbeddedLabelsDiagonalAbsent_ReadsRowsWithoutDiagonal()
    {
        var result = Read("""
            DL N=3 FORMAT=FULLMATRIX DIAGONAL ABSENT
            LABELS EMBEDDED
            DATA:
               ann bob "carl c"
            ann 1 0
            bob 0 3
            "carl c" 0 0
            """);
        result.Network.Agents.Select(a => a.Id).Should().Equal("ann", "bob", "carl c");
        result.Network.Transactions.Select(t => (t.Source, t.Target, t.Weight)).Should().Equal(("ann", "bob", 1.0), ("bob", "carl c", 3.0));
    }

    [Test]
    public void Read_EdgeList1WithLabels_ReadsPairsAndIsolates()
    {
        var result = Read("""
            DL n=5
            format = edgelist1
            labels:
            george, sally, jim, billy, jane
            data:
            1 2
            1 3
            2 3 1.56263736263736
            3 1
            """);
        result.Network.Agents.Select(a => a.Id).Should().Equal("george", "sally", "jim", "billy", "jane");
        result.Network.Transactions.Should().HaveCount(4);
        result.Network.Transactions[2].Weight.Should().Be(1.56263736263736);
        result.Directed.Should().BeTrue();
    }

    [Test]
    public void Read_EdgeList1EmbeddedLabels_CreatesNodesInOrderOfAppearance()
    {
        var result = Read("""
            DL n=5
            format = edgelist1
            labels embedded:
            data:
            george sally
            george jim
            sally jim
            billy george
            jane
            """);
        result.Network.Agents.Select(a => a.Id).Should().Equal("george", "sally", "jim", "billy", "jane");
        result.Network.Transactions.Should().HaveCount(4);
    }

    [Test]
    public void Read_NodeList1_ReadsEveryTarget()
    {
        var result = Read("dl n=4\nformat=nodelist1\ndata:\n1 2 3 4\n3 1\n");
        result.Network.Transactions.Select(t => $"{t.Source}>{t.Target}").Should().Equal("1>2", "1>3", "1>4", "3>1");
    }

    [TestCase("DL N=1000000000 FORMAT=FULLMATRIX DATA:", "MaxDeclaredSize")]
    [TestCase("DL N=2 NM=2 DATA:", "NM > 1")]
    [TestCase("DL NR=2 NC=3 DATA:", "two-mode")]
    [TestCase("DL N=2 FORMAT=LOWERHALF DATA:", "not supported")]
    [TestCase("DL N=2 DATA: 0 1 1", "ends in row 2")]
    [TestCase("DL N=2 DATA: 0 1 1 0 1", "more data")]
    [TestCase("DL N=2 DATA: 0 x 1 0", "not a number")]
    [TestCase("DL N=2 FORMAT=EDGELIST1 DATA:\n1 3", "outside 1..2")]
    [TestCase("DL N=2 FORMAT=EDGELIST1 DATA:\n1 2 -3", "positive and finite")]
    [TestCase("DL LABELS: a b DATA:", "N must come before")]
    [TestCase("DL N=2 WHATEVER DATA:", "unknown DL keyword")]
    [TestCase("graph n=2", "must start with DL")]
    [TestCase("DL N=2", "ends before 'data:'")]
    [TestCase("DL N=1 FORMAT=EDGELIST1 LABELS EMBEDDED DATA:\na b", "more than N = 1")]
    public void Read_InvalidFile_IsAnInputFormatException(string text, string expected)
    {
        var read = () => Read(text);
        read.Should().Throw<InputFormatException>().Which.Problems.Single().Message.Should().Contain(expected);
    }

    [Test]
    public void Write_Dl_IsNotSupported()
    {
        var dl = NetworkFormats.ByName("dl");
        dl.CanWrite.Should().BeFalse();
        var write = () => dl.Write(TransactionNetwork.Empty, new MemoryStream(), FormatWriteOptions.Default, new List<string>());
        write.Should().Throw<NotSupportedException>();
    }
}
