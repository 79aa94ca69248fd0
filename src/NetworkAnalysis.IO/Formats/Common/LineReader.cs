using System.Text;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// Reads a plain-text file line by line from bytes, decoding each line on its own so that an invalid byte
/// is reported on its exact line. UTF-8 (strict, BOM skipped) unless <see cref="FormatReadOptions.TextEncoding"/>
/// names another ASCII-compatible encoding; UTF-16 files are refused with a clear message.
/// </summary>
internal sealed class LineReader
{
    private readonly Stream _stream;
    private readonly ReadSession _s;
    private readonly Encoding _encoding;
    private readonly bool _utf8;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public LineReader(Stream stream, ReadSession session)
    {
        _stream = stream;
        _s = session;
        _utf8 = session.Options.TextEncoding is null;
        _encoding = session.Options.TextEncoding is { } encoding
            ? Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    }

    /// <summary>The 1-based number of the line last read.</summary>
    public long LineNumber { get; private set; }

    public bool ReadLine(out string line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Decode(_buffer.AsSpan(_start, newline));
                _start += newline + 1;
                return true;
            }

            if (_eof)
            {
                if (_start < _end)
                {
                    line = Decode(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    return true;
                }

                line = string.Empty;
                return false;
            }

            Fill();
        }
    }

    private string Decode(ReadOnlySpan<byte> bytes)
    {
        LineNumber++;
        if (LineNumber == 1)
        {
            if (bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }
            else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                throw _s.Error(1, null, "the file is UTF-16; save it as UTF-8");
            }
        }

        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        try
        {
            return _encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw _s.Error(LineNumber, null, _utf8
                ? "the line is not valid UTF-8 (for a file in another encoding set FormatReadOptions.TextEncoding)"
                : $"the line is not valid {_encoding.WebName}");
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // A long line (a matrix row) grows the buffer; the document cap bounds it.
            Array.Resize(ref _buffer, (int)Math.Min(Array.MaxLength, (long)_buffer.Length * 2));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
    }

    /// <summary>Makes an exception for the current line.</summary>
    public InputFormatException Error(string message) => _s.Error(LineNumber, null, message);
}
