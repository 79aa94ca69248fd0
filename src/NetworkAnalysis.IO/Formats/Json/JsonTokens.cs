using System.Text;
using System.Text.Json;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Json;

/// <summary>
/// Pulls JSON tokens from a stream through <see cref="Utf8JsonReader"/> over a refilled buffer, so a large
/// file is never held whole. Depth is capped (<see cref="FormatReadOptions.MaxJsonDepth"/>), a single token
/// cannot outgrow <see cref="FormatReadOptions.MaxAttributeLength"/>, and every problem names the line and
/// byte offset.
/// </summary>
internal sealed class JsonTokens
{
    private const int InitialBuffer = 1 << 16;

    private readonly Stream _stream;
    private readonly ReadSession _s;
    private readonly int _maxBuffer;
    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private long _offset;
    private long _line = 1;

    public JsonTokens(Stream stream, ReadSession session)
    {
        _stream = stream;
        _s = session;

        // Escaped, a string of n characters takes at most 6n bytes (\uXXXX per UTF-16 unit).
        _maxBuffer = (int)Math.Min(Array.MaxLength, Math.Max(InitialBuffer, (long)session.Options.MaxAttributeLength * 6 + 64));
        _state = new JsonReaderState(new JsonReaderOptions
        {
            MaxDepth = session.Options.MaxJsonDepth,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
        });
    }

    public JsonTokenType Type { get; private set; }

    /// <summary>The text of the current string, property name, number (as written) or literal (true/false); null for others.</summary>
    public string? Text { get; private set; }

    /// <summary>The line of the current token.</summary>
    public long Line { get; private set; }

    /// <summary>The byte offset of the current token.</summary>
    public long Offset { get; private set; }

    /// <summary>The depth of the current token (0 for the root value).</summary>
    public int Depth { get; private set; }

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public bool Read()
    {
        while (true)
        {
            if (TryRead())
            {
                return true;
            }

            if (_final)
            {
                return false;
            }

            Fill();
        }
    }

    /// <summary>Reads the next token and fails when the document ends.</summary>
    public void Next()
    {
        if (!Read())
        {
            throw _s.Error(_line, null, "the JSON document ends too early");
        }
    }

    /// <summary>Skips the current value (with everything inside it when it is an object or array).</summary>
    public void SkipValue()
    {
        if (Type is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = Depth;
        do
        {
            Next();
        }
        while (Depth > depth || Type is not (JsonTokenType.EndObject or JsonTokenType.EndArray));
    }

    public Core.InputFormatException Error(string message) =>
        _s.Error(Line, null, $"{message} (byte offset {Offset:N0})");

    private bool TryRead()
    {
        var span = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(span, _final, _state);
        bool ok;
        try
        {
            ok = reader.Read();
        }
        catch (JsonException ex)
        {
            var line = _line + (ex.LineNumber ?? 0);
            throw _s.Error(line, null, $"not valid JSON near byte offset {_offset + reader.BytesConsumed:N0}: {ex.Message}");
        }

        if (!ok)
        {
            Advance(span, (int)reader.BytesConsumed);
            _state = reader.CurrentState;
            return false;
        }

        var tokenStart = (int)reader.TokenStartIndex;
        Line = _line + span[..tokenStart].Count((byte)'\n');
        Offset = _offset + tokenStart;
        Type = reader.TokenType;
        Depth = reader.CurrentDepth;
        Text = Type switch
        {
            JsonTokenType.String or JsonTokenType.PropertyName => GetString(ref reader),
            JsonTokenType.Number => Encoding.ASCII.GetString(reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => null,
        };
        Advance(span, (int)reader.BytesConsumed);
        _state = reader.CurrentState;
        return true;
    }

    private string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            var text = reader.GetString()!;
            if (text.Length > _s.Options.MaxAttributeLength)
            {
                throw Error($"a string is longer than {_s.Options.MaxAttributeLength:N0} characters (FormatReadOptions.MaxAttributeLength)");
            }

            return text;
        }
        catch (InvalidOperationException ex)
        {
            // GetString throws this for bytes that are not valid UTF-8.
            throw Error($"a string is not valid UTF-8: {ex.Message}");
        }
    }

    private void Advance(ReadOnlySpan<byte> span, int consumed)
    {
        _line += span[..consumed].Count((byte)'\n');
        _offset += consumed;
        _start += consumed;
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
            if (_buffer.Length >= _maxBuffer)
            {
                throw _s.Error(_line, null, $"a JSON token at byte offset {_offset:N0} is longer than FormatReadOptions.MaxAttributeLength allows");
            }

            Array.Resize(ref _buffer, (int)Math.Min(_maxBuffer, (long)_buffer.Length * 2));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
        }

        _end += read;
    }
}
