using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// Reads <c>transactions.csv</c>: <c>source</c>, <c>target</c>, <c>kind</c> (required), <c>id</c>,
/// <c>time</c>, <c>amount</c>, <c>currency</c>, <c>country</c>, <c>route</c>, <c>persons</c>,
/// <c>weight</c>, extra columns.
/// </summary>
/// <remarks>
/// The reading thread tokenizes the file into blocks of rows; blocks are parsed on worker threads
/// (when there is more than one processor and the file is large) and merged strictly in file order,
/// so the network, the problems and their order are the same at any thread count.
/// </remarks>
internal static class TransactionRows
{
    private const int BatchRows = 8192;

    public static void Read(CsvTable table, ReadContext context, long fileLength)
    {
        if (!table.ReadHeader(["source", "target", "kind"]))
        {
            return;
        }

        var (extra, extraNames) = ReadContext.ExtraColumns(table, RecordRules.TransactionColumns);
        var columns = new int[TransactionParser.FirstExtra + extra.Length];
        for (var i = 0; i < TransactionParser.FirstExtra; i++)
        {
            columns[i] = table.IndexOf(RecordRules.TransactionColumns[i]);
        }

        extra.CopyTo(columns, TransactionParser.FirstExtra);
        context.Builder.PrepareAgentLookup();
        var options = context.Options;
        var workers = fileLength >= options.ParallelMinimumBytes ? options.MaxDegreeOfParallelism ?? Math.Min(Environment.ProcessorCount, 8) : 1;
        using var reader = new Reader(table, context, columns, extraNames, workers > 1 ? workers + 1 : 1);
        reader.Run(fileLength, hasIds: columns[TransactionParser.Id] >= 0);
    }

    private sealed class Reader : IDisposable
    {
        private readonly CsvTable _table;
        private readonly ReadContext _context;
        private readonly int[] _columns;
        private readonly string[] _extraNames;
        private readonly int _maxInFlight;
        private readonly Queue<(RowBatch Batch, TransactionParser Parser)> _inFlight = new();
        private readonly Stack<(RowBatch Batch, TransactionParser Parser)> _free = new();
        private readonly List<RowBatch> _all = [];
        private RowBatch? _filling;

        public Reader(CsvTable table, ReadContext context, int[] columns, string[] extraNames, int maxInFlight)
        {
            _table = table;
            _context = context;
            _columns = columns;
            _extraNames = extraNames;
            _maxInFlight = maxInFlight;
            table.RowProblems = p => _filling!.ReadProblems.Add((_filling.Rows, p));
        }

        public void Run(long fileLength, bool hasIds)
        {
            var log = _context.Log;
            var more = true;
            var first = true;
            while (more && !log.IsFull)
            {
                var slot = _free.Count > 0 ? _free.Pop() : Create();
                var batch = slot.Batch;
                batch.Clear();
                _filling = batch;
                more = Fill(batch);
                if (first)
                {
                    first = false;
                    Reserve(batch, fileLength, hasIds);
                }

                if (_maxInFlight > 1)
                {
                    ThreadPool.UnsafeQueueUserWorkItem(s => s.Parser.Parse(s.Batch), slot, preferLocal: false);
                    _inFlight.Enqueue(slot);
                    while (_inFlight.Count >= _maxInFlight)
                    {
                        MergeNext();
                    }
                }
                else
                {
                    slot.Parser.Parse(batch);
                    _inFlight.Enqueue(slot);
                    MergeNext();
                }
            }

            // Always wait for every worker, even when stopping early: none may outlive the read.
            while (_inFlight.Count > 0)
            {
                MergeNext();
            }

            if (log.IsFull && more)
            {
                log.StoppedEarly = true;
            }
        }

        public void Dispose()
        {
            // Even after an exception on this thread, no worker may still hold a batch when it is disposed.
            foreach (var (batch, _) in _inFlight)
            {
                batch.Parsed.Wait();
            }

            foreach (var batch in _all)
            {
                batch.Dispose();
            }
        }

        private (RowBatch Batch, TransactionParser Parser) Create()
        {
            var batch = new RowBatch(BatchRows, _columns.Length);
            _all.Add(batch);
            var parser = new TransactionParser(_table.File, _context.Builder, _context.FailedAgentLookup, _extraNames);
            return (batch, parser);
        }

        /// <summary>Copies rows into <paramref name="batch"/>; false when the file is done.</summary>
        private bool Fill(RowBatch batch)
        {
            var tokens = _table.Row;
            while (!batch.IsFull)
            {
                if (!_table.ReadRow())
                {
                    return false;
                }

                var row = batch.AddRow(_table.Line);
                for (var c = 0; c < _columns.Length; c++)
                {
                    batch.SetField(row, c, tokens.Field(_columns[c]));
                }
            }

            return true;
        }

        private void MergeNext()
        {
            var slot = _inFlight.Dequeue();
            var batch = slot.Batch;
            batch.Parsed.Wait();
            _free.Push(slot);
            if (batch.Failure is { } failure)
            {
                throw new InvalidOperationException("parsing transactions failed unexpectedly", failure);
            }

            var log = _context.Log;
            var builder = _context.Builder;
            var parseProblems = batch.Problems;
            var readProblems = batch.ReadProblems;
            int p = 0, r = 0, row = 0;
            for (; row < batch.Rows && !log.IsFull; row++)
            {
                for (; r < readProblems.Count && readProblems[r].Row <= row; r++)
                {
                    Add(readProblems[r].Problem);
                }

                for (; p < parseProblems.Count && parseProblems[p].Row == row; p++)
                {
                    if (parseProblems[p].Problem is { } problem)
                    {
                        Add(problem);
                    }
                }

                if (batch.Results[row] is { } transaction
                    && !builder.TryAddTransaction(transaction, batch.Sources[row], batch.Targets[row]))
                {
                    log.Add(_table.File, batch.Lines[row], "id", $"duplicate transaction id {ReadContext.Quote(transaction.Id)}");
                }
            }

            for (; r < readProblems.Count; r++)
            {
                Add(readProblems[r].Problem);
            }

            if (log.IsFull && (row < batch.Rows || p < parseProblems.Count || _inFlight.Count > 0))
            {
                log.StoppedEarly = true;
            }
        }

        private void Add(InputProblem problem) => _context.Log.Add(problem.File, problem.Line, problem.Column, problem.Message);

        // Sizing the lists once from the first block's bytes per row avoids repeated large copies.
        private void Reserve(RowBatch batch, long fileLength, bool hasIds)
        {
            if (batch.Rows < 64)
            {
                return;
            }

            var bytesPerRow = ((double)batch.CharCount + (batch.Rows * _columns.Length)) / batch.Rows;
            var estimate = (long)(fileLength / bytesPerRow * 1.05);
            if (estimate > batch.Rows && estimate < int.MaxValue)
            {
                _context.Builder.EnsureTransactionCapacity((int)estimate, hasIds);
            }
        }
    }
}
