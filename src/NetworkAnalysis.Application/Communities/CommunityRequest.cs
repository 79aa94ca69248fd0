using NetworkAnalysis.Engine.Community;

namespace NetworkAnalysis.Application.Communities;

/// <summary>One community detection run. Null options take the engine's defaults.</summary>
public sealed record CommunityRequest(CommunityMethod Method)
{
    /// <summary>Use edge weights (Louvain and Leiden default true, label propagation false).</summary>
    public bool? Weighted { get; init; }

    /// <summary>Resolution γ of modularity or CPM (default 1).</summary>
    public double? Resolution { get; init; }

    /// <summary>Leiden quality function (default modularity).</summary>
    public LeidenQuality? Quality { get; init; }

    /// <summary>Random seed (default 0).</summary>
    public int Seed { get; init; }

    /// <summary>Iterations (label propagation sweeps, Leiden iterations).</summary>
    public int? Iterations { get; init; }

    /// <summary>Largest number of threads; null = all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
