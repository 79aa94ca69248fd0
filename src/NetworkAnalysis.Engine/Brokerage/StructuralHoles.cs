namespace NetworkAnalysis.Engine.Brokerage;

/// <summary>
/// Burt's structural-hole measures: constraint, effective size, efficiency and hierarchy.
/// </summary>
/// <remarks>
/// <para><b>Definitions</b> (R. S. Burt (1992), <i>Structural Holes</i>, Harvard UP; NetworkX's
/// <c>constraint</c> and <c>effective_size</c>). The contacts N(i) of node i are its neighbours in either
/// direction. The mutual weight is <c>a_ij = w(i→j) + w(j→i)</c> (with <see cref="StructuralHolesOptions.Weighted"/>
/// false each direction that exists counts 1). <c>p_ij = a_ij / Σ_k a_ik</c> and <c>m_ij = a_ij / max_k a_ik</c>.
/// Local constraint <c>c_ij = (p_ij + Σ_{q∈N(i)} p_iq p_qj)²</c>; constraint <c>C_i = Σ_{j∈N(i)} c_ij</c>.
/// Effective size <c>Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq)</c> (Borgatti's <c>n − 2t/n</c> on a simple
/// undirected unweighted graph). Efficiency = effective size / |N(i)|. Hierarchy (Burt's Coleman-Theil
/// index) <c>H_i = Σ_j r_j ln r_j / (N ln N)</c> with <c>r_j = c_ij / (C_i / N)</c>, N = |N(i)|.</para>
/// <para><b>Edge cases.</b> Self-loops are ignored. A node without contacts has NaN for every measure;
/// hierarchy is NaN for a node with one contact (0/0). NetworkX returns NaN for every node without
/// out-edges on a directed graph even when it has in-edges; here such a node's measures are computed
/// from its in-contacts.</para>
/// <para><b>Cost.</b> O(n + m + Σ_v deg(v)²) time, O(n + m) memory. Parallel over nodes, each node's values
/// computed by one thread in a fixed order, so the result is identical at any thread count.</para>
/// </remarks>
public static class StructuralHoles
{
    /// <summary>Computes the four measures for every node.</summary>
    /// <param name="graph">The graph; direction is used only to form mutual weights.</param>
    /// <param name="options">Weights and parallelism.</param>
    /// <param name="cancellationToken">Checked once per node.</param>
    public static StructuralHolesResult Compute(CsrGraph graph, StructuralHolesOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= StructuralHolesOptions.Default;
        var mutual = MutualTies.Build(graph, options.Weighted);
        var n = graph.NodeCount;
        var constraint = new double[n];
        var effective = new double[n];
        var efficiency = new double[n];
        var hierarchy = new double[n];
        var contacts = new int[n];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        if (n < 2048 || options.MaxDegreeOfParallelism == 1)
        {
            var scratch = new Scratch(n);
            for (var v = 0; v < n; v++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Node(mutual, v, scratch, constraint, effective, efficiency, hierarchy, contacts);
            }
        }
        else
        {
            Parallel.For(
                0,
                n,
                parallel,
                () => new Scratch(n),
                (v, _, scratch) =>
                {
                    Node(mutual, v, scratch, constraint, effective, efficiency, hierarchy, contacts);
                    return scratch;
                },
                _ => { });
        }

        return new StructuralHolesResult(constraint, effective, efficiency, hierarchy, contacts);
    }

    private static void Node(MutualTies t, int u, Scratch s, double[] constraint, double[] effective, double[] efficiency, double[] hierarchy, int[] contacts)
    {
        var start = t.Offsets[u];
        var end = t.Offsets[u + 1];
        var degree = end - start;
        contacts[u] = degree;
        if (degree == 0)
        {
            constraint[u] = effective[u] = efficiency[u] = hierarchy[u] = double.NaN;
            return;
        }

        s.Ensure(degree);
        var sumU = t.Sum[u];

        // p_uq for the contacts q of u, kept in a node-indexed scratch so lookups from other lists are O(1).
        for (var a = start; a < end; a++)
        {
            s.P[t.Targets[a]] = sumU > 0 ? t.Weights[a] / sumU : 0;
            s.IsContact[t.Targets[a]] = true;
        }

        // Indirect constraint Σ_q p_uq p_qv, accumulated over the two-step neighbourhood.
        for (var a = start; a < end; a++)
        {
            var q = t.Targets[a];
            var puq = s.P[q];
            var sumQ = t.Sum[q];
            if (puq == 0 || sumQ <= 0)
            {
                continue;
            }

            for (var b = t.Offsets[q]; b < t.Offsets[q + 1]; b++)
            {
                var v = t.Targets[b];
                if (s.IsContact[v])
                {
                    s.Indirect[v] += puq * (t.Weights[b] / sumQ);
                }
            }
        }

        double total = 0;
        double esize = 0;
        for (var a = start; a < end; a++)
        {
            var j = t.Targets[a];
            var local = s.P[j] + s.Indirect[j];
            local *= local;
            s.Local[a - start] = local;
            total += local;

            // Redundancy of contact j: Σ_q p_uq m_jq over the contacts q of u.
            var maxJ = t.Max[j];
            double redundancy = 0;
            if (maxJ > 0)
            {
                for (var b = t.Offsets[j]; b < t.Offsets[j + 1]; b++)
                {
                    var q = t.Targets[b];
                    if (s.IsContact[q])
                    {
                        redundancy += s.P[q] * (t.Weights[b] / maxJ);
                    }
                }
            }

            esize += 1 - redundancy;
        }

        constraint[u] = total;
        effective[u] = esize;
        efficiency[u] = esize / degree;
        if (degree < 2 || total <= 0)
        {
            hierarchy[u] = double.NaN;
        }
        else
        {
            var mean = total / degree;
            double h = 0;
            for (var a = 0; a < degree; a++)
            {
                var r = s.Local[a] / mean;
                if (r > 0)
                {
                    h += r * Math.Log(r);
                }
            }

            // The Coleman-Theil index is non-negative; equal local constraints leave rounding noise such as −1e-17.
            hierarchy[u] = Math.Max(0.0, h / (degree * Math.Log(degree)));
        }

        for (var a = start; a < end; a++)
        {
            var j = t.Targets[a];
            s.P[j] = 0;
            s.Indirect[j] = 0;
            s.IsContact[j] = false;
        }
    }

    private sealed class Scratch(int n)
    {
        public readonly double[] P = new double[n];
        public readonly double[] Indirect = new double[n];
        public readonly bool[] IsContact = new bool[n];
        public double[] Local = new double[16];

        public void Ensure(int degree)
        {
            if (Local.Length < degree)
            {
                Local = new double[Math.Max(degree, Local.Length * 2)];
            }
        }
    }
}
