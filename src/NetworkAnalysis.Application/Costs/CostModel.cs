using System.Globalization;

namespace NetworkAnalysis.Application.Costs;

/// <summary>
/// Estimates an analysis's time and memory from the projected graph's size (n nodes, m ties) before
/// it runs; the CLI refuses above <see cref="CostLimits"/>, the service's jobs report the same figure.
/// </summary>
/// <remarks>
/// Rates are deliberately conservative, from the 2-core reference machine (docs/robustness.md):
/// one core visits about 10^8 nodes and ties a second in a breadth-first search and about 2 × 10^7
/// in Dijkstra. All-pairs measures (closeness, harmonic, betweenness, efficiency) cost n searches of
/// n + m each; iterative ones cost iterations × (n + m); the rest are near-linear.
/// </remarks>
public static class CostModel
{
    /// <summary>Nodes above which the disruption curve's exact efficiency is no longer the default (quadratic: n searches per step).</summary>
    public const int ExactEfficiencyMaxNodes = 5_000;

    private const double BfsRate = 1e8;
    private const double DijkstraRate = 2e7;

    /// <summary>The estimate of <paramref name="analysis"/> (a CLI command name) with <paramref name="choice"/> (its measure, method or strategy).</summary>
    public static CostEstimate Estimate(string analysis, string? choice, int nodes, long edges, CostInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(inputs);
        double n = nodes, m = edges, size = n + m;
        var cores = Math.Max(1, Math.Min(inputs.Threads ?? Environment.ProcessorCount, Environment.ProcessorCount));
        var rate = (inputs.Weighted ? DijkstraRate : BfsRate) * cores;
        var graph = (long)((48 * n) + (24 * m));
        var basis = string.Create(CultureInfo.InvariantCulture, $"{nodes:N0} nodes and {edges:N0} ties");
        var searches = Math.Min(n, inputs.Samples ?? n);
        var allPairs = searches * size / rate;
        var scratch = (long)(cores * 40 * n);
        switch (analysis, choice)
        {
            case ("centrality", "betweenness" or "closeness" or "harmonic"):
                return new(allPairs, graph + scratch, basis, choice == "betweenness" ? "use --samples to estimate from fewer sources" : string.Empty);
            case ("centrality", "edge-betweenness"):
                return new(allPairs, graph + scratch + (long)(cores * 8 * m), basis, "use --samples to estimate from fewer sources");
            case ("centrality", "pagerank" or "eigenvector" or "katz"):
                var iterations = inputs.Iterations ?? (choice == "katz" ? 1000 : 100);
                return new(iterations * size / (BfsRate * cores), graph + (long)(32 * n), basis);
            case ("communities", _):
                return new(50 * size / (BfsRate * cores), graph + (long)(120 * size), basis);
            case ("structure", _):
                return new(m * Math.Sqrt(Math.Max(1, m)) / (BfsRate * cores), graph + (long)(16 * size), basis);
            case ("disrupt", _):
                var steps = (inputs.Steps ?? 10) + 1;
                var perStep = size + (choice is "betweenness" or "keyplayer" ? n * size : 0) + (inputs.Efficiency ? n * size : 0);
                return new(steps * perStep / (BfsRate * cores), graph + scratch, basis, inputs.Efficiency ? "use --no-efficiency" : string.Empty);
            case ("keyplayers", _):
                var k = inputs.Steps ?? 5;
                return new(k * n * size / (BfsRate * cores), graph + scratch, basis);
            case ("analyze", _):
                return new(3 * n * size / (BfsRate * cores), 3 * (graph + scratch), basis);
            case ("brokers", _):
                return new((size * (1 + (2 * m / Math.Max(1, n)))) / (BfsRate * cores), graph + scratch, basis);
            default:
                // Bounded searches (paths, ego, trace, cycles, functions, upperworld): a few passes over the graph.
                return new(10 * size / (BfsRate * cores), graph + scratch, basis);
        }
    }
}
