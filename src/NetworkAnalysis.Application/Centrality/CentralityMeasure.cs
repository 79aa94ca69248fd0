namespace NetworkAnalysis.Application.Centrality;

/// <summary>The centrality measures of <c>netan centrality</c>.</summary>
public enum CentralityMeasure
{
    /// <summary>Number of incident edges (in, out or total).</summary>
    Degree,

    /// <summary>Sum of incident edge weights.</summary>
    Strength,

    /// <summary>Shortest-path betweenness (Brandes), exact, sampled or between node subsets.</summary>
    Betweenness,

    /// <summary>Shortest-path betweenness of every edge.</summary>
    EdgeBetweenness,

    /// <summary>Closeness (reciprocal of the mean distance; Wasserman-Faust correction by default).</summary>
    Closeness,

    /// <summary>Harmonic centrality (sum of reciprocal distances).</summary>
    Harmonic,

    /// <summary>PageRank (optionally personalised).</summary>
    PageRank,

    /// <summary>Eigenvector centrality.</summary>
    Eigenvector,

    /// <summary>Katz centrality.</summary>
    Katz,

    /// <summary>k-core number (coreness).</summary>
    KCore,
}
