using System.Runtime.CompilerServices;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// How a single-source accumulation weighs path ends: every node once (plain betweenness), only a target
/// set (subset betweenness), with the ends themselves counted (endpoints), or with folded sources.
/// </summary>
/// <remarks>
/// <para><b>Source folding.</b> A node u whose only out-neighbour is w (u ≠ w) reaches every other node
/// through w, by the same shortest paths as w (extended by u→w), and no shortest path from w passes
/// through u. So u's dependencies follow from w's search: δ_u(v) = δ_w(v) − σ_w(u|v)/σ_w(u) for v ∉ {u, w}
/// and δ_u(w) = |R(w)| − 1 − [u ∈ R(w)], with R(w) the nodes w reaches (itself included). With U the k nodes
/// folded into w, one search from w with path-end weights t(x) = 1 + k − [x ∈ U] yields w's and all of U's
/// dependencies at once, plus k(|R(w)| − 1) − |U ∩ R(w)| on w itself. This saves the searches from
/// out-degree-1 nodes (often 10–20% of a transaction network). Used with unit lengths only: with
/// floating-point lengths a tie between two paths from w can break once len(u, w) is added in front.</para>
/// </remarks>
internal readonly struct PathEnds
{
    private readonly bool[]? _targets;
    private readonly int[]? _foldInto;
    private readonly int[]? _foldCount;

    private PathEnds(bool[]? targets, int[]? foldInto, int[]? foldCount, bool endpoints)
    {
        _targets = targets;
        _foldInto = foldInto;
        _foldCount = foldCount;
        Endpoints = endpoints;
    }

    /// <summary>Count the path ends themselves (NetworkX endpoints=True).</summary>
    public bool Endpoints { get; }

    /// <summary>True when every node is a path end once and no folding is planned.</summary>
    public bool IsAll => _targets is null && _foldInto is null;

    /// <summary>Every node is a path end, once.</summary>
    public static PathEnds All(bool endpoints) => new(null, null, null, endpoints);

    /// <summary>Only <paramref name="targets"/> are path ends.</summary>
    public static PathEnds Subset(bool[] targets) => new(targets, null, null, false);

    /// <summary>Every node, with the searches of folded nodes merged into their out-neighbour's.</summary>
    public static PathEnds Folded(int[] foldInto, int[] foldCount) => new(null, foldInto, foldCount, false);

    /// <summary>t(x) for node <paramref name="x"/> reached from <paramref name="s"/>; counts reached folded nodes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Weight(int x, int s, ref int foldedReached)
    {
        if (_targets is not null)
        {
            return _targets[x] ? 1.0 : 0.0;
        }

        if (_foldInto is null)
        {
            return 1.0;
        }

        double t = 1 + _foldCount![s];
        if (_foldInto[x] == s)
        {
            foldedReached++;
            t -= 1;
        }

        return t;
    }

    /// <summary>What the source itself gains: the endpoint count, or the folded sources' dependency on it.</summary>
    public double SourceValue(int s, int reached, int foldedReached)
    {
        if (Endpoints)
        {
            return reached - 1;
        }

        return _foldCount is null ? 0 : ((double)_foldCount[s] * (reached - 1)) - foldedReached;
    }

    /// <summary>
    /// Plans folding for an all-sources run: which nodes are folded (out-degree 1 into a node whose own
    /// out-degree is not 1), and the remaining sources (those neither folded nor without out-edges).
    /// </summary>
    public static (int[] FoldInto, int[] FoldCount, int[] Sources) Plan(Paths.PathGraph g)
    {
        var n = g.NodeCount;
        var off = g.Offsets;
        var tgt = g.Targets;
        var foldInto = new int[n];
        var foldCount = new int[n];
        var count = 0;
        for (var u = 0; u < n; u++)
        {
            foldInto[u] = -1;
            if (off[u + 1] - off[u] == 1)
            {
                var w = tgt[off[u]];
                if (off[w + 1] - off[w] != 1)
                {
                    foldInto[u] = w;
                    foldCount[w]++;
                    continue;
                }
            }

            if (off[u + 1] > off[u])
            {
                count++;
            }
        }

        var sources = new int[count];
        count = 0;
        for (var u = 0; u < n; u++)
        {
            if (foldInto[u] < 0 && off[u + 1] > off[u])
            {
                sources[count++] = u;
            }
        }

        return (foldInto, foldCount, sources);
    }
}
