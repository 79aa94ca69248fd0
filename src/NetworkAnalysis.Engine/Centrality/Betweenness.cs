using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Shortest-path betweenness centrality of every node: the sum over pairs (s, t) of other nodes of the
/// share of shortest s–t paths that pass through the node.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol.
/// 25(2); variants (endpoints, sampling) as in Brandes (2008), Social Networks 30(2). One breadth-first
/// search (unit lengths) or Dijkstra search (weighted) per source, then dependency accumulation in reverse
/// order. Time O(s·m) unweighted, O(s·(m + n log n)) weighted, for s sources (n exact); memory O(n + m)
/// per thread plus O(n) per pending partial sum.</para>
/// <para><b>Semantics</b> (NetworkX 3.6 <c>betweenness_centrality</c>): directed graphs follow edge
/// direction; undirected graphs count each unordered pair once when not normalised. Paths are node
/// sequences: parallel edges do not multiply path counts and a weighted pair of parallel edges uses the
/// shorter one; self-loops are ignored. Isolated nodes score 0; unreachable pairs contribute nothing.
/// Weighted lengths must be positive (see <see cref="EdgeLength"/>); path lengths are compared exactly, so
/// ties are whatever floating-point sums along the paths produce, as in NetworkX.</para>
/// <para><b>Determinism.</b> Sources are split into fixed chunks (depending only on the number of sources);
/// each chunk's partial sum is computed in source order and the partials are added in chunk order, so the
/// result is bit-identical for any <see cref="BetweennessOptions.MaxDegreeOfParallelism"/>. Sampling uses
/// its own seeded generator (not NetworkX's), so samples differ from NetworkX's for the same seed.
/// Cancellation is checked once per chunk of sources.</para>
/// </remarks>
public static class Betweenness
{
    /// <summary>Computes the betweenness of every node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for NetworkX's defaults.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <param name="progress">Receives the fraction of sources done (0 to 1, increasing), possibly from worker threads; optional.</param>
    /// <returns>One value per node.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BetweennessOptions.SampleSize"/> is below 1 or larger than the node count.</exception>
    /// <exception cref="ArgumentException">A weight is not a valid length for <see cref="BetweennessOptions.Length"/>.</exception>
    public static double[] Compute(CsrGraph graph, BetweennessOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new BetweennessOptions();
        var n = graph.NodeCount;
        var sources = Sources(n, options.SampleSize, options.Seed);
        var pg = PathGraph.Build(graph, Direction.Out, options.Length);
        var result = Accumulate(pg, sources, PathEnds.All(options.Endpoints), edges: false, options.MaxDegreeOfParallelism, cancellationToken, progress);
        var (scaleSource, scaleOther) = Scales(n, options.Normalized, graph.IsDirected, options.Endpoints, options.SampleSize);
        if (scaleSource == scaleOther)
        {
            Scale(result, scaleOther);
        }
        else
        {
            var isSource = new bool[n];
            foreach (var s in sources)
            {
                isSource[s] = true;
            }

            for (var v = 0; v < n; v++)
            {
                result[v] *= isSource[v] ? scaleSource : scaleOther;
            }
        }

        return result;
    }

    /// <summary>All nodes, or a seeded sample of <paramref name="sampleSize"/> of them.</summary>
    internal static int[] Sources(int n, int? sampleSize, long seed)
    {
        if (sampleSize is int k)
        {
            if (k < 1 || k > n)
            {
                throw new ArgumentOutOfRangeException(nameof(sampleSize), k, $"the sample size must be between 1 and the node count ({n})");
            }

            return SourceSample.Draw(n, k, seed);
        }

        var all = new int[n];
        for (var i = 0; i < n; i++)
        {
            all[i] = i;
        }

        return all;
    }

    /// <summary>
    /// Sums the dependencies of every source over nodes (or over path slots when <paramref name="edges"/>),
    /// in parallel with a fixed chunking and a chunk-ordered reduction.
    /// </summary>
    internal static double[] Accumulate(PathGraph pg, int[] sources, PathEnds ends, bool edges,
        int maxDegreeOfParallelism, CancellationToken cancellationToken, IProgress<double>? progress = null)
    {
        var n = pg.NodeCount;
        var result = new double[edges ? pg.SlotCount : n];

        // Every node a source, plain node values, unit lengths: fold out-degree-1 sources into their
        // neighbour's search. (Not with lengths: a floating-point tie seen from w need not be one once the
        // length of u→w is added in front, so the folded result could differ from a search from u.)
        if (sources.Length == n && n > 0 && !edges && !ends.Endpoints && ends.IsAll && pg.Lengths is null)
        {
            var (foldInto, foldCount, kept) = PathEnds.Plan(pg);
            sources = kept;
            ends = PathEnds.Folded(foldInto, foldCount);
        }

        var count = sources.Length;
        if (count == 0)
        {
            return result;
        }

        // Fixed chunking: at most 256 chunks, a function of the source count only.
        var chunkSize = (count + 255) / 256;
        var chunks = (count + chunkSize - 1) / chunkSize;
        var workers = Workers.Count(maxDegreeOfParallelism, chunks, (long)count * (pg.SlotCount + n));
        if (pg.Lengths is null)
        {
            OrderedReduction.Run(chunks, result, workers, () => new Brandes.UnitScratch(n, pg.SlotCount), (c, partial, scratch) =>
            {
                var end = Math.Min(count, (c + 1) * chunkSize);
                for (var i = c * chunkSize; i < end; i++)
                {
                    Brandes.UnitSource(pg, sources[i], scratch, edges ? null : partial, edges ? partial : null, ends);
                }
            }, cancellationToken, progress);
        }
        else
        {
            OrderedReduction.Run(chunks, result, workers, () => new Brandes.WeightedScratch(n), (c, partial, scratch) =>
            {
                var end = Math.Min(count, (c + 1) * chunkSize);
                for (var i = c * chunkSize; i < end; i++)
                {
                    Brandes.WeightedSource(pg, sources[i], scratch, edges ? null : partial, edges ? partial : null, ends);
                }
            }, cancellationToken, progress);
        }

        return result;
    }

    /// <summary>
    /// NetworkX 3.6's <c>_rescale</c>: the factors for sampled source nodes and for all other nodes
    /// (equal unless sampling without endpoints).
    /// </summary>
    internal static (double Source, double Other) Scales(int n, bool normalized, bool directed, bool endpoints, int? sampleSize)
    {
        long big = endpoints ? n : n - 1;
        if (big < 2)
        {
            return (1.0, 1.0);
        }

        long k = sampleSize ?? big;
        double correction = directed ? 1 : 2;
        if (sampleSize is null || endpoints)
        {
            var scale = normalized ? 1.0 / (k * (big - 1)) : big / (k * correction);
            return (scale, scale);
        }

        if (normalized)
        {
            return (k > 1 ? 1.0 / ((k - 1) * (big - 1)) : double.NaN, 1.0 / (k * (big - 1)));
        }

        return (k > 1 ? big / ((k - 1) * correction) : double.NaN, big / (k * correction));
    }

    internal static void Scale(double[] values, double factor)
    {
        if (factor == 1.0)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }
}
