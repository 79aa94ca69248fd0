using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>
/// Hostile files: each is refused with an <see cref="InputFormatException"/> in bounded time and memory,
/// and nothing is fetched from the file system or the network.
/// </summary>
public class HostileInputTests
{
    // A hang detector, not a benchmark: the bytes-allocated bound below is what a mistake would break
    // (a 2 s bound failed on the shared 2-core machine under load while the readers were right).
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(30);

    private static string GraphML(string prolog, string body = "<node id=\"a\"/>") =>
        $"<?xml version=\"1.0\"?>\n{prolog}\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">{body}</graph></graphml>";

    private static string Gexf(string prolog, string body = "<node id=\"a\"/>") =>
        $"<?xml version=\"1.0\"?>\n{prolog}\n<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes>{body}</nodes></graph></gexf>";

    private static InputFormatException Refused(string format, byte[] bytes, FormatReadOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var read = () => RoundTrip.Read(format, bytes, options);
        var ex = read.Should().Throw<InputFormatException>().Which;
        watch.Elapsed.Should().BeLessThan(Fast);
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(64L * 1024 * 1024 + (4L * bytes.Length));
        ex.Problems.Should().OnlyContain(p => p.File == "input");
        return ex;
    }

    private static InputFormatException Refused(string format, string text, FormatReadOptions? options = null) =>
        Refused(format, Encoding.UTF8.GetBytes(text), options);

    private static string BillionLaughs(string root)
    {
        var text = new StringBuilder($"<!DOCTYPE {root} [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString())};", 10))}\">\n");
        }

        return text.Append("]>").ToString();
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    public void Read_BillionLaughs_IsRefusedAtTheDoctype(string format)
    {
        var prolog = BillionLaughs(format);
        var text = format == "graphml" ? GraphML(prolog, "<node id=\"&lol9;\"/>") : Gexf(prolog, "<node id=\"&lol9;\"/>");
        var ex = Refused(format, text);
        ex.Problems.Single().Message.Should().Contain("DOCTYPE");
        ex.Problems.Single().Line.Should().Be(2);
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    public void Read_QuadraticBlowup_IsRefused(string format)
    {
        var prolog = $"<!DOCTYPE {format} [<!ENTITY a \"{new string('x', 100_000)}\">]>";
        var body = $"<node id=\"n\" label=\"{string.Concat(Enumerable.Repeat("&a;", 20_000))}\"/>";
        Refused(format, format == "graphml" ? GraphML(prolog, body) : Gexf(prolog, body)).Message.Should().Contain("DOCTYPE");
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    public void Read_ExternalEntityToALocalFile_IsRefusedAndNothingIsRead(string format)
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var prolog = $"<!DOCTYPE {format} [<!ENTITY xxe SYSTEM \"file://{secret}\">]>";
            var body = "<node id=\"&xxe;\"/>";
            var ex = Refused(format, format == "graphml" ? GraphML(prolog, body) : Gexf(prolog, body));
            ex.ToString().Should().NotContain("TOP-SECRET-CONTENT");
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [TestCase("graphml", "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"http://127.0.0.1:{0}/x\">]>", "<node id=\"&xxe;\"/>")]
    [TestCase("graphml", "<!DOCTYPE graphml SYSTEM \"http://127.0.0.1:{0}/graphml.dtd\">", "<node id=\"a\"/>")]
    [TestCase("graphml", "<!DOCTYPE graphml [<!ENTITY % p SYSTEM \"http://127.0.0.1:{0}/p\"> %p;]>", "<node id=\"a\"/>")]
    [TestCase("gexf", "<!DOCTYPE gexf [<!ENTITY xxe SYSTEM \"http://127.0.0.1:{0}/x\">]>", "<node id=\"&xxe;\"/>")]
    public void Read_ExternalEntityToALoopbackPort_IsRefusedAndNothingConnects(string format, string prolog, string body)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var p = string.Format(System.Globalization.CultureInfo.InvariantCulture, prolog, port);
            Refused(format, format == "graphml" ? GraphML(p, body) : Gexf(p, body));
            Thread.Sleep(200);
            listener.Pending().Should().BeFalse("the reader must never open a connection");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Test]
    public void Read_SchemaLocationOnLoopback_IsNotFetched()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var text = $"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://127.0.0.1:{port}/g.xsd\"><graph/></graphml>";
            RoundTrip.Read("graphml", text).Network.AgentCount.Should().Be(0);
            Thread.Sleep(200);
            listener.Pending().Should().BeFalse();
        }
        finally
        {
            listener.Stop();
        }
    }

    [TestCase("graphml", "<!DOCTYPE graphml>\n<graphml><graph/></graphml>")]
    [TestCase("graphml", "<?xml version=\"1.0\"?><!DOCTYPE x PUBLIC \"-//x//EN\" \"x.dtd\"><graphml><graph/></graphml>")]
    [TestCase("graphml", "<graphml><graph><!DOCTYPE x></graph></graphml>")]
    [TestCase("graphml", "<graphml><graph/></graphml><!DOCTYPE x>")]
    [TestCase("gexf", "<!DOCTYPE gexf><gexf><graph/></gexf>")]
    [TestCase("gexf", "<gexf><graph><nodes><!DOCTYPE x></nodes></graph></gexf>")]
    public void Read_DoctypeAnywhere_IsRefused(string format, string text) => Refused(format, text);

    [TestCase("graphml")]
    [TestCase("gexf")]
    public void Read_DeepNesting_FinishesQuickly(string format)
    {
        const int depth = 100_000;
        var deep = string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth));
        var text = format == "graphml" ? GraphML(string.Empty, "<node id=\"a\"/>" + deep) : Gexf(string.Empty, "<node id=\"a\"/>" + deep);
        var watch = Stopwatch.StartNew();
        RoundTrip.Read(format, text).Network.AgentCount.Should().Be(1, "unknown elements are skipped");
        watch.Elapsed.Should().BeLessThan(Fast);

        var unclosed = format == "graphml" ? GraphML(string.Empty, string.Concat(Enumerable.Repeat("<x>", depth))) : Gexf(string.Empty, string.Concat(Enumerable.Repeat("<x>", depth)));
        Refused(format, unclosed);
    }

    [TestCase("graphology")]
    [TestCase("cytoscape")]
    [TestCase("ftm")]
    [TestCase("apoc")]
    public void Read_DeepJson_IsRefusedAtTheDepthCap(string format)
    {
        var text = format switch
        {
            "ftm" => "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": " + new string('[', 10_000) + new string(']', 10_000) + "}}",
            "apoc" => "{\"type\": \"node\", \"id\": \"0\", \"properties\": {\"x\": " + new string('[', 10_000) + new string(']', 10_000) + "}}",
            _ => "{\"nodes\": [{\"key\": \"a\", \"attributes\": {\"x\": " + new string('[', 10_000) + new string(']', 10_000) + "}}]}",
        };
        Refused(format, text).Message.Should().Contain("depth");
    }

    [TestCase("graphml", new byte[] { 0xFF, 0xFE, 0xFD })]
    [TestCase("gexf", new byte[] { 0xC3, 0x28 })]
    [TestCase("graphology", new byte[] { 0xC3, 0x28 })]
    [TestCase("pajek", new byte[] { 0xED, 0xA0, 0x80 })]
    [TestCase("dl", new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    [TestCase("ftm", new byte[] { 0xC3, 0x28 })]
    [TestCase("apoc", new byte[] { 0xED, 0xA0, 0x80 })]
    public void Read_InvalidUtf8_IsRefused(string format, byte[] bad)
    {
        var (before, after) = format switch
        {
            "ftm" => ("{\"id\": \"a\", \"schema\": \"Person\"}\n{\"id\": \"", "\", \"schema\": \"Person\"}\n"),
            "apoc" => ("{\"type\": \"node\", \"id\": \"", "\"}\n"),
            "graphml" => ("<graphml><graph><node id=\"", "\"/></graph></graphml>"),
            "gexf" => ("<gexf><graph><nodes><node id=\"", "\"/></nodes></graph></gexf>"),
            "graphology" => ("{\"nodes\": [{\"key\": \"", "\"}]}"),
            "pajek" => ("*Vertices 1\n1 \"", "\"\n"),
            _ => ("DL N=1 FORMAT=EDGELIST1 LABELS EMBEDDED DATA:\n", " x\n"),
        };
        Refused(format, Encoding.UTF8.GetBytes(before).Concat(bad).Concat(Encoding.UTF8.GetBytes(after)).ToArray());
    }

    [TestCase("pajek", "*Vertices 2147483647\n")]
    [TestCase("pajek", "*Vertices 999999999999999999999\n")]
    [TestCase("dl", "DL n=1000000000 format=fullmatrix data:\n")]
    [TestCase("dl", "DL n=1000001 format=edgelist1 data:\n")]
    public void Read_HugeDeclaredSize_IsRefusedBeforeAllocating(string format, string text)
    {
        Refused(format, text);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        _ = Assert.Throws<InputFormatException>(() => RoundTrip.Read(format, text));
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(1024 * 1024);
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    [TestCase("graphology")]
    [TestCase("pajek")]
    [TestCase("ftm")]
    [TestCase("apoc")]
    public void Read_ValueOverTheLengthCap_IsRefused(string format)
    {
        var big = new string('x', 5_000_000);
        var text = format switch
        {
            "ftm" => $"{{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {{\"name\": [\"{big}\"]}}}}",
            "apoc" => $"{{\"type\": \"node\", \"id\": \"0\", \"labels\": [\"{big}\"]}}",
            "graphml" => GraphML(string.Empty, $"<node id=\"{big}\"/>"),
            "gexf" => Gexf(string.Empty, $"<node id=\"a\" label=\"{big}\"/>"),
            "graphology" => $"{{\"nodes\": [{{\"key\": \"a\", \"attributes\": {{\"x\": \"{big}\"}}}}]}}",
            _ => $"*Vertices 1\n1 \"{big}\"\n",
        };
        Refused(format, text).Message.Should().Contain("MaxAttributeLength");
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    [TestCase("cytoscape")]
    [TestCase("pajek")]
    [TestCase("ftm")]
    [TestCase("apoc")]
    public void Read_OverTheCaps_IsRefusedNamingTheCap(string format)
    {
        var network = new TransactionNetworkBuilder()
            .AddAgent(new Agent("a", AgentKind.Person)).AddAgent(new Agent("b", AgentKind.Person)).AddAgent(new Agent("c", AgentKind.Person))
            .AddTransaction(new Transaction("a", "b", TransactionKind.Payment)).AddTransaction(new Transaction("b", "c", TransactionKind.Payment))
            .Build();
        var bytes = RoundTrip.Bytes(format, network);
        Refused(format, bytes, FormatReadOptions.Default with { MaxNodes = 2 }).Message.Should().Contain("MaxNodes");
        Refused(format, bytes, FormatReadOptions.Default with { MaxEdges = 1 }).Message.Should().Contain("MaxEdges");
        Refused(format, bytes, FormatReadOptions.Default with { MaxDocumentBytes = bytes.Length - 1 }).Message.Should().Contain("MaxDocumentBytes");
        RoundTrip.Read(format, bytes, FormatReadOptions.Default with { MaxDocumentBytes = bytes.Length }).Network.AgentCount.Should().Be(3);
    }

    [Test]
    public void Read_TooManyKeys_IsRefused()
    {
        var keys = string.Concat(Enumerable.Range(0, 20).Select(i => $"<key id=\"k{i}\" for=\"node\" attr.name=\"a{i}\"/>"));
        var text = $"<graphml>{keys}<graph/></graphml>";
        Refused("graphml", text, FormatReadOptions.Default with { MaxAttributeNames = 10 }).Message.Should().Contain("MaxAttributeNames");
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    [TestCase("graphology")]
    [TestCase("pajek")]
    [TestCase("dl")]
    [TestCase("ftm")]
    [TestCase("apoc")]
    public void Read_StreamThatFails_IsAnInputFormatExceptionWithTheIOError(string format)
    {
        using var stream = new FailingStream(Encoding.UTF8.GetBytes(new string(' ', 100)));
        var read = () => NetworkFormats.ByName(format).Read(stream, "broken.file", FormatReadOptions.Default, CancellationToken.None);
        read.Should().Throw<InputFormatException>().WithInnerException<IOException>();
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    [TestCase("cytoscape")]
    [TestCase("pajek")]
    [TestCase("ftm")]
    [TestCase("apoc")]
    public void Read_Cancelled_ThrowsOperationCanceled(string format)
    {
        var builder = new TransactionNetworkBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            builder.AddAgent(new Agent("n" + i, AgentKind.Person));
        }

        var bytes = RoundTrip.Bytes(format, builder.Build());
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var read = () => NetworkFormats.ByName(format).Read(new MemoryStream(bytes), "x", FormatReadOptions.Default, cts.Token);
        read.Should().Throw<OperationCanceledException>();
    }

    /// <summary>Returns some bytes, then fails like a dropped network share.</summary>
    private sealed class FailingStream(byte[] prefix) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= prefix.Length)
            {
                throw new IOException("the network path was not found");
            }

            var n = Math.Min(Math.Min(count, 10), prefix.Length - _position);
            Array.Copy(prefix, _position, buffer, offset, n);
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

public class ManyAttributesTests
{
    [Test]
    public void Read_NodesWithThousandsOfAttributes_StayLinear()
    {
        const int keys = 10_000;
        var text = new System.Text.StringBuilder("<graphml>");
        for (var k = 0; k < keys; k++)
        {
            text.Append($"<key id=\"k{k}\" for=\"node\" attr.name=\"a{k}\"/>");
        }

        text.Append("<graph>");
        for (var n = 0; n < 30; n++)
        {
            text.Append($"<node id=\"n{n}\">");
            for (var k = 0; k < keys; k++)
            {
                text.Append($"<data key=\"k{k}\">v</data>");
            }

            text.Append("</node>");
        }

        text.Append("</graph></graphml>");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        RoundTrip.Read("graphml", text.ToString()).Network.Agents[0].Attributes.Should().HaveCount(keys);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [TestCase("graphml")]
    [TestCase("gexf")]
    public void Read_DefaultsThatWouldFillTheMemory_AreRefusedAtTheCap(string format)
    {
        // 200 declared defaults times 5,000 empty nodes: a million values from 100 KB.
        var columns = string.Concat(Enumerable.Range(0, 200).Select(k => format == "graphml"
            ? $"<key id=\"k{k}\" for=\"node\" attr.name=\"a{k}\"><default>v</default></key>"
            : $"<attribute id=\"k{k}\" title=\"a{k}\" type=\"string\"><default>v</default></attribute>"));
        var nodes = string.Concat(Enumerable.Range(0, 5_000).Select(n => $"<node id=\"n{n}\"/>"));
        var text = format == "graphml"
            ? $"<graphml>{columns}<graph>{nodes}</graph></graphml>"
            : $"<gexf><graph><attributes class=\"node\">{columns}</attributes><nodes>{nodes}</nodes></graph></gexf>";
        var options = FormatReadOptions.Default with { MaxAttributeValues = 100_000 };
        var read = () => RoundTrip.Read(format, text, options);
        read.Should().Throw<InputFormatException>().WithMessage("*MaxAttributeValues*");
        RoundTrip.Read(format, text, FormatReadOptions.Default).Network.Agents[^1].Attributes.Should().HaveCount(200);
    }

    [Test]
    public void Read_JsonObjectWithMoreAttributesThanTheCap_IsRefused()
    {
        var attributes = string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"a{i}\": 1"));
        var read = () => RoundTrip.Read("graphology", $"{{\"nodes\": [{{\"key\": \"x\", \"attributes\": {{{attributes}}}}}]}}");
        read.Should().Throw<InputFormatException>().WithMessage("*MaxAttributeNames*");
    }
}
