using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.EdgeLists;

namespace NetworkAnalysis.IO.Tests.EdgeLists;

public class EdgeListReaderTests
{
    private static EdgeListData Parse(string text, bool csv = false, EdgeListReadOptions? options = null) =>
        EdgeListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.txt", csv, options);

    private static EdgeListData ParseBytes(byte[] bytes, bool csv = false) =>
        EdgeListReader.Read(new MemoryStream(bytes), "test.txt", csv);

    [Test]
    public void Read_WhitespaceWithCommentsAndWeights_IdsInFirstAppearanceOrder()
    {
        var data = Parse("# a comment\n% another\nb a 2.5\n\n  a\tc   1e-300 extra\nd\r\nc b\n");
        data.NodeIds.Should().Equal("b", "a", "c", "d");
        data.Sources.Should().Equal(0, 1, 2);
        data.Targets.Should().Equal(1, 2, 0);
        data.Weights.Should().Equal(2.5, 1e-300, 1.0);
    }

    [Test]
    public void Read_NoWeights_WeightsNull()
    {
        Parse("1 2\n2 3").Weights.Should().BeNull();
    }

    [Test]
    public void Read_TrailingComment_Ignored()
    {
        var data = Parse("a b 3 # note\n");
        data.Weights.Should().Equal(3.0);
    }

    [Test]
    public void Read_Csv_HeaderQuotesAndBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Source,Target,Weight\n\"Smith, J.\",\"say \"\"hi\"\"\",2\nx,y,\n")).ToArray();
        var data = EdgeListReader.Read(new MemoryStream(bytes), "e.csv", csv: true);
        data.NodeIds.Should().Equal("Smith, J.", "say \"hi\"", "x", "y");
        data.Weights.Should().Equal(2.0, 1.0);
    }

    [Test]
    public void Read_CsvWithoutHeader_ErrorNamesLine()
    {
        var act = () => EdgeListReader.Read(new MemoryStream("a,b\n"u8.ToArray()), "e.csv", csv: true);
        act.Should().Throw<InputFormatException>().Which.Problems[0].Line.Should().Be(1);
    }

    [Test]
    public void Read_BadWeight_ErrorNamesFileLineAndColumn()
    {
        var act = () => Parse("a b 1\nc d x1\n");
        var problem = act.Should().Throw<InputFormatException>().Which.Problems[0];
        problem.File.Should().Be("test.txt");
        problem.Line.Should().Be(2);
        problem.Message.Should().Contain("weight");
    }

    [TestCase("a b NaN")]
    [TestCase("a b Infinity")]
    public void Read_NonFiniteWeight_Rejected(string line)
    {
        var act = () => Parse(line);
        act.Should().Throw<InputFormatException>();
    }

    [Test]
    public void Read_InvalidUtf8Id_ErrorNamesLine()
    {
        var act = () => ParseBytes([(byte)'a', (byte)' ', (byte)'b', (byte)'\n', 0xC3, 0x28, (byte)' ', (byte)'b']);
        act.Should().Throw<InputFormatException>().Which.Problems[0].Line.Should().Be(2);
    }

    [Test]
    public void Read_LineLongerThanLimit_Rejected()
    {
        var act = () => Parse("a " + new string('b', 5000) + "\n", options: new EdgeListReadOptions { MaxLineBytes = 1000, MaxIdBytes = 100 });
        act.Should().Throw<InputFormatException>();
    }

    [Test]
    public void Read_TooManyNodes_Rejected()
    {
        var act = () => Parse("a b\nc d\n", options: new EdgeListReadOptions { MaxNodes = 3 });
        act.Should().Throw<InputFormatException>().Which.Message.Should().Contain("nodes");
    }

    [Test]
    public void Read_LinesSpanningBufferBoundaries_AllEdgesRead()
    {
        // 200k lines (~3 MB) cross the 1 MiB read blocks many times.
        var sb = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            sb.Append("node").Append(i % 5000).Append(' ').Append("node").Append((i * 7) % 5000).Append(' ').Append(i % 10).Append('\n');
        }

        var data = Parse(sb.ToString());
        data.EdgeCount.Should().Be(200_000);
        data.NodeIds.Length.Should().Be(5000);
        for (var i = 0; i < 200_000; i += 9973)
        {
            data.NodeIds[data.Sources[i]].Should().Be("node" + (i % 5000));
            data.NodeIds[data.Targets[i]].Should().Be("node" + ((i * 7) % 5000));
            data.Weights![i].Should().Be(i % 10);
        }
    }

    [Test]
    public void Read_MissingFile_InputFormatException()
    {
        var act = () => EdgeListReader.Read("/nonexistent/file.txt");
        act.Should().Throw<InputFormatException>().Which.Message.Should().Contain("/nonexistent/file.txt");
    }
}
