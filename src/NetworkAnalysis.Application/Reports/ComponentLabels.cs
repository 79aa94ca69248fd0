using NetworkAnalysis.Engine;
using NetworkAnalysis.Engine.Traversal;

namespace NetworkAnalysis.Application.Reports;

/// <summary>Weak component labels for the report (each node labelled by the smallest index in its component).</summary>
internal static class ComponentLabels
{
    public static int[] Weak(CsrGraph graph)
    {
        var labels = new int[graph.NodeCount];
        Array.Fill(labels, -1);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (labels[v] >= 0)
            {
                continue;
            }

            // One BFS per component; the BFS allocates per call, which is fine for case-sized graphs
            // and replaced by the engine's component labelling for large ones.
            foreach (var u in Bfs.Run(graph, v, Direction.All).Order)
            {
                labels[u] = v;
            }
        }

        return labels;
    }
}
