using System.Globalization;
using System.Text;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.EdgeLists;

/// <summary>
/// Reads plain edge lists: one edge per line, <c>source target [weight]</c>, separated by spaces or tabs;
/// or, for a <c>.csv</c> file, a header <c>source,target[,weight]</c> and comma-separated rows (RFC 4180
/// quotes allowed). Lines starting with <c>#</c> or <c>%</c> are comments, blank lines are skipped, a line
/// with a single id declares an isolated node, columns after the weight are ignored.
/// </summary>
/// <remarks>
/// Node ids are strings, numbered in order of first appearance. The file is streamed in 1 MiB blocks and
/// parsed as UTF-8 bytes; each distinct id is decoded once (invalid UTF-8 is an error), so memory is
/// proportional to the nodes and edges, not to the text. Errors are <see cref="InputFormatException"/>s
/// naming the file and line. O(file size) time.
/// </remarks>
public static class EdgeListReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/>; the CSV dialect is used when <paramref name="csv"/> says so or, when null, when the extension is <c>.csv</c>.</summary>
    /// <exception cref="InputFormatException">The file is missing, malformed or exceeds a limit.</exception>
    public static EdgeListData Read(string path, EdgeListReadOptions? options = null, bool? csv = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var isCsv = csv ?? string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFormatException(new InputProblem(path, null, null, $"cannot open the file: {ex.Message}"), ex);
        }

        using (stream)
        {
            return Read(stream, path, isCsv, options);
        }
    }

    /// <summary>Reads an edge list from <paramref name="stream"/>; <paramref name="fileName"/> is used in error messages.</summary>
    /// <exception cref="InputFormatException">The input is malformed or exceeds a limit.</exception>
    public static EdgeListData Read(Stream stream, string fileName, bool csv, EdgeListReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var parser = new Parser(fileName, csv, options ?? new EdgeListReadOptions());
        return parser.Run(stream);
    }

    private sealed class Parser
    {
        private readonly string _file;
        private readonly bool _csv;
        private readonly EdgeListReadOptions _options;
        private readonly ByteIdTable _ids = new();
        private readonly List<string> _names = [];
        private int[] _sources = new int[1024];
        private int[] _targets = new int[1024];
        private double[] _weights = new double[1024];
        private bool _anyWeight;
        private int _edges;
        private long _line;
        private bool _headerSeen;

        public Parser(string file, bool csv, EdgeListReadOptions options)
        {
            _file = file;
            _csv = csv;
            _options = options;
        }

        public EdgeListData Run(Stream stream)
        {
            var buffer = new byte[Math.Max(1 << 20, _options.MaxLineBytes + 2)];
            var filled = 0;
            var atStart = true;
            while (true)
            {
                int read;
                try
                {
                    read = stream.Read(buffer, filled, buffer.Length - filled);
                }
                catch (IOException ex)
                {
                    throw new InputFormatException(new InputProblem(_file, _line, null, $"read error: {ex.Message}"), ex);
                }

                filled += read;
                var span = buffer.AsSpan(0, filled);
                if (atStart && span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
                {
                    span = span[3..];
                }

                atStart = false;
                while (true)
                {
                    var nl = span.IndexOf((byte)'\n');
                    if (nl < 0)
                    {
                        break;
                    }

                    _line++;
                    ParseLine(span[..nl]);
                    span = span[(nl + 1)..];
                }

                var rest = span.Length;
                if (read == 0)
                {
                    if (rest > 0)
                    {
                        _line++;
                        ParseLine(span);
                    }

                    break;
                }

                if (rest >= _options.MaxLineBytes || rest == buffer.Length)
                {
                    throw Problem(_line + 1, $"a line is longer than {_options.MaxLineBytes} bytes");
                }

                span.CopyTo(buffer);
                filled = rest;
            }

            var names = _names.ToArray();
            var sources = _sources.AsSpan(0, _edges).ToArray();
            var targets = _targets.AsSpan(0, _edges).ToArray();
            var weights = _anyWeight ? _weights.AsSpan(0, _edges).ToArray() : null;
            return new EdgeListData(names, sources, targets, weights);
        }

        private InputFormatException Problem(long line, string message) =>
            new(new InputProblem(_file, line, null, message));

        private void ParseLine(ReadOnlySpan<byte> line)
        {
            if (line.Length > _options.MaxLineBytes)
            {
                throw Problem(_line, $"the line is longer than {_options.MaxLineBytes} bytes");
            }

            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            var trimmed = line.TrimStart(" \t"u8);
            if (trimmed.IsEmpty || trimmed[0] == (byte)'#' || trimmed[0] == (byte)'%')
            {
                return;
            }

            Span<Range> fields = stackalloc Range[4];
            var count = _csv ? SplitCsv(trimmed, fields) : SplitWhitespace(trimmed, fields);
            if (_csv && !_headerSeen)
            {
                _headerSeen = true;
                CheckHeader(trimmed, fields, count);
                return;
            }

            var source = Intern(Unquote(trimmed[fields[0]]), "source");
            if (count == 1)
            {
                return; // an isolated node
            }

            var target = Intern(Unquote(trimmed[fields[1]]), "target");
            var weight = 1.0;
            if (count >= 3)
            {
                var text = Unquote(trimmed[fields[2]]);
                if (!text.IsEmpty)
                {
                    if (!TryParseSmallInteger(text, out weight)
                        && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight)))
                    {
                        throw Problem(_line, $"column 'weight': '{Show(text)}' is not a finite number");
                    }

                    if (Math.Abs(weight) > QuantityLimits.MaxWeight)
                    {
                        throw Problem(_line, $"column 'weight': '{Show(text)}' is beyond the largest weight accepted (1e12)");
                    }

                    _anyWeight = true;
                }
            }

            if (_edges == _sources.Length)
            {
                if (_edges >= _options.MaxEdges)
                {
                    throw Problem(_line, $"more than {_options.MaxEdges} edges (the limit)");
                }

                var size = (int)Math.Min(Math.Min(Array.MaxLength, (long)_options.MaxEdges), (long)_sources.Length * 2);
                Array.Resize(ref _sources, size);
                Array.Resize(ref _targets, size);
                Array.Resize(ref _weights, size);
            }

            _sources[_edges] = source;
            _targets[_edges] = target;
            _weights[_edges] = weight;
            _edges++;
        }

        /// <summary>Most weights are plain integers (counts, cents): parse those without the general number parser.</summary>
        private static bool TryParseSmallInteger(ReadOnlySpan<byte> text, out double value)
        {
            value = 0;
            if (text.Length > 15)
            {
                return false;
            }

            long n = 0;
            foreach (var b in text)
            {
                var digit = (uint)(b - (byte)'0');
                if (digit > 9)
                {
                    return false;
                }

                n = (n * 10) + digit;
            }

            value = n;
            return true;
        }

        private void CheckHeader(ReadOnlySpan<byte> line, Span<Range> fields, int count)
        {
            var ok = count >= 2
                && Ascii.EqualsIgnoreCase(Unquote(line[fields[0]]).Trim(" "u8), "source"u8)
                && Ascii.EqualsIgnoreCase(Unquote(line[fields[1]]).Trim(" "u8), "target"u8)
                && (count < 3 || Ascii.EqualsIgnoreCase(Unquote(line[fields[2]]).Trim(" "u8), "weight"u8));
            if (!ok)
            {
                throw Problem(_line, "a .csv edge list must start with the header 'source,target' or 'source,target,weight'");
            }
        }

        private int Intern(ReadOnlySpan<byte> id, string column)
        {
            if (id.IsEmpty)
            {
                throw Problem(_line, $"column '{column}': empty node id");
            }

            if (id.Length > _options.MaxIdBytes)
            {
                throw Problem(_line, $"column '{column}': node id longer than {_options.MaxIdBytes} bytes");
            }

            var index = _ids.GetOrAdd(id, _names.Count, out var added);
            if (added)
            {
                if (_names.Count >= _options.MaxNodes)
                {
                    throw Problem(_line, $"more than {_options.MaxNodes} nodes (the limit)");
                }

                string name;
                try
                {
                    name = StrictUtf8.GetString(id);
                }
                catch (DecoderFallbackException)
                {
                    throw Problem(_line, $"column '{column}': the node id is not valid UTF-8");
                }

                _names.Add(name);
            }

            return index;
        }

        private static int SplitWhitespace(ReadOnlySpan<byte> line, Span<Range> fields)
        {
            var count = 0;
            var i = 0;
            while (i < line.Length && count < fields.Length)
            {
                while (i < line.Length && (line[i] == (byte)' ' || line[i] == (byte)'\t'))
                {
                    i++;
                }

                if (i >= line.Length || line[i] == (byte)'#')
                {
                    break;
                }

                var start = i;
                while (i < line.Length && line[i] != (byte)' ' && line[i] != (byte)'\t')
                {
                    i++;
                }

                fields[count++] = new Range(start, i);
            }

            return count;
        }

        private int SplitCsv(ReadOnlySpan<byte> line, Span<Range> fields)
        {
            var count = 0;
            var i = 0;
            while (count < fields.Length)
            {
                var start = i;
                if (i < line.Length && line[i] == (byte)'"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= line.Length)
                        {
                            throw Problem(_line, "unterminated quoted field (a quoted field cannot span lines in an edge list)");
                        }

                        if (line[i] == (byte)'"')
                        {
                            if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                            {
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        i++;
                    }
                }
                else
                {
                    while (i < line.Length && line[i] != (byte)',')
                    {
                        i++;
                    }
                }

                fields[count++] = new Range(start, i);
                if (i >= line.Length)
                {
                    break;
                }

                if (line[i] != (byte)',')
                {
                    throw Problem(_line, "unexpected text after a closing quote");
                }

                i++;
            }

            return count;
        }

        private ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> field)
        {
            if (field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"')
            {
                field = field[1..^1];
                if (field.IndexOf("\"\""u8) >= 0)
                {
                    var copy = new byte[field.Length];
                    var n = 0;
                    for (var i = 0; i < field.Length; i++)
                    {
                        copy[n++] = field[i];
                        if (field[i] == (byte)'"')
                        {
                            i++;
                        }
                    }

                    return copy.AsSpan(0, n);
                }
            }

            return field;
        }

        private static string Show(ReadOnlySpan<byte> text) =>
            Encoding.UTF8.GetString(text.Length > 40 ? text[..40] : text);
    }
}
