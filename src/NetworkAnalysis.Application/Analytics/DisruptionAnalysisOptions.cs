using NetworkAnalysis.Application.Projection;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="DisruptionAnalysis.Simulate"/>.</summary>
public sealed record DisruptionAnalysisOptions
{
    /// <summary>The defaults: degree strategy, 10 steps, no recovery.</summary>
    public static DisruptionAnalysisOptions Default { get; } = new();

    /// <summary>The removal strategy (default <see cref="DisruptionTarget.Degree"/>).</summary>
    public DisruptionTarget Strategy { get; init; } = DisruptionTarget.Degree;

    /// <summary>How many agents to remove (default 10; capped by <see cref="MaxResults"/>).</summary>
    public int Steps { get; init; } = 10;

    /// <summary>
    /// Agents (ids) removed first, in this order, before the strategy chooses (default none): "what if we arrest
    /// these". <see cref="Steps"/> counts all removals; when it is smaller than this list every named agent is
    /// still removed. Each must be an agent of the projected network.
    /// </summary>
    public IReadOnlyList<string>? Remove { get; init; }

    /// <summary>Whether a removed agent's ties pass to a contact performing one of its functions (default false).</summary>
    public bool Recovery { get; init; }

    /// <summary>Whether to compute the network efficiency after each step (default true; quadratic in the network size).</summary>
    public bool ComputeEfficiency { get; init; } = true;

    /// <summary>
    /// Estimate the efficiency from this many pivot agents per step instead of all (default null: exact); see
    /// <see cref="Engine.KeyPlayers.DisruptionOptions.EfficiencySamples"/> for the estimate and its bound.
    /// </summary>
    public int? EfficiencySamples { get; init; }

    /// <summary>Seed of the efficiency pivots (default 1).</summary>
    public long EfficiencySeed { get; init; } = 1;

    /// <summary>Which transactions form ties and which agents take part (default all).</summary>
    public ProjectionOptions Projection { get; init; } = ProjectionOptions.Default;

    /// <summary>How agents' functions are determined (declared, or inferred from transactions).</summary>
    public FunctionAnalysisOptions Functions { get; init; } = FunctionAnalysisOptions.Default;

    /// <summary>Upper bound on <see cref="Steps"/> (default 1,000).</summary>
    public int MaxResults { get; init; } = 1_000;

    /// <summary>Time limit (default 60 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);
}
