namespace NetworkAnalysis.Classification;

/// <summary>Where a group's membership comes from.</summary>
public enum GroupOrigin
{
    /// <summary>Declared in the data (the groups column of the agents, or groups.csv).</summary>
    Declared,

    /// <summary>Detected by community detection on the underworld projection (a candidate group).</summary>
    Detected,
}
