namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// When a power iteration (PageRank, eigenvector, Katz) stops: how its tolerance is read. Both rules
/// compare the L1 change of one iteration, Σ|x'(v) − x(v)|, with a threshold.
/// </summary>
public enum ConvergenceRule
{
    /// <summary>
    /// Stop when the L1 change is below tolerance × ‖x'‖₁: the change relative to the size of the vector,
    /// whatever the number of nodes. With the default tolerance of 1e-10 the top of the ranking is the
    /// converged one on graphs of any size (tested from 10k to 1M edges). For PageRank ‖x'‖₁ = 1, so this is
    /// also igraph's and graph-tool's absolute L1 rule.
    /// </summary>
    Relative,

    /// <summary>
    /// NetworkX's rule: stop when the L1 change is below n × tolerance (the documented <c>tol</c> is per
    /// node). With NetworkX's tolerance 1e-6 it stops early on large graphs: a PageRank vector sums to 1,
    /// so on 200,000 nodes it accepts a total change of 0.2 (after 3 iterations on a 1M-edge graph, with the
    /// top-10 out of order). Use it to reproduce NetworkX.
    /// </summary>
    NetworkX,
}
