namespace NetworkAnalysis.Engine.Community;

/// <summary>Options of <see cref="LabelPropagation"/>.</summary>
/// <param name="Mode">Synchronous LDBC CDLP (default) or asynchronous Raghavan et al.</param>
/// <param name="MaxIterations">Sweeps: exactly this many for the synchronous mode (fewer only once labels stop changing,
/// which cannot alter the result); at most this many for the asynchronous one. Default 20.</param>
/// <param name="Seed">Seed of the asynchronous mode's orders and tie breaks. Default 0.</param>
/// <param name="Weighted">Count each neighbour by its edge weight instead of 1. Default false (LDBC CDLP is unweighted).</param>
/// <param name="MaxDegreeOfParallelism">Threads for the synchronous mode; -1 (default) uses every core. Results do not depend on it.</param>
public sealed record LabelPropagationOptions(
    LabelPropagationMode Mode = LabelPropagationMode.Synchronous,
    int MaxIterations = 20,
    int Seed = 0,
    bool Weighted = false,
    int MaxDegreeOfParallelism = -1);
