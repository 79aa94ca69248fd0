using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetworkAnalysis.Engine.Centrality;

/// <summary>The edge loop of the power iterations: Σ x(u)·w over the slots of one node.</summary>
internal static class Pull
{
    /// <summary>Σ <paramref name="x"/>[src[j]] (times w[j] when <paramref name="w"/> is given) over slots <c>[off[v], off[v+1])</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(int v, int[] off, int[] src, double[]? w, double[] x)
    {
        ref var xRef = ref MemoryMarshal.GetArrayDataReference(x);
        ref var srcRef = ref MemoryMarshal.GetArrayDataReference(src);
        // Two accumulators break the floating-point add chain (a fixed order, so still deterministic).
        double s0 = 0, s1 = 0;
        var end = off[v + 1];
        var j = off[v];
        if (w is null)
        {
            for (; j + 1 < end; j += 2)
            {
                s0 += Unsafe.Add(ref xRef, Unsafe.Add(ref srcRef, j));
                s1 += Unsafe.Add(ref xRef, Unsafe.Add(ref srcRef, j + 1));
            }

            if (j < end)
            {
                s0 += Unsafe.Add(ref xRef, Unsafe.Add(ref srcRef, j));
            }
        }
        else
        {
            ref var wRef = ref MemoryMarshal.GetArrayDataReference(w);
            for (; j + 1 < end; j += 2)
            {
                s0 += Unsafe.Add(ref xRef, Unsafe.Add(ref srcRef, j)) * Unsafe.Add(ref wRef, j);
                s1 += Unsafe.Add(ref xRef, Unsafe.Add(ref srcRef, j + 1)) * Unsafe.Add(ref wRef, j + 1);
            }

            if (j < end)
            {
                s0 += Unsafe.Add(ref xRef, Unsafe.Add(ref srcRef, j)) * Unsafe.Add(ref wRef, j);
            }
        }

        return s0 + s1;
    }

    /// <summary>The slot arrays to pull from: in-edges for <see cref="Direction.In"/>, out-edges for <see cref="Direction.Out"/>.</summary>
    public static (int[] Offsets, int[] Sources, double[]? Weights) Lists(CsrGraph graph, Direction direction, bool weighted)
    {
        if (direction == Direction.All && graph.IsDirected)
        {
            throw new ArgumentException("Direction.All is not supported here; use graph.ToUndirected()", nameof(direction));
        }

        var useOut = direction == Direction.Out;
        var w = useOut ? graph.WeightArray : graph.InWeightArray;
        return (useOut ? graph.OffsetArray : graph.InOffsetArray,
            useOut ? graph.TargetArray : graph.InSourceArray,
            weighted && graph.IsWeighted ? w : null);
    }
}
