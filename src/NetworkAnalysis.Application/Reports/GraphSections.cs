using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Reports;

/// <summary>
/// Report sections from the graph engine: the top agents by betweenness, PageRank and harmonic
/// centrality, and the communities found in the transactions.
/// </summary>
internal static class GraphSections
{
    public static IEnumerable<ReportSection> Centrality(ProjectedGraph projected, IdentityProtection protection, CaseAnalysisOptions options, CancellationToken ct,
        ProgressRange progress)
    {
        var threads = options.MaxDegreeOfParallelism;
        var measures = new (CentralityMeasure Measure, string Key, string Title, string Text)[]
        {
            (CentralityMeasure.Betweenness, "betweenness", "Top agents by betweenness",
                "Share of shortest paths between other agents that pass through the agent (directed, normalised): brokers and bottlenecks whose removal lengthens or cuts the network's paths."),
            (CentralityMeasure.PageRank, "pagerank", "Top agents by PageRank",
                "Agents that many well-connected agents transact with (damping 0.85, weighted by the number of transactions): where activity and money converge."),
            (CentralityMeasure.Harmonic, "harmonic", "Top agents by harmonic centrality",
                "Sum of 1/distance from every other agent (incoming paths): agents that the rest of the network reaches in few steps."),
        };
        // Shares of the centrality part of the run, roughly each measure's share of the time.
        var shares = new[] { (0.0, 0.6), (0.6, 0.7), (0.7, 1.0) };
        for (var i = 0; i < measures.Length; i++)
        {
            var (measure, key, title, text) = measures[i];
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var estimate = measure == CentralityMeasure.Betweenness ? BetweennessEstimate(projected.Graph.NodeCount, options) : null;
            var result = CentralityAnalysis.Run(projected, new CentralityRequest(measure)
            {
                Weighted = measure == CentralityMeasure.PageRank,
                Samples = estimate?.SampleSize,
                Seed = options.Seed,
                MaxDegreeOfParallelism = threads,
            }, ct, progress.Part(shares[i].Item1, shares[i].Item2));
            var ranked = CaseAnalyzer.Rank(projected, result.NodeValues!, options.Top, protection);
            var explained = estimate is null ? text : text + string.Create(CultureInfo.InvariantCulture,
                $" Estimated from {estimate.SampleSize:N0} sampled source agents (seed {estimate.Seed}): with probability {estimate.Confidence:0.##} every value is within {estimate.Bound:0.####} of the exact one; rerun with --exact for exact values.");
            yield return new ReportSection(key, title, explained, ["#", "Agent", "Name", "Kind", "Value"],
                ranked.Select((r, i) => new object?[] { i + 1, r.Id, r.Name, r.Kind, Round(r.Value) }).ToArray())
            {
                Seconds = clock.Elapsed.TotalSeconds,
                Estimate = estimate,
            };
        }
    }

    public static CommunityOutcome FindCommunities(ProjectedGraph projected, CaseAnalysisOptions options, CancellationToken ct, IProgress<AnalysisProgress>? progress = null) =>
        CommunityAnalysis.Run(projected, new CommunityRequest(CommunityMethod.Leiden) { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, ct, progress);

    public static ReportSection Communities(TransactionNetwork network, ProjectedGraph projected, CommunityOutcome outcome, IdentityProtection protection, CaseAnalysisOptions options)
    {
        var degree = Degrees.Compute(projected.Graph);

        var rows = new List<object?[]>();
        var stats = outcome.Statistics;
        var order = Enumerable.Range(0, outcome.CommunityCount).Where(c => stats.Size[c] > 1).OrderByDescending(c => stats.Size[c]).ThenBy(c => c).Take(Math.Max(options.Top, 10));
        foreach (var c in order)
        {
            var members = Enumerable.Range(0, degree.Length).Where(v => outcome.Membership[v] == c).ToArray();
            var leading = members.OrderByDescending(v => degree[v]).ThenBy(v => v).Take(3)
                .Select(v => projected.AgentAt(v) is { } a ? protection.DisplayName(a) : projected.Ids[v]);
            var declared = members.SelectMany(v => projected.AgentAt(v)?.Groups ?? []).GroupBy(g => g, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
            rows.Add([
                c,
                stats.Size[c],
                string.Join(", ", leading),
                Round(stats.InternalDensity[c]),
                Round(stats.Conductance[c]),
                declared is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{declared.Key} ({declared.Count()} of {members.Length})"),
            ]);
        }

        var singletons = Enumerable.Range(0, outcome.CommunityCount).Count(c => stats.Size[c] == 1);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Leiden (modularity, seed 0) on the undirected transaction graph found {outcome.CommunityCount} communities ({singletons} single agents), {(outcome.Modularity is { } q ? $"modularity {q:0.###}" : "modularity undefined (no ties)")}. ")
            + (network.GroupCount == 0
                ? "The dataset declares no groups, so these communities are the candidate groups."
                : "The last column compares each community with the declared groups of its members.");
        return new ReportSection("communities", "Communities found in the transactions", text,
            ["Community", "Agents", "Most connected members", "Internal density", "Conductance", "Main declared group"], rows);
    }

    /// <summary>
    /// The sampling plan of betweenness, or null when it is computed exactly. The bound: normalised
    /// betweenness is (n/(n−1)) × the mean over sources s of δ_s(v)/(n−2) ∈ [0, 1] (Brandes' dependencies),
    /// and the source-sampled estimate is the same mean over k sources drawn without replacement; Hoeffding's
    /// inequality (which holds without replacement) with a union bound over the n agents gives
    /// |estimate − exact| ≤ (n/(n−1))·√(ln(2n/δ)/(2k)) for every agent at once, with probability 1 − δ.
    /// </summary>
    internal static SectionEstimate? BetweennessEstimate(int n, CaseAnalysisOptions options)
    {
        if (options.Exact || n <= options.SampleAbove || options.Samples >= n)
        {
            return null;
        }

        const double Delta = 0.05;
        var k = options.Samples;
        var bound = n / (n - 1.0) * Math.Sqrt(Math.Log(2.0 * n / Delta) / (2.0 * k));
        return new SectionEstimate("source sampling (Brandes and Pich 2007); Hoeffding bound, union over agents", k, options.Seed, bound, 1 - Delta);
    }

    private static double Round(double value) => Math.Round(value, 6);
}
