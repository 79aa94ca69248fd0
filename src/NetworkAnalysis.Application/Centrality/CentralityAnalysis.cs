using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Centrality;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Application.Centrality;

/// <summary>
/// Runs a <see cref="CentralityRequest"/> on a projected graph: maps ids to engine nodes, translates
/// the request into the engine's options and calls the engine. The one place the CLI and other hosts
/// go through, so a measure means the same everywhere.
/// </summary>
public static class CentralityAnalysis
{
    /// <summary>Computes the requested measure.</summary>
    /// <param name="input">The projected graph.</param>
    /// <param name="request">The measure and its options.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <param name="progress">Receives the progress, as stage <see cref="MeasureName"/> (optional).</param>
    /// <exception cref="ArgumentException">An option does not fit the measure (e.g. an unknown source id).</exception>
    /// <exception cref="AnalysisException">A power iteration (PageRank, eigenvector, Katz) did not converge or grew without bound.</exception>
    public static CentralityResult Run(ProjectedGraph input, CentralityRequest request, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(request);
        Validate(request, input.Graph.NodeCount);
        var range = ProgressRange.Of(progress);
        try
        {
            var result = Compute(input, request, cancellationToken, range.Stage(MeasureName(request.Measure)));
            range.Report(MeasureName(request.Measure), 1);
            return result;
        }
        catch (NotConvergedException ex)
        {
            var name = request.Measure switch
            {
                CentralityMeasure.PageRank => "pagerank",
                CentralityMeasure.Katz => "katz",
                _ => "eigenvector",
            };
            var why = double.IsFinite(ex.Error)
                ? $"{name} centrality did not converge in {ex.Iterations} iterations on this graph"
                : $"{name} centrality grew without bound on this graph";
            var hint = request.Measure switch
            {
                CentralityMeasure.Katz when !double.IsFinite(ex.Error) => "lower --alpha below 1 / the largest eigenvalue of the (weighted) adjacency matrix",
                CentralityMeasure.Eigenvector => "eigenvector centrality is undefined on graphs without a cycle reaching every node (e.g. a tree or a single edge); try --undirected, pagerank or katz, or raise --iterations / --tolerance",
                _ => "raise --iterations or --tolerance",
            };
            throw new AnalysisException($"{why}: {hint}", ex);
        }
    }

    /// <summary>The measure's name in the option table (<see cref="OptionRules"/>), as the CLI spells it.</summary>
    public static string MeasureName(CentralityMeasure measure) => measure switch
    {
        CentralityMeasure.EdgeBetweenness => "edge-betweenness",
        CentralityMeasure.PageRank => "pagerank",
        CentralityMeasure.KCore => "kcore",
        _ => measure.ToString().ToLowerInvariant(),
    };

    /// <summary>Checks every option given against the option table before any work (the same messages in every host).</summary>
    /// <exception cref="OptionException">An option is out of range or does not apply to the measure.</exception>
    public static void Validate(CentralityRequest request, int nodeCount)
    {
        ArgumentNullException.ThrowIfNull(request);
        var m = MeasureName(request.Measure);
        OptionRules.CheckGiven("centrality", m, "damping", request.Damping);
        OptionRules.CheckGiven("centrality", m, "alpha", request.Alpha);
        OptionRules.CheckGiven("centrality", m, "iterations", request.Iterations);
        OptionRules.CheckGiven("centrality", m, "tolerance", request.Tolerance);
        OptionRules.CheckGiven("centrality", m, "samples", request.Samples);
        OptionRules.CheckGiven("centrality", m, "sources", request.Sources is null ? null : 0);
        OptionRules.CheckGiven("centrality", m, "targets", request.Targets is null ? null : 0);
        OptionRules.CheckGiven("centrality", m, "distance", request.Distance is null ? null : 0);
        OptionRules.CheckGiven("centrality", m, "weighted", request.Weighted && request.Measure != CentralityMeasure.Strength ? 0 : null);
        OptionRules.CheckGiven("centrality", m, "normalized", request.Normalized is null ? null : 0);
        OptionRules.CheckGiven("centrality", m, "direction", request.Direction is null ? null : 0);
        OptionRules.CheckGiven("centrality", m, "threads", request.MaxDegreeOfParallelism);
        if (request.Samples > nodeCount && nodeCount > 0)
        {
            throw new OptionException("samples", $"must be at most the number of nodes ({nodeCount}) (got {request.Samples})");
        }
    }

    private static CentralityResult Compute(ProjectedGraph input, CentralityRequest request, CancellationToken cancellationToken, IProgress<double>? progress)
    {
        var g = input.Graph;
        var threads = request.MaxDegreeOfParallelism ?? -1;
        var length = request.Distance ?? (request.Weighted ? EdgeLength.Weight : EdgeLength.Unit);
        switch (request.Measure)
        {
            case CentralityMeasure.Degree:
            case CentralityMeasure.Strength:
                return Node(request, DegreeCentrality.Compute(g, new DegreeCentralityOptions
                {
                    Direction = request.Direction ?? Direction.All,
                    Weighted = request.Measure == CentralityMeasure.Strength,
                    Normalized = request.Normalized ?? false,
                }, cancellationToken));
            case CentralityMeasure.Betweenness when request.Sources is not null || request.Targets is not null:
                return Node(request, SubsetBetweenness.Compute(g, new SubsetBetweennessOptions
                {
                    Sources = Resolve(input, request.Sources ?? input.Ids, "source"),
                    Targets = Resolve(input, request.Targets ?? input.Ids, "target"),
                    Normalized = request.Normalized ?? false,
                    Length = length,
                    MaxDegreeOfParallelism = threads,
                }, cancellationToken, progress));
            case CentralityMeasure.Betweenness:
                return Node(request, Betweenness.Compute(g, new BetweennessOptions
                {
                    Normalized = request.Normalized ?? true,
                    Length = length,
                    SampleSize = request.Samples,
                    Seed = request.Seed,
                    MaxDegreeOfParallelism = threads,
                }, cancellationToken, progress));
            case CentralityMeasure.EdgeBetweenness:
                var values = EdgeBetweenness.Compute(g, new EdgeBetweennessOptions
                {
                    Normalized = request.Normalized ?? true,
                    Length = length,
                    SampleSize = request.Samples,
                    Seed = request.Seed,
                    MaxDegreeOfParallelism = threads,
                }, cancellationToken, progress);
                return new CentralityResult(request.Measure, null, values, g.EdgeSources.ToArray(), g.EdgeTargets.ToArray());
            case CentralityMeasure.Closeness:
                return Node(request, Closeness.Compute(g, new ClosenessOptions
                {
                    WassermanFaust = request.Normalized ?? true,
                    Direction = request.Direction ?? Direction.In,
                    Length = length,
                    MaxDegreeOfParallelism = threads,
                }, cancellationToken, progress));
            case CentralityMeasure.Harmonic:
                return Node(request, HarmonicCentrality.Compute(g, new HarmonicCentralityOptions
                {
                    Normalized = request.Normalized ?? false,
                    Direction = request.Direction ?? Direction.In,
                    Length = length,
                    MaxDegreeOfParallelism = threads,
                }, cancellationToken, progress));
            case CentralityMeasure.PageRank:
                var networkX = request.Convergence == ConvergenceRule.NetworkX;
                var pr = (networkX ? PageRankOptions.NetworkX : new PageRankOptions()) with
                {
                    Damping = request.Damping ?? 0.85,
                    Weighted = request.Weighted,
                    Sources = request.Sources is null ? null : Resolve(input, request.Sources, "source"),
                    Iterations = request.Iterations,
                    MaxDegreeOfParallelism = threads,
                };
                pr = request.Tolerance is { } prTol ? pr with { Tolerance = prTol } : pr;
                return Node(request, PageRank.Compute(g, pr, cancellationToken, progress));
            case CentralityMeasure.Eigenvector:
                var ev = (request.Convergence == ConvergenceRule.NetworkX ? EigenvectorCentralityOptions.NetworkX : new EigenvectorCentralityOptions()) with
                {
                    Weighted = request.Weighted,
                    Direction = request.Direction ?? Direction.In,
                    MaxDegreeOfParallelism = threads,
                };
                ev = request.Tolerance is { } evTol ? ev with { Tolerance = evTol } : ev;
                ev = request.Iterations is { } evIt ? ev with { MaxIterations = evIt } : ev;
                return Node(request, EigenvectorCentrality.Compute(g, ev, cancellationToken, progress));
            case CentralityMeasure.Katz:
                var katz = (request.Convergence == ConvergenceRule.NetworkX ? KatzCentralityOptions.NetworkX : new KatzCentralityOptions()) with
                {
                    Weighted = request.Weighted,
                    Direction = request.Direction ?? Direction.In,
                    Normalized = request.Normalized ?? true,
                    MaxDegreeOfParallelism = threads,
                };
                katz = request.Alpha is { } alpha ? katz with { Alpha = alpha } : katz;
                katz = request.Tolerance is { } kTol ? katz with { Tolerance = kTol } : katz;
                katz = request.Iterations is { } kIt ? katz with { MaxIterations = kIt } : katz;
                return Node(request, KatzCentrality.Compute(g, katz, cancellationToken, progress));
            case CentralityMeasure.KCore:
                var core = Coreness.Compute(g, new CorenessOptions { Direction = request.Direction ?? Direction.All }, cancellationToken);
                return Node(request, Array.ConvertAll(core, c => (double)c));
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Measure, "unknown measure");
        }
    }

    private static CentralityResult Node(CentralityRequest request, double[] values) =>
        new(request.Measure, values, null, null, null);

    private static int[] Resolve(ProjectedGraph input, IReadOnlyList<string> ids, string role)
    {
        var result = new int[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            var node = input.IndexOf(ids[i]);
            if (node < 0)
            {
                throw new ArgumentException($"{role} '{ids[i]}' is not a node of the input");
            }

            result[i] = node;
        }

        return result;
    }
}
