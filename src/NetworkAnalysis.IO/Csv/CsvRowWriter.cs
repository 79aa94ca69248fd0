using System.Buffers;

namespace NetworkAnalysis.IO.Csv;

/// <summary>Writes RFC 4180 rows, quoting a field only when it needs it; LF line ends.</summary>
internal sealed class CsvRowWriter
{
    private static readonly SearchValues<char> _needsQuotes = SearchValues.Create(",\"\r\n");
    private readonly TextWriter _writer;
    private bool _firstField = true;

    public CsvRowWriter(TextWriter writer) => _writer = writer;

    public void Field(ReadOnlySpan<char> value)
    {
        if (!_firstField)
        {
            _writer.Write(',');
        }

        _firstField = false;
        if (!NeedsQuotes(value))
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        while (true)
        {
            var quote = value.IndexOf('"');
            if (quote < 0)
            {
                _writer.Write(value);
                break;
            }

            _writer.Write(value[..(quote + 1)]);
            _writer.Write('"');
            value = value[(quote + 1)..];
        }

        _writer.Write('"');
    }

    public void Field<T>(T value, ReadOnlySpan<char> format = default)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written, format, System.Globalization.CultureInfo.InvariantCulture))
        {
            Field(buffer[..written]);
        }
        else
        {
            Field(value.ToString(format.IsEmpty ? null : format.ToString(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public void EndRow()
    {
        _writer.Write('\n');
        _firstField = true;
    }

    // Surrounding white space and a leading BOM are quoted too, so that no reader trims or drops them.
    private static bool NeedsQuotes(ReadOnlySpan<char> value) =>
        value.ContainsAny(_needsQuotes)
        || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value[0] == '\uFEFF'));
}
