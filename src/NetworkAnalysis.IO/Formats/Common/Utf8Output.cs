using System.Buffers;
using System.Globalization;
using System.Text;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// A buffered UTF-8 text writer over a stream with the escaping rules of XML and CSV built in. Faster than
/// <c>XmlWriter</c> for the millions of small elements of a large graph, and it never writes a character
/// XML 1.0 cannot carry (control characters, unpaired surrogates, U+FFFE/U+FFFF become U+FFFD).
/// </summary>
internal sealed class Utf8Output : IDisposable
{
    private const int BufferSize = 1 << 16;
    // What XML cannot write as it is: markup characters, line breaks and tabs (kept by references in
    // attributes), and characters XML 1.0 does not allow at all (replaced).
    private static readonly SearchValues<char> _attributeSpecial = SearchValues.Create(
        "&<>\"\t\n\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private static readonly SearchValues<char> _textSpecial = SearchValues.Create(
        "&<>\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private static readonly bool[] _attributePlain = PlainTable(_attributeSpecial);
    private static readonly bool[] _textPlain = PlainTable(_textSpecial);

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _pos;

    public Utf8Output(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>Characters replaced by U+FFFD because the output cannot carry them.</summary>
    public long Replaced { get; private set; }

    /// <summary>Writes ASCII text as it is (markup and literals).</summary>
    public Utf8Output Raw(string ascii)
    {
        if (ascii.Length > BufferSize - _pos)
        {
            Flush();
            if (ascii.Length > BufferSize)
            {
                _stream.Write(Encoding.UTF8.GetBytes(ascii));
                return this;
            }
        }

        _pos += Encoding.UTF8.GetBytes(ascii, _buffer.AsSpan(_pos));
        return this;
    }

    /// <summary>Writes bytes that are already UTF-8 (u8 literals, pre-encoded names).</summary>
    public Utf8Output Raw(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > BufferSize - _pos)
        {
            Flush();
            if (utf8.Length > BufferSize)
            {
                _stream.Write(utf8);
                return this;
            }
        }

        utf8.CopyTo(_buffer.AsSpan(_pos));
        _pos += utf8.Length;
        return this;
    }

    public Utf8Output Raw(char ascii)
    {
        Ensure(1);
        _buffer[_pos++] = (byte)ascii;
        return this;
    }

    /// <summary>Writes a double in its shortest round-trip form.</summary>
    public Utf8Output Number(double value)
    {
        Ensure(32);
        value.TryFormat(_buffer.AsSpan(_pos), out var written, default, CultureInfo.InvariantCulture);
        _pos += written;
        return this;
    }

    public Utf8Output Number(long value)
    {
        Ensure(24);
        value.TryFormat(_buffer.AsSpan(_pos), out var written, default, CultureInfo.InvariantCulture);
        _pos += written;
        return this;
    }

    /// <summary>Writes text escaped for an XML attribute value in double quotes (tabs and line breaks as references, so they survive).</summary>
    public Utf8Output XmlAttribute(string text) => Escaped(text, attribute: true);

    /// <summary>Writes text escaped for XML element content (CR as a reference, so CRLF survives).</summary>
    public Utf8Output XmlText(string text) => Escaped(text, attribute: false);

    /// <summary>Writes text as it is, only making it valid UTF-8 (unpaired surrogates become U+FFFD).</summary>
    public Utf8Output Text(string text)
    {
        Transcode(text);
        return this;
    }

    public void Flush()
    {
        if (_pos > 0)
        {
            _stream.Write(_buffer, 0, _pos);
            _pos = 0;
        }
    }

    public void Dispose() => Flush();

    /// <summary>True when XML 1.0 can carry <paramref name="c"/> (surrogates are checked in pairs elsewhere).</summary>
    public static bool IsXmlChar(char c) => c >= 0x20 ? c < 0xFFFE : c is '\t' or '\n' or '\r';

    private Utf8Output Escaped(string text, bool attribute)
    {
        // Fast path for the common short ASCII value: one table lookup per character, no calls.
        var reserve = (text.Length * 6) + 16;
        if (reserve <= BufferSize)
        {
            if (reserve > BufferSize - _pos)
            {
                Flush();
            }

            var plain = attribute ? _attributePlain : _textPlain;
            var buffer = _buffer;
            var pos = _pos;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 128 && plain[c])
                {
                    buffer[pos++] = (byte)c;
                    continue;
                }

                _pos = pos;
                return EscapedSlow(text.AsSpan(i), attribute);
            }

            _pos = pos;
            return this;
        }

        return EscapedSlow(text, attribute);
    }

    private Utf8Output EscapedSlow(ReadOnlySpan<char> text, bool attribute)
    {
        var rest = text;
        var special = attribute ? _attributeSpecial : _textSpecial;
        while (!rest.IsEmpty)
        {
            // Runs of ordinary characters are transcoded in bulk; only the rare specials go one by one.
            var at = rest.IndexOfAny(special);
            var run = at < 0 ? rest : rest[..at];
            if (!run.IsEmpty)
            {
                Transcode(run);
            }

            if (at < 0)
            {
                break;
            }

            var c = rest[at];
            switch (c)
            {
                case '&': Raw("&amp;"); break;
                case '<': Raw("&lt;"); break;
                case '>': Raw("&gt;"); break;
                case '"': Raw("&quot;"); break;
                case '\r': Raw("&#13;"); break;
                case '\n': Raw("&#10;"); break;
                case '\t': Raw("&#9;"); break;
                default: Replacement(); break;
            }

            rest = rest[(at + 1)..];
        }

        return this;
    }

    // UTF-16 to UTF-8 in bulk; an unpaired surrogate becomes U+FFFD.
    private void Transcode(ReadOnlySpan<char> run)
    {
        while (!run.IsEmpty)
        {
            if (BufferSize - _pos < 8)
            {
                Flush();
            }

            var status = System.Text.Unicode.Utf8.FromUtf16(run, _buffer.AsSpan(_pos), out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            _pos += written;
            run = run[read..];
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                Replacement();
                run = run[1..];
            }
        }
    }

    private static bool[] PlainTable(SearchValues<char> special)
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = !special.Contains((char)c);
        }

        return table;
    }

    private void Replacement()
    {
        Ensure(3);
        _buffer[_pos++] = 0xEF;
        _buffer[_pos++] = 0xBF;
        _buffer[_pos++] = 0xBD;
        Replaced++;
    }

    private void Ensure(int bytes)
    {
        if (_pos + bytes > BufferSize)
        {
            Flush();
        }
    }
}
