using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text.Unicode;

namespace NetworkAnalysis.IO.Csv;

/// <summary>
/// A streaming RFC 4180 tokenizer over UTF-8 bytes: one record at a time, fields as spans into its
/// own buffer (no string per field). Accepts LF, CRLF and lone CR line ends, skips a leading BOM and
/// blank lines, and reports the physical line each record starts on.
/// </summary>
/// <remarks>
/// Memory is bounded by <see cref="CsvLimits.MaxRecordLength"/>: a record is scanned whole inside the
/// character buffer; when it runs past the buffer end the buffer is compacted (grown if needed) and the
/// record is scanned again from its start, which happens only at buffer boundaries.
/// </remarks>
internal sealed class CsvTokenizer : IDisposable
{
    private const int ByteBufferSize = 1 << 20;
    private const int InitialCharBufferSize = 1 << 18;
    private static readonly SearchValues<char> _unquotedStops = SearchValues.Create(",\r\n");

    private readonly Stream _stream;
    private readonly CsvLimits _limits;
    private readonly byte[] _bytes = new byte[ByteBufferSize];
    private int _byteStart;
    private int _byteEnd;
    private bool _bytesDone;
    private bool _atStart = true;

    private char[] _chars = new char[InitialCharBufferSize];
    private int _charPos;
    private int _charEnd;
    private bool _charsDone;
    private long _nextLine = 1;
    private bool _needsBytes;

    private int[] _fieldStart = new int[64];
    private int[] _fieldEnd = new int[64];
    private FieldState[] _fieldState = new FieldState[64];
    private char[] _scratch = new char[256];
    private int _scratchUsed;

    public CsvTokenizer(Stream stream, CsvLimits limits)
    {
        _stream = stream;
        _limits = limits;
    }

    /// <summary>The physical line (1-based) the current record starts on.</summary>
    public long RecordLine { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The physical line after the last record read (for messages about the end of the file).</summary>
    public long NextLine => _nextLine;

    /// <summary>
    /// The value of field <paramref name="index"/> of the current record (quotes removed, doubled quotes
    /// undone); valid until the next <see cref="ReadRecord"/>. Empty beyond <see cref="FieldCount"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Field(int index)
    {
        if ((uint)index >= (uint)FieldCount)
        {
            return [];
        }

        var start = _fieldStart[index];
        var end = _fieldEnd[index];
        switch (_fieldState[index])
        {
            case FieldState.Raw:
                return _chars.AsSpan(start, end - start);
            case FieldState.InScratch:
                return _scratch.AsSpan(start, end - start);
        }

        // Undo doubled quotes into the scratch area once; later calls serve the copy.
        var raw = _chars.AsSpan(start, end - start);
        if (_scratch.Length - _scratchUsed < raw.Length)
        {
            // Spans handed out earlier keep the old array alive, so growing is safe.
            var grown = new char[Math.Max(_scratch.Length * 2, _scratchUsed + raw.Length)];
            _scratch.AsSpan(0, _scratchUsed).CopyTo(grown);
            _scratch = grown;
        }

        var target = _scratch.AsSpan(_scratchUsed);
        var written = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            target[written++] = raw[i];
            if (raw[i] == '"')
            {
                i++;
            }
        }

        _fieldState[index] = FieldState.InScratch;
        _fieldStart[index] = _scratchUsed;
        _fieldEnd[index] = _scratchUsed + written;
        _scratchUsed += written;
        return _scratch.AsSpan(_fieldStart[index], written);
    }

    /// <summary>Reads the next non-blank record; false at the end of the input.</summary>
    public bool ReadRecord()
    {
        while (true)
        {
            var status = TryScanRecord();
            if (status == ScanStatus.Record)
            {
                return true;
            }

            if (status == ScanStatus.End)
            {
                return false;
            }

            // ScanStatus.Blank: a blank line was consumed; scan on.
        }
    }

    public void Dispose() => _stream.Dispose();

    private enum FieldState : byte
    {
        Raw,
        Escaped,
        InScratch,
    }

    private enum ScanStatus
    {
        Record,
        Blank,
        End,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ScanStatus TryScanRecord()
    {
    Restart:
        _scratchUsed = 0;
        var chars = _chars;
        var pos = _charPos;
        var end = _charEnd;
        if (pos >= end)
        {
            if (!Fill())
            {
                return ScanStatus.End;
            }

            goto Restart;
        }

        var fields = 0;
        long newlines = 0;
        while (true)
        {
            int fieldStart;
            int fieldEnd;
            var escaped = false;
            if (chars[pos] == '"')
            {
                fieldStart = pos + 1;
                var search = fieldStart;
                while (true)
                {
                    var q = search < end ? chars.AsSpan(search, end - search).IndexOf('"') : -1;
                    if (q < 0)
                    {
                        CheckFieldLength(end - fieldStart, newlines);
                        if (NeedMore())
                        {
                            goto Restart;
                        }

                        throw new CsvSyntaxException(_nextLine, "a quoted field is not closed before the end of the file (missing closing '\"')");
                    }

                    q += search;
                    if (q + 1 >= end && !_charsDone)
                    {
                        // Cannot tell a closing quote from a doubled one yet.
                        if (NeedMore())
                        {
                            goto Restart;
                        }
                    }

                    if (q + 1 < end && chars[q + 1] == '"')
                    {
                        escaped = true;
                        search = q + 2;
                        continue;
                    }

                    fieldEnd = q;
                    pos = q + 1;
                    break;
                }

                CheckFieldLength(fieldEnd - fieldStart, newlines);
                newlines += chars.AsSpan(fieldStart, fieldEnd - fieldStart).Count('\n');
                if (pos < end && chars[pos] is not (',' or '\r' or '\n'))
                {
                    throw new CsvSyntaxException(_nextLine + newlines, $"unexpected character '{chars[pos]}' after the closing quote of field {fields + 1} (a quote inside a quoted field must be doubled)");
                }
            }
            else
            {
                fieldStart = pos;
                var stop = chars.AsSpan(pos, end - pos).IndexOfAny(_unquotedStops);
                if (stop < 0)
                {
                    CheckFieldLength(end - fieldStart, newlines);
                    if (NeedMore())
                    {
                        goto Restart;
                    }

                    stop = end - pos;
                }

                fieldEnd = pos + stop;
                pos = fieldEnd;
                CheckFieldLength(fieldEnd - fieldStart, newlines);
            }

            if (fields == _limits.MaxColumns)
            {
                throw new CsvSyntaxException(_nextLine + newlines, $"a record has more than {_limits.MaxColumns} fields");
            }

            AddField(fields++, fieldStart, fieldEnd, escaped);

            if (pos >= end)
            {
                // End of the input without a final line end.
                if (NeedMore())
                {
                    goto Restart;
                }

                return Finish(fields, pos, newlines);
            }

            var c = chars[pos];
            if (c == ',')
            {
                pos++;
                if (pos >= end)
                {
                    if (NeedMore())
                    {
                        goto Restart;
                    }

                    // A trailing comma at the very end: one last empty field.
                    AddField(fields++, pos, pos, false);
                    return Finish(fields, pos, newlines);
                }

                continue;
            }

            if (c == '\r')
            {
                if (pos + 1 >= end && NeedMore())
                {
                    goto Restart;
                }

                pos += pos + 1 < end && chars[pos + 1] == '\n' ? 2 : 1;
            }
            else
            {
                pos++;
            }

            return Finish(fields, pos, newlines + 1);
        }
    }

    private ScanStatus Finish(int fields, int pos, long lines)
    {
        if (pos - _charPos > _limits.MaxRecordLength)
        {
            throw new CsvSyntaxException(_nextLine, $"a record is longer than {_limits.MaxRecordLength} characters");
        }

        RecordLine = _nextLine;
        _nextLine += lines;
        _charPos = pos;
        FieldCount = fields;
        var blank = fields == 1 && _fieldEnd[0] == _fieldStart[0] && !IsQuotedEmpty();
        return blank ? ScanStatus.Blank : ScanStatus.Record;
    }

    // A quoted empty field ("") on its own line is a record with one empty value, not a blank line.
    private bool IsQuotedEmpty() => _fieldStart[0] > 0 && _chars[_fieldStart[0] - 1] == '"';

    private void AddField(int index, int start, int end, bool escaped)
    {
        if (index == _fieldStart.Length)
        {
            var size = index * 2;
            Array.Resize(ref _fieldStart, size);
            Array.Resize(ref _fieldEnd, size);
            Array.Resize(ref _fieldState, size);
        }

        _fieldStart[index] = start;
        _fieldEnd[index] = end;
        _fieldState[index] = escaped ? FieldState.Escaped : FieldState.Raw;
    }

    private void CheckFieldLength(int length, long newlines)
    {
        if (length > _limits.MaxFieldLength)
        {
            throw new CsvSyntaxException(_nextLine + newlines, $"a field is longer than {_limits.MaxFieldLength} characters");
        }
    }

    /// <summary>Makes room and decodes more input; false when the input is exhausted (nothing added).</summary>
    private bool NeedMore() => !_charsDone && Fill();

    private bool Fill()
    {
        if (_charsDone)
        {
            return false;
        }

        // Move the partial record to the front, growing the buffer if it is already full.
        var pending = _charEnd - _charPos;
        if (pending > _limits.MaxRecordLength)
        {
            throw new CsvSyntaxException(_nextLine, $"a record is longer than {_limits.MaxRecordLength} characters");
        }

        if (_charPos > 0)
        {
            Array.Copy(_chars, _charPos, _chars, 0, pending);
            _charPos = 0;
            _charEnd = pending;
        }

        // Keep room for at least a surrogate pair so decoding always progresses.
        if (_chars.Length - _charEnd < 1024)
        {
            if (_chars.Length >= _limits.MaxRecordLength)
            {
                throw new CsvSyntaxException(_nextLine, $"a record is longer than {_limits.MaxRecordLength} characters");
            }

            Array.Resize(ref _chars, (int)Math.Min((long)_chars.Length * 2, (long)_limits.MaxRecordLength + 1024));
        }

        var before = _charEnd;
        while (_charEnd == before)
        {
            if (_byteStart == _byteEnd || _needsBytes)
            {
                ReadBytes();
            }

            var status = Utf8.ToUtf16(
                _bytes.AsSpan(_byteStart, _byteEnd - _byteStart),
                _chars.AsSpan(_charEnd),
                out var read,
                out var written,
                replaceInvalidSequences: false,
                isFinalBlock: _bytesDone);
            _byteStart += read;
            var decoded = _chars.AsSpan(_charEnd, written);
            if (_atStart && written > 0)
            {
                _atStart = false;
                if (decoded[0] == '\uFEFF')
                {
                    decoded[1..].CopyTo(_chars.AsSpan(_charEnd));
                    written--;
                }
            }

            _charEnd += written;
            _needsBytes = status == System.Buffers.OperationStatus.NeedMoreData;
            if (status == System.Buffers.OperationStatus.InvalidData && written == 0)
            {
                var line = _nextLine + _chars.AsSpan(_charPos, _charEnd - _charPos).Count('\n');
                throw new CsvSyntaxException(line, "the file is not valid UTF-8 (invalid byte sequence on this line)");
            }

            if (_charEnd == before && _bytesDone && _byteStart == _byteEnd)
            {
                _charsDone = true;
                return false;
            }
        }

        return true;
    }

    private void ReadBytes()
    {
        if (_bytesDone)
        {
            return;
        }

        var left = _byteEnd - _byteStart;
        if (_byteStart > 0)
        {
            Array.Copy(_bytes, _byteStart, _bytes, 0, left);
            _byteStart = 0;
            _byteEnd = left;
        }

        while (_byteEnd < _bytes.Length)
        {
            var n = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
            if (n == 0)
            {
                _bytesDone = true;
                break;
            }

            _byteEnd += n;
        }

        _needsBytes = false;
    }
}
