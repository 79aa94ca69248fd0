namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Runs numbered chunks of work on several threads, each filling its own partial vector, and adds the
/// partial vectors into the total in chunk order. The chunks are fixed by the caller independently of
/// the thread count, so the total is bit-identical for any number of threads.
/// </summary>
/// <remarks>
/// Memory is bounded: a chunk may only start when it is less than a window of 2·workers chunks ahead of
/// the next chunk to add, so at most that many partial vectors exist at once.
/// </remarks>
internal static class OrderedReduction
{
    /// <summary>Runs <paramref name="body"/> for every chunk and sums the partials into <paramref name="total"/>.</summary>
    /// <param name="chunkCount">Number of chunks.</param>
    /// <param name="total">Receives the sum (added to, in chunk order).</param>
    /// <param name="workers">Threads to use.</param>
    /// <param name="createScratch">Makes one thread's scratch state.</param>
    /// <param name="body">Computes chunk c into a zeroed partial vector (same length as the total).</param>
    /// <param name="cancellationToken">Checked before every chunk.</param>
    /// <param name="progress">Receives the fraction of chunks done after each one (optional).</param>
    public static void Run<TScratch>(
        int chunkCount,
        double[] total,
        int workers,
        Func<TScratch> createScratch,
        Action<int, double[], TScratch> body,
        CancellationToken cancellationToken,
        IProgress<double>? progress = null)
    {
        var counter = new ProgressCounter(progress, chunkCount);
        if (chunkCount <= 0)
        {
            return;
        }

        workers = Math.Clamp(workers, 1, chunkCount);
        if (workers == 1)
        {
            var scratch = createScratch();
            var partial = new double[total.Length];
            for (var c = 0; c < chunkCount; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(c, partial, scratch);
                Add(total, partial);
                Array.Clear(partial);
                counter.Add();
            }

            return;
        }

        var state = new State(chunkCount, total, 2 * workers);
        var threads = new Thread[workers - 1];
        Exception? failure = null;
        void Work()
        {
            try
            {
                state.Work(createScratch(), body, counter, cancellationToken);
            }
            catch (Exception ex)
            {
                lock (state)
                {
                    failure ??= ex;
                }

                state.Fail();
            }
        }

        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Work) { IsBackground = true, Name = "netan-worker" };
            threads[t].Start();
        }

        Work();
        foreach (var t in threads)
        {
            t.Join();
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private static void Add(double[] total, double[] partial)
    {
        for (var i = 0; i < total.Length; i++)
        {
            total[i] += partial[i];
        }
    }

    private sealed class State(int chunkCount, double[] total, int window)
    {
        private readonly double[]?[] _done = new double[]?[chunkCount];
        private readonly Stack<double[]> _free = new();
        private int _next;
        private int _nextToAdd;
        private bool _adding;
        private bool _failed;

        public void Fail()
        {
            lock (this)
            {
                _failed = true;
                Monitor.PulseAll(this);
            }
        }

        public void Work<TScratch>(TScratch scratch, Action<int, double[], TScratch> body, ProgressCounter counter, CancellationToken ct)
        {
            while (true)
            {
                int chunk;
                double[] partial;
                lock (this)
                {
                    while (!_failed && _next < chunkCount && _next >= _nextToAdd + window)
                    {
                        Monitor.Wait(this);
                    }

                    if (_failed || _next >= chunkCount)
                    {
                        return;
                    }

                    chunk = _next++;
                    partial = _free.Count > 0 ? _free.Pop() : new double[total.Length];
                }

                ct.ThrowIfCancellationRequested();
                body(chunk, partial, scratch);
                Complete(chunk, partial);
                counter.Add();
            }
        }

        private void Complete(int chunk, double[] partial)
        {
            lock (this)
            {
                _done[chunk] = partial;
                if (_adding)
                {
                    return;
                }

                _adding = true;
            }

            // This thread adds every consecutive finished chunk; the lock is not held while adding.
            while (true)
            {
                double[]? ready;
                lock (this)
                {
                    ready = _nextToAdd < chunkCount ? _done[_nextToAdd] : null;
                    if (ready is null || _failed)
                    {
                        _adding = false;
                        return;
                    }
                }

                Add(total, ready);
                Array.Clear(ready);
                lock (this)
                {
                    _done[_nextToAdd] = null;
                    _nextToAdd++;
                    _free.Push(ready);
                    Monitor.PulseAll(this);
                }
            }
        }
    }
}
