using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Engine.Paths;
using static NetworkAnalysis.Application.Requests.OptionSpecs;

namespace NetworkAnalysis.Application.Requests;

/// <summary>
/// The graph analyses of <see cref="AnalysisCatalog"/> (centrality, communities, structure) on the case's
/// default projection (every transaction, directed, weight = transactions per pair), as <c>netan</c> runs
/// them on a dataset folder.
/// </summary>
internal static class GraphAnalyses
{
    private static readonly OptionSpec Undirected = Flag("undirected", "Treat every edge as undirected (reciprocal pairs merge, weights summed).");

    public static AnalysisDefinition Centrality { get; } = new(
        "centrality",
        "Centrality of every node (or edge for edge-betweenness).",
        [
            RequiredChoice("measure", "The measure.", [.. OptionWords.Measures.Keys]),
            Undirected,
            Flag("weighted", "Use edge weights (the number of transactions per pair)."),
            OptionalBool("normalized", "Normalise (defaults follow NetworkX: betweenness and closeness true, degree and harmonic false)."),
            Choice("distance", null, "Path length of an edge: weight, or inverse (strong ties are short). Implies weighted.", "weight", "inverse"),
            OptionalInt("samples", "Sampled betweenness: number of random sources (estimates scaled to the full graph)."),
            Int("seed", 42, "Random seed for samples."),
            Number("damping", "PageRank damping factor (default 0.85)."),
            Number("alpha", "Katz attenuation factor (default 0.1)."),
            OptionalInt("iterations", "PageRank: exactly N iterations; eigenvector/Katz: iteration limit."),
            Number("tolerance", "Convergence tolerance of PageRank/eigenvector/Katz (default 1e-6)."),
            Choice("direction", null, "Degree direction; closeness/harmonic incoming (in) or outgoing distances.", "in", "out", "all"),
            OptionalInt("top", "Only the N highest values, highest first."),
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var name = o.Text("measure")!;
            var request = new CentralityRequest(OptionWords.Measures[name])
            {
                Weighted = o.Bool("weighted") || o.Text("distance") is not null,
                Normalized = o.BoolOrNull("normalized"),
                Distance = o.Text("distance") switch
                {
                    "weight" => EdgeLength.Weight,
                    "inverse" => EdgeLength.InverseWeight,
                    _ => null,
                },
                Samples = o.IntOrNull("samples"),
                Seed = o.Int("seed"),
                Damping = o.Number("damping"),
                Alpha = o.Number("alpha"),
                Iterations = o.IntOrNull("iterations"),
                Tolerance = o.Number("tolerance"),
                Direction = o.Text("direction") switch
                {
                    "in" => Direction.In,
                    "out" => Direction.Out,
                    "all" => Direction.All,
                    _ => null,
                },
            };
            var input = Project(display, o);
            var result = CentralityAnalysis.Run(input, request, ct, progress);
            return new TableOutput(GraphTables.Centrality(result, name, input.DisplayIds(display.Protection), o.IntOrNull("top")));
        })
    { BytesPerAgent = 400, BytesPerTransaction = 50 };

    public static AnalysisDefinition Communities { get; } = new(
        "communities",
        "Communities (Louvain, Leiden, label propagation, components): one community number per node.",
        [
            RequiredChoice("method", "The method.", [.. OptionWords.Methods.Keys]),
            Undirected,
            OptionalBool("weighted", "Use edge weights (default true for Louvain and Leiden, false for label propagation)."),
            Number("resolution", "Resolution (default 1): higher gives smaller communities."),
            Choice("quality", null, "Leiden quality function.", "modularity", "cpm"),
            Int("seed", 0, "Random seed. Same seed, same result, at any thread count."),
            OptionalInt("iterations", "Label propagation sweeps (default 20) or Leiden iterations (default 10)."),
        ],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var request = new CommunityRequest(OptionWords.Methods[o.Text("method")!])
            {
                Weighted = o.BoolOrNull("weighted"),
                Resolution = o.Number("resolution"),
                Quality = o.Text("quality") == "cpm" ? LeidenQuality.ConstantPotts : null,
                Seed = o.Int("seed"),
                Iterations = o.IntOrNull("iterations"),
            };
            var input = Project(display, o);
            return new TableOutput(GraphTables.Communities(CommunityAnalysis.Run(input, request, ct, progress), input.DisplayIds(display.Protection)));
        })
    { BytesPerAgent = 600, BytesPerTransaction = 80 };

    public static AnalysisDefinition Structure { get; } = new(
        "structure",
        "Triangles or local clustering per node, or the graph's transitivity.",
        [RequiredChoice("measure", "The measure.", "triangles", "clustering", "transitivity"), Undirected],
        AnalysisExecution.Job,
        (display, o, ct, progress) =>
        {
            var input = Project(display, o);
            var measure = o.Text("measure")!;
            var range = ProgressRange.Of(progress);
            range.Report(measure, 0);
            var table = GraphTables.Structure(input, measure, input.DisplayIds(display.Protection), -1, ct);
            range.Report(measure, 1);
            return new TableOutput(table);
        });

    private static ProjectedGraph Project(AgentDisplay display, OptionValues o) =>
        NetworkProjection.Project(display.Network, ProjectionOptions.Default with { Directed = !o.Bool("undirected") });
}
