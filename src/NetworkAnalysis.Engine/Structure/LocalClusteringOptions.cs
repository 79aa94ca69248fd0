namespace NetworkAnalysis.Engine.Structure;

/// <summary>Options of <see cref="LocalClustering"/>.</summary>
/// <param name="Definition">Undirected Watts–Strogatz (default) or the LDBC directed definition.</param>
/// <param name="MaxDegreeOfParallelism">Threads to use; -1 (default) uses every core. Results do not depend on it.</param>
public sealed record LocalClusteringOptions(
    LocalClusteringDefinition Definition = LocalClusteringDefinition.Undirected,
    int MaxDegreeOfParallelism = -1);
