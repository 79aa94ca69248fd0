using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// A block of rows copied out of the tokenizer (the fields of the columns a parser needs, one char
/// array for all), parsed on a worker thread, then merged in order. Reused between blocks.
/// </summary>
internal sealed class RowBatch : IDisposable
{
    private char[] _chars = new char[1 << 16];
    private int[] _fieldStart;
    private int[] _fieldLength;

    public RowBatch(int capacity, int columns)
    {
        Capacity = capacity;
        Columns = columns;
        _fieldStart = new int[capacity * columns];
        _fieldLength = new int[capacity * columns];
        Lines = new long[capacity];
        Results = new Transaction?[capacity];
        Sources = new int[capacity];
        Targets = new int[capacity];
    }

    public int Capacity { get; }

    public int Columns { get; }

    public int Rows { get; private set; }

    public long[] Lines { get; }

    public Transaction?[] Results { get; }

    public int[] Sources { get; }

    public int[] Targets { get; }

    /// <summary>
    /// Parse problems in row order: the row index and the problem (null marks a row that failed
    /// because of a problem reported elsewhere).
    /// </summary>
    public List<(int Row, InputProblem? Problem)> Problems { get; } = [];

    /// <summary>Problems found while copying rows out of the file (row index; <see cref="Rows"/> for after the last row).</summary>
    public List<(int Row, InputProblem Problem)> ReadProblems { get; } = [];

    /// <summary>An unexpected exception of the worker, rethrown on the reading thread.</summary>
    public Exception? Failure { get; set; }

    /// <summary>The number of characters copied so far (for estimating the rows of a file).</summary>
    public int CharCount => _used;

    /// <summary>Set by the worker once <see cref="Results"/> and <see cref="Problems"/> are final.</summary>
    public ManualResetEventSlim Parsed { get; } = new(false);

    public bool IsFull => Rows == Capacity;

    public void Clear()
    {
        Rows = 0;
        _used = 0;
        Problems.Clear();
        ReadProblems.Clear();
        Failure = null;
        Parsed.Reset();
        Array.Clear(Results);
    }

    private int _used;

    /// <summary>Starts a row at <paramref name="line"/>; its fields follow with <see cref="SetField"/>.</summary>
    public int AddRow(long line)
    {
        Lines[Rows] = line;
        return Rows++;
    }

    public void SetField(int row, int column, ReadOnlySpan<char> value)
    {
        if (_chars.Length - _used < value.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + value.Length));
        }

        value.CopyTo(_chars.AsSpan(_used));
        var slot = (row * Columns) + column;
        _fieldStart[slot] = _used;
        _fieldLength[slot] = value.Length;
        _used += value.Length;
    }

    public void Dispose() => Parsed.Dispose();

    public ReadOnlySpan<char> Field(int row, int column)
    {
        if (column < 0)
        {
            return [];
        }

        var slot = (row * Columns) + column;
        return _chars.AsSpan(_fieldStart[slot], _fieldLength[slot]);
    }
}
