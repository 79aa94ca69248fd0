using NetworkAnalysis.Application.Progress;

namespace NetworkAnalysis.Server.Jobs;

/// <summary>
/// A running job's stage and progress, read by its heartbeat (thread-safe). The runner sets the stages around
/// the analysis (loading, writing); the analysis itself reports through <see cref="IProgress{T}"/>, its
/// fraction mapped into the computing part of the job (<see cref="ComputeStart"/> to <see cref="ComputeEnd"/>).
/// </summary>
/// <param name="stage">The first stage.</param>
/// <param name="progress">The first progress.</param>
internal sealed class JobStatus(string stage, double progress) : IProgress<AnalysisProgress>
{
    /// <summary>The job's progress when the analysis starts computing.</summary>
    public const double ComputeStart = 0.2;

    /// <summary>The job's progress when the analysis is done and its result is being written.</summary>
    public const double ComputeEnd = 0.9;

    private readonly object _gate = new();
    private string _stage = stage;
    private double _progress = progress;

    /// <summary>Set by the heartbeat when another server took the job over: the run must write nothing.</summary>
    public volatile bool Lost;

    /// <summary>Records a new stage; progress never goes back.</summary>
    public void Set(string stage, double progress)
    {
        lock (_gate)
        {
            _stage = stage;
            _progress = Math.Max(_progress, Math.Clamp(progress, 0, 1));
        }
    }

    /// <inheritdoc />
    public void Report(AnalysisProgress value) => Set(value.Stage, ComputeStart + ((ComputeEnd - ComputeStart) * Math.Clamp(value.Fraction, 0, 1)));

    /// <summary>The current stage and progress.</summary>
    public (string Stage, double Progress) Read()
    {
        lock (_gate)
        {
            return (_stage, _progress);
        }
    }
}
