namespace NetworkAnalysis.Engine.Community;

/// <summary>Which label propagation <see cref="LabelPropagation"/> runs.</summary>
public enum LabelPropagationMode
{
    /// <summary>
    /// LDBC Graphalytics' CDLP: every node updates at once from the previous labels; the new label is the most
    /// frequent among the neighbours (on a directed graph in- plus out-neighbours, so a reciprocal neighbour counts
    /// twice), ties to the smallest label; a fixed number of iterations. No randomness.
    /// </summary>
    Synchronous,

    /// <summary>
    /// Raghavan, Albert and Kumara (2007): nodes update one at a time in a seeded random order each sweep, taking a
    /// most frequent neighbouring label (ties at random, keeping the current label when it is among them), until no
    /// label changes or the iteration limit.
    /// </summary>
    Asynchronous,
}
