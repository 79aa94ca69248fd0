using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Csv;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// One CSV file of a dataset: the tokenizer, the header (names trimmed, matched case-insensitively)
/// and the rows, with problems reported to a <see cref="ProblemLog"/> under the file's name.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvTokenizer _tokenizer;
    private readonly ProblemLog _log;
    private readonly long _maxRows;
    private string[] _header = [];
    private long _rows;
    private bool _stopped;

    private CsvTable(string file, CsvTokenizer tokenizer, ProblemLog log, long maxRows)
    {
        File = file;
        _tokenizer = tokenizer;
        _log = log;
        _maxRows = maxRows;
    }

    /// <summary>
    /// When set, problems found while moving between rows go here instead of the log, so a reader that
    /// parses rows out of order can put them back in line order.
    /// </summary>
    public Action<InputProblem>? RowProblems { get; set; }

    /// <summary>The file's name as shown in problems.</summary>
    public string File { get; }

    /// <summary>The tokenizer, positioned on the current row.</summary>
    public CsvTokenizer Row => _tokenizer;

    /// <summary>The physical line the current row starts on.</summary>
    public long Line => _tokenizer.RecordLine;

    /// <summary>The column names, trimmed, in file order.</summary>
    public IReadOnlyList<string> Header => _header;

    /// <summary>Opens the file; on failure logs the problem and returns null.</summary>
    public static CsvTable? Open(string path, string file, DatasetReadOptions options, ProblemLog log)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Add(file, null, null, $"cannot open the file: {e.Message}");
            return null;
        }

        var limits = new CsvLimits(options.MaxFieldLength, options.MaxColumns, options.MaxRecordLength);
        return new CsvTable(file, new CsvTokenizer(stream, limits), log, options.MaxRows);
    }

    /// <summary>
    /// Reads the header. Empty names at the end (from trailing commas) are ignored; an empty name
    /// elsewhere, a duplicate name or a missing required column is a problem. False when the table
    /// cannot be read.
    /// </summary>
    public bool ReadHeader(IReadOnlyList<string> required)
    {
        if (!Next(countRow: false))
        {
            if (!_stopped)
            {
                _log.Add(File, 1, null, "the file is empty: it needs at least a header row naming its columns");
            }

            return false;
        }

        var count = _tokenizer.FieldCount;
        while (count > 0 && _tokenizer.Field(count - 1).Trim().IsEmpty)
        {
            count--;
        }

        _header = new string[count];
        var ok = true;
        for (var i = 0; i < count; i++)
        {
            var name = _tokenizer.Field(i).Trim().ToString();
            _header[i] = name;
            if (name.Length == 0)
            {
                _log.Add(File, Line, null, $"column {i + 1} of the header has no name");
                ok = false;
            }
            else if (Array.FindIndex(_header, 0, i, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                _log.Add(File, Line, name, "the column appears twice in the header (names are case-insensitive)");
                ok = false;
            }
        }

        foreach (var column in required)
        {
            if (IndexOf(column) < 0)
            {
                _log.Add(File, Line, column, "required column is missing from the header");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>The index of <paramref name="column"/> (case-insensitive), or −1.</summary>
    public int IndexOf(string column) =>
        Array.FindIndex(_header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Moves to the next row; false at the end or on a problem that stops the file. A row with
    /// non-empty fields beyond the header is reported (and still returned, so its other problems show).
    /// </summary>
    public bool ReadRow() => Next(countRow: true);

    public void Dispose() => _tokenizer.Dispose();

    private void Report(long line, string message)
    {
        if (RowProblems is { } sink)
        {
            sink(new InputProblem(File, line, null, message));
        }
        else
        {
            _log.Add(File, line, null, message);
        }
    }

    private bool Next(bool countRow)
    {
        try
        {
            if (!_tokenizer.ReadRecord())
            {
                return false;
            }
        }
        catch (CsvSyntaxException e)
        {
            _stopped = true;
            Report(e.Line, e.Message);
            return false;
        }
        catch (IOException e)
        {
            _stopped = true;
            Report(_tokenizer.NextLine, $"cannot read the file: {e.Message}");
            return false;
        }

        if (!countRow)
        {
            return true;
        }

        if (++_rows > _maxRows)
        {
            Report(Line, $"the file has more than {_maxRows} rows (the limit)");
            _log.StoppedEarly = true;
            return false;
        }

        for (var i = _header.Length; i < _tokenizer.FieldCount; i++)
        {
            if (!_tokenizer.Field(i).Trim().IsEmpty)
            {
                Report(Line, $"the row has {_tokenizer.FieldCount} fields but the header has {_header.Length} columns");
                break;
            }
        }

        return true;
    }
}
