namespace NetworkAnalysis.Application.Progress;

/// <summary>
/// A part <c>[start, end]</c> of one run's progress. An analysis made of several stages gives each stage a part of
/// its own range and turns the engine's per-method fractions (<see cref="IProgress{T}"/> of <see cref="double"/>)
/// into <see cref="AnalysisProgress"/> of the whole run. What reaches the host's sink never decreases, whichever
/// thread reports; without a sink every method is a no-op and <see cref="Stage(string)"/> gives null, so the
/// engine's loops skip reporting altogether. A range is itself a sink, so a part of one run can be handed to an
/// analysis that reports its own 0-to-1 progress.
/// </summary>
public sealed class ProgressRange : IProgress<AnalysisProgress>
{
    private readonly Root? _root;
    private readonly double _start;
    private readonly double _end;

    private ProgressRange(Root? root, double start, double end)
    {
        _root = root;
        _start = start;
        _end = end;
    }

    /// <summary>The whole run (0 to 1) reported to <paramref name="sink"/>; a silent range when it is null.</summary>
    public static ProgressRange Of(IProgress<AnalysisProgress>? sink) =>
        sink as ProgressRange ?? new(sink is null ? null : new Root(sink), 0, 1);

    /// <summary>The sub-range <c>[start, end]</c> of this range (fractions of this range, 0 to 1).</summary>
    public ProgressRange Part(double start, double end) => new(_root, Map(start), Map(end));

    /// <summary>Reports that <paramref name="fraction"/> of this range is done, in stage <paramref name="stage"/>.</summary>
    public void Report(string stage, double fraction) => _root?.Report(stage, Map(fraction));

    /// <summary>Reports <paramref name="value"/>'s fraction of this range (the stage as given).</summary>
    /// <param name="value">Stage and fraction of this range.</param>
    public void Report(AnalysisProgress value) => Report(value.Stage, value.Fraction);

    /// <summary>A sink for one engine method filling this whole range as stage <paramref name="stage"/>; null when silent.</summary>
    public IProgress<double>? Stage(string stage)
    {
        if (_root is null)
        {
            return null;
        }

        Report(stage, 0);
        return new StageSink(this, stage);
    }

    /// <summary>Shorthand for <c>Part(start, end).Stage(stage)</c>.</summary>
    public IProgress<double>? Stage(string stage, double start, double end) => Part(start, end).Stage(stage);

    private double Map(double fraction) =>
        _start + ((_end - _start) * (double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1)));

    private sealed class StageSink(ProgressRange range, string stage) : IProgress<double>
    {
        public void Report(double value) => range.Report(stage, value);
    }

    private sealed class Root(IProgress<AnalysisProgress> sink)
    {
        private readonly Lock _lock = new();
        private double _last = -1;
        private string? _stage;

        public void Report(string stage, double fraction)
        {
            // Under the lock: reports from worker threads reach the sink one at a time and in increasing order.
            lock (_lock)
            {
                fraction = Math.Max(fraction, Math.Max(_last, 0));

                // Engines report per chunk of work; fewer than 1 in 10,000 changes are not worth a host's update.
                if (stage == _stage && fraction - _last < 1e-4 && (fraction < 1 || _last >= 1))
                {
                    return;
                }

                _last = fraction;
                _stage = stage;
                sink.Report(new AnalysisProgress(stage, fraction));
            }
        }
    }
}
