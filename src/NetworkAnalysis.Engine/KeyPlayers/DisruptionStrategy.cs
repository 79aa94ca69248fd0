namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>Which node a disruption simulation removes next (always recomputed on the current network).</summary>
public enum DisruptionStrategy
{
    /// <summary>The node with the most remaining contacts.</summary>
    Degree,

    /// <summary>The node with the highest betweenness in the current network (recomputed after each removal, Brandes 2001).</summary>
    Betweenness,

    /// <summary>The node whose removal fragments the current network most (a greedy KPP-Neg step, Borgatti 2006).</summary>
    KeyPlayer,

    /// <summary>
    /// Function-aware: the node holding the scarcest skills, scored Σ 1/holders over its skills, so the last
    /// node able to perform a function goes first (ties: degree, then index). Nodes without skills come last.
    /// </summary>
    Skill,
}
