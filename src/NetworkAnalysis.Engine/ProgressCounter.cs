namespace NetworkAnalysis.Engine;

/// <summary>
/// Counts finished units of work (sources, batches, steps) and reports the fraction done to an optional
/// sink. Safe to call from worker threads; the fractions reported never decrease. Does nothing without a sink,
/// so the hot loops pay one null check per unit.
/// </summary>
internal sealed class ProgressCounter
{
    private readonly IProgress<double>? _sink;
    private readonly long _total;
    private readonly Lock _lock = new();
    private long _done;

    /// <summary>A counter of <paramref name="total"/> units reporting to <paramref name="sink"/> (nothing when null).</summary>
    public ProgressCounter(IProgress<double>? sink, long total)
    {
        _sink = sink;
        _total = Math.Max(1, total);
    }

    /// <summary>Marks <paramref name="units"/> more units done and reports the fraction.</summary>
    public void Add(long units = 1)
    {
        if (_sink is null)
        {
            return;
        }

        // Under the lock so that fractions from several threads arrive in increasing order.
        lock (_lock)
        {
            _done += units;
            _sink.Report(Math.Min(1.0, (double)_done / _total));
        }
    }
}
