using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;
using NetworkAnalysis.IO.EdgeLists;

namespace NetworkAnalysis.Application.Inputs;

/// <summary>
/// Reads the <c>&lt;input&gt;</c> of the analysis commands, whatever it is: a dataset folder (projected
/// with the given projection), a plain edge list (<c>source target [weight]</c>), or a <c>.csv</c> with a
/// header <c>source,target[,weight]</c>. Node ids are strings, in order of first appearance.
/// </summary>
public static class GraphInputs
{
    /// <summary>Loads <paramref name="path"/> as an engine graph with its node ids.</summary>
    /// <param name="path">A dataset folder or a graph file.</param>
    /// <param name="options">How to read and project; defaults when null.</param>
    /// <param name="phase">Called with <c>load</c> (reading and parsing) and <c>build</c> (projection and CSR construction) and the time each took.</param>
    /// <exception cref="InputFormatException">The input is missing or malformed.</exception>
    public static ProjectedGraph Load(string path, GraphLoadOptions? options = null, Action<string, TimeSpan>? phase = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new GraphLoadOptions();
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
                throw new InputFormatException(new InputProblem(path, null, null, $"unknown input format '{format}'"));
        }

        phase?.Invoke("build", clock.Elapsed);
        return result;
    }

    /// <summary>Builds the engine graph of an edge list: weighted when the list had weights, parallel edges summed.</summary>
    public static ProjectedGraph FromEdgeList(EdgeListData data, bool directed)
    {
        ArgumentNullException.ThrowIfNull(data);
        var builder = new CsrGraphBuilder(data.NodeIds.Length, directed, weighted: data.Weights is not null, edgeCapacity: Math.Max(16, data.EdgeCount));
        var weights = data.Weights;
        for (var e = 0; e < data.EdgeCount; e++)
        {
            builder.AddEdge(data.Sources[e], data.Targets[e], weights is null ? 1.0 : weights[e]);
        }

        return new ProjectedGraph(builder.Build(ParallelEdges.Sum), data.NodeIds, null, null);
    }

    private static string Guess(string path)
    {
        if (Directory.Exists(path))
        {
            return "dataset";
        }

        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" => "csv",
            _ => "edgelist",
        };
    }
}
