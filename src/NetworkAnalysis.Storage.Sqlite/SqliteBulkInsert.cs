using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>
/// Inserts many rows into one table fast, inside the caller's open transaction: rows are collected into
/// a buffer of plain cells and written by a prepared multi-row <c>INSERT ... VALUES (...), (...)</c>
/// bound by position through SQLite's own API (no parameter objects, no boxing, no per-row command).
/// The transaction stays the caller's, so the insert is all-or-nothing with the rest of the import.
/// </summary>
/// <remarks>Not thread-safe; one instance per table per import. Errors surface as <see cref="SqliteException"/>.</remarks>
internal sealed class SqliteBulkInsert : IDisposable
{
    // SQLite's historical bound on variables per statement (newer builds allow more): stay below it on any build.
    private const int MaxVariables = 999;

    private readonly sqlite3 _db;
    private readonly string _sqlHead;
    private readonly int _columns;
    private readonly int _rowsPerStatement;
    private readonly Cell[] _cells;
    private sqlite3_stmt? _full;
    private int _cell;

    public SqliteBulkInsert(SqliteConnection connection, string table, string columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        _columns = columns.Split(',').Length;
        _rowsPerStatement = Math.Max(1, MaxVariables / _columns);
        _sqlHead = $"INSERT INTO {table} ({columns}) VALUES ";
        _cells = new Cell[_rowsPerStatement * _columns];
    }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    public void Int(long value) => _cells[_cell++] = new Cell(CellKind.Int, value, 0, null);

    public void Int(long? value)
    {
        if (value is { } v)
        {
            Int(v);
        }
        else
        {
            Null();
        }
    }

    public void Real(double value) => _cells[_cell++] = new Cell(CellKind.Real, 0, value, null);

    public void Real(double? value)
    {
        if (value is { } v)
        {
            Real(v);
        }
        else
        {
            Null();
        }
    }

    public void Text(string? value) => _cells[_cell++] = value is null ? default : new Cell(CellKind.Text, 0, 0, value);

    public void Null() => _cells[_cell++] = default;

    /// <summary>Ends a row; writes the buffer when it holds a full statement's rows.</summary>
    public void EndRow()
    {
        if (_cell % _columns != 0)
        {
            throw new InvalidOperationException($"a row needs {_columns} values");
        }

        if (_cell == _cells.Length)
        {
            _full ??= Prepare(_rowsPerStatement);
            Write(_full, _cell);
        }
    }

    /// <summary>Writes the rows still buffered.</summary>
    public void Flush()
    {
        if (_cell == 0)
        {
            return;
        }

        var tail = Prepare(_cell / _columns);
        try
        {
            Write(tail, _cell);
        }
        finally
        {
            tail.Dispose();
        }
    }

    public void Dispose() => _full?.Dispose();

    private sqlite3_stmt Prepare(int rows)
    {
        var row = "(" + string.Join(',', Enumerable.Repeat("?", _columns)) + ")";
        var sql = _sqlHead + string.Join(',', Enumerable.Repeat(row, rows));
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    private void Write(sqlite3_stmt statement, int cells)
    {
        for (var i = 0; i < cells; i++)
        {
            ref var cell = ref _cells[i];
            var index = i + 1;
            var rc = cell.Kind switch
            {
                CellKind.Int => raw.sqlite3_bind_int64(statement, index, cell.Int),
                CellKind.Real => raw.sqlite3_bind_double(statement, index, cell.Real),
                CellKind.Text => raw.sqlite3_bind_text16(statement, index, cell.Text),
                _ => raw.sqlite3_bind_null(statement, index),
            };
            Check(rc);
            cell = default; // drop string references as soon as they are bound
        }

        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            Check(step);
        }

        Rows += cells / _columns;
        _cell = 0;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private enum CellKind : byte
    {
        Null,
        Int,
        Real,
        Text,
    }

    private readonly record struct Cell(CellKind Kind, long Int, double Real, string? Text);
}
