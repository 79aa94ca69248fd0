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
        value.TryFormat(_buffer.AsSpan(_pos), out var written, "R", CultureInfo.InvariantCulture);
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
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                Ensure(1);
                _buffer[_pos++] = (byte)c;
            }
            else
            {
                i = Encode(text, i, xml: false);
            }
        }

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
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                switch (c)
                {
                    case '&': Raw("&amp;"); break;
                    case '<': Raw("&lt;"); break;
                    case '>': Raw("&gt;"); break;
                    case '"' when attribute: Raw("&quot;"); break;
                    case '\r': Raw("&#13;"); break;
                    case '\n' when attribute: Raw("&#10;"); break;
                    case '\t' when attribute: Raw("&#9;"); break;
                    default:
                        if (c < 0x20 && c is not '\n' and not '\t')
                        {
                            Replacement();
                        }
                        else
                        {
                            Ensure(1);
                            _buffer[_pos++] = (byte)c;
                        }

                        break;
                }
            }
            else
            {
                i = Encode(text, i, xml: true);
            }
        }

        return this;
    }

    // Encodes the non-ASCII character at i (and its low surrogate); returns the index of the last char used.
    private int Encode(string text, int i, bool xml)
    {
        Ensure(4);
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var rune = new Rune(c, text[i + 1]);
            _pos += rune.EncodeToUtf8(_buffer.AsSpan(_pos));
            return i + 1;
        }

        if (char.IsSurrogate(c) || (xml && c >= 0xFFFE))
        {
            Replacement();
            return i;
        }

        _pos += new Rune(c).EncodeToUtf8(_buffer.AsSpan(_pos));
        return i;
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
