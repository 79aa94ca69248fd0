namespace NetworkAnalysis.Engine.Structure;

/// <summary>Options of <see cref="Triangles"/>, <see cref="Transitivity"/> and <see cref="LocalClustering"/>.</summary>
/// <param name="MaxDegreeOfParallelism">Threads to use; -1 (default) uses every core. Results do not depend on it.</param>
public sealed record TriangleOptions(int MaxDegreeOfParallelism = -1);
