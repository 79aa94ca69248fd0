namespace NetworkAnalysis.Application.Analytics;

/// <summary>Which way a money trace runs.</summary>
public enum TraceDirection
{
    /// <summary>Where the agent's money went.</summary>
    Forward,

    /// <summary>Where the money the agent received came from.</summary>
    Backward,
}
