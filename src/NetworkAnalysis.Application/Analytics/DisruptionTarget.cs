namespace NetworkAnalysis.Application.Analytics;

/// <summary>Whom a disruption simulation removes next (recomputed on the network left after each removal).</summary>
public enum DisruptionTarget
{
    /// <summary>The agent with the most remaining contacts.</summary>
    Degree,

    /// <summary>The agent with the highest betweenness in the remaining network (recomputed after each removal).</summary>
    Betweenness,

    /// <summary>The agent whose removal fragments the remaining network most (a KPP-Neg step).</summary>
    KeyPlayer,

    /// <summary>Function-aware: the last agents able to perform a function go first.</summary>
    Function,
}
