namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>Which fragmentation KPP-Neg maximises (see <see cref="Fragmentation"/>).</summary>
public enum FragmentationMeasure
{
    /// <summary>F: the share of node pairs left in different components. Fast: O(n + m) per greedy step.</summary>
    Components,

    /// <summary>DF: distance-weighted fragmentation, which also rewards lengthening paths. O(n²(n + m)) per greedy step: small networks only.</summary>
    DistanceWeighted,
}
