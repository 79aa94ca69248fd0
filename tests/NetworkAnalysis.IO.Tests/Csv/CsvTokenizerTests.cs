using System.Text;
using NetworkAnalysis.IO.Csv;

namespace NetworkAnalysis.IO.Tests.Csv;

public class CsvTokenizerTests
{
    private static readonly CsvLimits _limits = new(MaxFieldLength: 1 << 20, MaxColumns: 1000, MaxRecordLength: 16 << 20);

    private static List<(long Line, string[] Fields)> Tokenize(string text, CsvLimits? limits = null) =>
        Tokenize(Encoding.UTF8.GetBytes(text), limits);

    private static List<(long Line, string[] Fields)> Tokenize(byte[] bytes, CsvLimits? limits = null)
    {
        using var tokenizer = new CsvTokenizer(new MemoryStream(bytes), limits ?? _limits);
        var records = new List<(long, string[])>();
        while (tokenizer.ReadRecord())
        {
            var fields = new string[tokenizer.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = tokenizer.Field(i).ToString();
            }

            records.Add((tokenizer.RecordLine, fields));
        }

        return records;
    }

    [Test]
    public void ReadRecord_PlainFields_SplitsOnCommas()
    {
        var records = Tokenize("a,b,c\n1,2,3\n");
        records.Should().HaveCount(2);
        records[1].Fields.Should().Equal("1", "2", "3");
        records[1].Line.Should().Be(2);
    }

    [Test]
    public void ReadRecord_QuotedFieldWithCommaAndDoubledQuotes_Unescapes()
    {
        var records = Tokenize("\"Kaya, Emre\",\"say \"\"hi\"\"\",\"\"\n");
        records.Single().Fields.Should().Equal("Kaya, Emre", "say \"hi\"", "");
    }

    [Test]
    public void ReadRecord_EmbeddedNewlines_KeptInValueAndLaterLinesCounted()
    {
        var records = Tokenize("h1,h2\n\"line one\nline two\r\nline three\",x\nnext,row\n");
        records[1].Fields[0].Should().Be("line one\nline two\r\nline three");
        records[1].Line.Should().Be(2);
        records[2].Line.Should().Be(5);
        records[2].Fields.Should().Equal("next", "row");
    }

    [TestCase("a,b\r\nc,d\r\n")]
    [TestCase("a,b\nc,d\n")]
    [TestCase("a,b\rc,d\r")]
    [TestCase("a,b\nc,d")]
    public void ReadRecord_LineEndings_AllGiveTheSameRecords(string text)
    {
        var records = Tokenize(text);
        records.Select(r => string.Join("|", r.Fields)).Should().Equal("a|b", "c|d");
        records.Select(r => r.Line).Should().Equal(1, 2);
    }

    [Test]
    public void ReadRecord_QuotedLastFieldAtEndOfInput_IsComplete()
    {
        Tokenize("a,\"b \"\"c\"\"\"").Single().Fields.Should().Equal("a", "b \"c\"");
        Tokenize("\"\"").Single().Fields.Should().Equal("");
    }

    [Test]
    public void ReadRecord_Bom_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id,kind\n")).ToArray();
        Tokenize(bytes).Single().Fields.Should().Equal("id", "kind");
    }

    [Test]
    public void ReadRecord_BlankLines_SkippedButCounted()
    {
        var records = Tokenize("a\n\n\nb\n\n");
        records.Select(r => r.Line).Should().Equal(1, 4);
    }

    [Test]
    public void ReadRecord_QuotedEmptyOnItsOwnLine_IsARecord()
    {
        Tokenize("a\n\"\"\n").Should().HaveCount(2);
    }

    [Test]
    public void ReadRecord_TrailingComma_GivesEmptyLastField()
    {
        Tokenize("a,b,\n").Single().Fields.Should().Equal("a", "b", "");
        Tokenize("a,b,").Single().Fields.Should().Equal("a", "b", "");
    }

    [Test]
    public void ReadRecord_UnterminatedQuote_ThrowsNamingTheLine()
    {
        var act = () => Tokenize("a,b\nc,\"open\nmore\n");
        act.Should().Throw<CsvSyntaxException>().Where(e => e.Message.Contains("not closed"));
    }

    [Test]
    public void ReadRecord_TextAfterClosingQuote_Throws()
    {
        var act = () => Tokenize("a\n\"abc\"x,1\n");
        act.Should().Throw<CsvSyntaxException>().Where(e => e.Line == 2);
    }

    [Test]
    public void ReadRecord_InvalidUtf8_ThrowsNamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\nc,d\ne,").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        var act = () => Tokenize(bytes);
        act.Should().Throw<CsvSyntaxException>().Where(e => e.Line == 3 && e.Message.Contains("UTF-8"));
    }

    [Test]
    public void ReadRecord_TruncatedUtf8AtEnd_Throws()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n").Concat(new byte[] { 0xE2, 0x82 }).ToArray();
        var act = () => Tokenize(bytes);
        act.Should().Throw<CsvSyntaxException>().Where(e => e.Line == 2);
    }

    [Test]
    public void ReadRecord_FieldLongerThanCap_Throws()
    {
        var limits = _limits with { MaxFieldLength = 100 };
        Tokenize("a," + new string('x', 100) + "\n", limits).Should().HaveCount(1);
        var act = () => Tokenize("a\n" + new string('x', 101) + "\n", limits);
        act.Should().Throw<CsvSyntaxException>().Where(e => e.Line == 2 && e.Message.Contains("longer than 100"));
        var quoted = () => Tokenize("a\n\"" + new string('x', 101) + "\"\n", limits);
        quoted.Should().Throw<CsvSyntaxException>();
    }

    [Test]
    public void ReadRecord_HugeUnendingFieldWithDefaultCap_FailsWithoutReadingItAll()
    {
        // 40 MB of one field: the tokenizer must stop at the 1 M cap, not buffer everything.
        var stream = new RepeatingStream((byte)'x', 40L << 20);
        using var tokenizer = new CsvTokenizer(stream, _limits);
        var act = () => tokenizer.ReadRecord();
        act.Should().Throw<CsvSyntaxException>().Where(e => e.Message.Contains("longer than"));
        stream.Position.Should().BeLessThan(8L << 20);
    }

    [Test]
    public void ReadRecord_TooManyColumns_Throws()
    {
        var limits = _limits with { MaxColumns = 3 };
        Tokenize("a,b,c\n", limits).Should().HaveCount(1);
        var act = () => Tokenize("a,b,c,d\n", limits);
        act.Should().Throw<CsvSyntaxException>().Where(e => e.Message.Contains("more than 3 fields"));
    }

    [Test]
    public void ReadRecord_RecordLongerThanCap_Throws()
    {
        var limits = _limits with { MaxRecordLength = 5000, MaxFieldLength = 4000 };
        var row = string.Join(",", Enumerable.Repeat(new string('y', 3000), 3));
        var act = () => Tokenize("a\n" + row + "\n", limits);
        act.Should().Throw<CsvSyntaxException>().Where(e => e.Message.Contains("record is longer"));
    }

    [Test]
    public void ReadRecord_RecordsAcrossBufferBoundaries_MatchASimpleSplit()
    {
        // Many records with quoted, escaped and multi-byte fields cross both the byte and the char buffer edges.
        var random = new Random(7);
        var expected = new List<string[]>();
        var text = new StringBuilder();
        for (var r = 0; r < 30_000; r++)
        {
            var fields = new string[4];
            for (var f = 0; f < fields.Length; f++)
            {
                fields[f] = random.Next(5) switch
                {
                    0 => "plain" + r,
                    1 => "ελληνικά, \"quoted\" " + r,
                    2 => "multi\nline " + new string('z', random.Next(200)),
                    3 => "😀 emoji " + r,
                    _ => string.Empty,
                };
            }

            expected.Add(fields);
            text.Append(string.Join(",", fields.Select(Quote))).Append("\r\n");
        }

        var records = Tokenize(text.ToString());
        records.Select(r => r.Fields).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        var expectedLine = 1L;
        for (var i = 0; i < records.Count; i++)
        {
            records[i].Line.Should().Be(expectedLine);
            expectedLine += 1 + expected[i].Sum(f => f.Count(c => c == '\n'));
        }
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    /// <summary>A long stream of one byte, produced on demand.</summary>
    private sealed class RepeatingStream(byte value, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill(value);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
