using System.Globalization;
using NetworkAnalysis.IO.EdgeLists;

namespace NetworkAnalysis.Benchmarks;

/// <summary>
/// Reads the peer benchmark files (<c>src dst weight</c>, integer ids, as written by
/// <c>shared/bench/gen_graph.py</c>) with the product's own <see cref="EdgeListReader"/>, so the load
/// times the runners report are the reader users get. Nodes are numbered in order of first appearance.
/// </summary>
internal static class EdgeFile
{
    public static (int[] Src, int[] Dst, double[] W, int NodeCount) Read(string path)
    {
        var data = EdgeListReader.Read(path);
        return (data.Sources, data.Targets, data.Weights ?? Ones(data.EdgeCount), data.NodeIds.Length);
    }

    /// <summary>As <see cref="Read"/>, with each node's id from the file (the planted-community files are keyed by it).</summary>
    public static (int[] Sources, int[] Targets, double[] Weights, long[] Ids) ReadWithIds(string path)
    {
        var data = EdgeListReader.Read(path);
        var ids = Array.ConvertAll(data.NodeIds, id => long.Parse(id, NumberStyles.Integer, CultureInfo.InvariantCulture));
        return (data.Sources, data.Targets, data.Weights ?? Ones(data.EdgeCount), ids);
    }

    private static double[] Ones(int count)
    {
        var ones = new double[count];
        Array.Fill(ones, 1.0);
        return ones;
    }
}
