namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>Which reach KPP-Pos maximises.</summary>
public enum ReachMeasure
{
    /// <summary>The share of the other nodes within the distance limit of some member of the set.</summary>
    Reach,

    /// <summary>Distance-weighted reach: the mean over all nodes of 1/d to the nearest member (members count 1, unreached 0).</summary>
    DistanceWeighted,
}
