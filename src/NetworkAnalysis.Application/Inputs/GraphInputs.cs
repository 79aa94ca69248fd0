using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;
using NetworkAnalysis.IO.EdgeLists;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.Application.Inputs;

/// <summary>
/// Reads the <c>&lt;input&gt;</c> of the analysis commands, whatever it is: a dataset folder (projected
/// with the given projection), a plain edge list (<c>source target [weight]</c>), or a <c>.csv</c> with a
/// header <c>source,target[,weight]</c>, or any file format <see cref="NetworkFormats"/> reads (GraphML,
/// GEXF, graphology or Cytoscape JSON, Pajek, UCINET DL). Node ids are strings, in order of first appearance.
/// </summary>
public static class GraphInputs
{
    /// <summary>Loads <paramref name="path"/> as an engine graph with its node ids.</summary>
    /// <param name="path">A dataset folder or a graph file.</param>
    /// <param name="options">How to read and project; defaults when null.</param>
    /// <param name="phase">Called with <c>load</c> (reading and parsing) and <c>build</c> (projection and CSR construction) and the time each took.</param>
    /// <param name="store">The case store for <c>case:NAME[@VERSION]</c> inputs (projected in the store, without reading the whole case), or null.</param>
    /// <exception cref="InputFormatException">The input is missing or malformed.</exception>
    public static ProjectedGraph Load(string path, GraphLoadOptions? options = null, Action<string, TimeSpan>? phase = null, ICaseStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new GraphLoadOptions();
        if (CaseInputs.IsStoredCase(path))
        {
            var timer = System.Diagnostics.Stopwatch.StartNew();
            var projection = options.Projection with { Directed = options.Projection.Directed && !options.Undirected };
            var projected = CaseInputs.FromStore(path, store, (s, r) => s.ProjectAsync(r, projection));
            phase?.Invoke("load", timer.Elapsed);
            phase?.Invoke("build", TimeSpan.Zero);
            return projected;
        }

        var format = options.Format ?? Guess(path);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ProjectedGraph result;
        switch (format)
        {
            case "dataset":
                var network = CaseInputs.ReadDataset(path);
                phase?.Invoke("load", clock.Elapsed);
                clock.Restart();
                result = NetworkProjection.Project(network, options.Projection with { Directed = options.Projection.Directed && !options.Undirected });
                break;
            case "edgelist":
            case "csv":
                var data = EdgeListReader.Read(path, options.EdgeList, csv: format == "csv");
                phase?.Invoke("load", clock.Elapsed);
                clock.Restart();
                result = FromEdgeList(data, !options.Undirected);
                break;
            default:
                var read = CaseInputs.ReadNetwork(path, format);
                phase?.Invoke("load", clock.Elapsed);
                clock.Restart();
                result = NetworkProjection.Project(read.Network, options.Projection with { Directed = read.Directed && options.Projection.Directed && !options.Undirected });
                break;
        }

        phase?.Invoke("build", clock.Elapsed);
        return result;
    }

    /// <summary>Builds the engine graph of an edge list: weighted when the list had weights, parallel edges summed.</summary>
    public static ProjectedGraph FromEdgeList(EdgeListData data, bool directed)
    {
        ArgumentNullException.ThrowIfNull(data);
        var graph = CsrGraphBuilder.FromEdges(data.NodeIds.Length, directed, data.Sources, data.Targets, data.Weights, ParallelEdges.Sum);
        return new ProjectedGraph(graph, data.NodeIds, null, null);
    }

    private static string Guess(string path)
    {
        if (Directory.Exists(path))
        {
            return "dataset";
        }

        // Plain edge lists take the fast path straight to the engine; rich formats go through the
        // domain model so their fields (kinds, times, sensitivity) can be projected and protected.
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => "csv",
            ".GRAPHML" or ".GEXF" or ".JSON" or ".CYJS" or ".NET" or ".DL" => NetworkFormats.ForPath(path).Name,
            _ => "edgelist",
        };
    }
}
