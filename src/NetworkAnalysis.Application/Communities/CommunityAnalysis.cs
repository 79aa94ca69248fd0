using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Community;
using NetworkAnalysis.Engine.Components;

namespace NetworkAnalysis.Application.Communities;

/// <summary>Runs a <see cref="CommunityRequest"/> on a projected graph and adds modularity and statistics.</summary>
public static class CommunityAnalysis
{
    /// <summary>Detects communities (or components) of <paramref name="input"/>.</summary>
    /// <param name="input">The projected graph.</param>
    /// <param name="request">The method and its options.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <param name="progress">Receives the progress, as stage <c>communities</c> (optional).</param>
    public static CommunityOutcome Run(ProjectedGraph input, CommunityRequest request, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var g = input.Graph;
        var threads = request.MaxDegreeOfParallelism ?? -1;
        var range = ProgressRange.Of(progress);
        int[] membership;
        int count;
        switch (request.Method)
        {
            case CommunityMethod.Louvain:
                var louvain = Louvain.Compute(g, new LouvainOptions(
                    Resolution: request.Resolution ?? 1.0,
                    Seed: request.Seed,
                    Weighted: request.Weighted ?? true,
                    MaxDegreeOfParallelism: threads), cancellationToken);
                (membership, count) = (louvain.Membership, louvain.CommunityCount);
                break;
            case CommunityMethod.Leiden:
                var leiden = Leiden.Compute(g, new LeidenOptions(
                    Quality: request.Quality ?? LeidenQuality.Modularity,
                    Resolution: request.Resolution ?? 1.0,
                    Seed: request.Seed,
                    Weighted: request.Weighted ?? true,
                    MaxIterations: request.Iterations ?? 10,
                    MaxDegreeOfParallelism: threads), cancellationToken, range.Stage("communities", 0, 0.9));
                (membership, count) = (leiden.Membership, leiden.CommunityCount);
                break;
            case CommunityMethod.LabelPropagation:
            case CommunityMethod.Cdlp:
                var lp = LabelPropagation.Compute(g, new LabelPropagationOptions(
                    Mode: request.Method == CommunityMethod.Cdlp ? LabelPropagationMode.Synchronous : LabelPropagationMode.Asynchronous,
                    MaxIterations: request.Iterations ?? 20,
                    Seed: request.Seed,
                    Weighted: request.Weighted ?? false,
                    MaxDegreeOfParallelism: threads), cancellationToken);
                (membership, count) = (lp.Membership, lp.CommunityCount);
                break;
            case CommunityMethod.Wcc:
                var wcc = WeaklyConnected.Compute(g, cancellationToken);
                (membership, count) = Dense(wcc.Labels);
                break;
            case CommunityMethod.Scc:
                var scc = StronglyConnected.Compute(g, cancellationToken);
                (membership, count) = Dense(scc.Labels);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Method, "unknown method");
        }

        range.Report("communities", 0.9);
        var weighted = request.Weighted ?? request.Method is CommunityMethod.Louvain or CommunityMethod.Leiden;
        var undirected = g.IsDirected ? g.ToUndirected(ParallelEdges.Sum) : g;
        var modularity = Modularity.Compute(undirected, membership, new ModularityOptions(Weighted: weighted));
        var statistics = CommunityStatistics.Compute(undirected, membership, weighted);
        range.Report("communities", 1);
        return new CommunityOutcome(membership, count, double.IsFinite(modularity) ? modularity : null, statistics);
    }

    /// <summary>Checks every option given against the option table before any work (the same messages in every host).</summary>
    /// <exception cref="OptionException">An option is out of range or does not apply to the method.</exception>
    public static void Validate(CommunityRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var m = request.Method switch
        {
            CommunityMethod.LabelPropagation => "labelprop",
            _ => request.Method.ToString().ToLowerInvariant(),
        };
        OptionRules.CheckGiven("communities", m, "resolution", request.Resolution);
        OptionRules.CheckGiven("communities", m, "quality", request.Quality is null ? null : 0);
        OptionRules.CheckGiven("communities", m, "iterations", request.Iterations);
        OptionRules.CheckGiven("communities", m, "threads", request.MaxDegreeOfParallelism);
    }

    /// <summary>Renumbers component labels (each the smallest node index of its component) to 0..k-1 in node order.</summary>
    private static (int[] Membership, int Count) Dense(int[] labels)
    {
        var map = new int[labels.Length];
        Array.Fill(map, -1);
        var result = new int[labels.Length];
        var count = 0;
        for (var v = 0; v < labels.Length; v++)
        {
            var label = labels[v];
            if (map[label] < 0)
            {
                map[label] = count++;
            }

            result[v] = map[label];
        }

        return (result, count);
    }
}
