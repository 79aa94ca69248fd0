using System.Globalization;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Testing;

/// <summary>
/// Small graphs written as text for tests: <c>"a->b b->c c->a c->d:2.5 e"</c>. Tokens are separated by
/// whitespace; <c>x->y</c> is a directed edge, <c>x--y</c> an undirected one (a graph is one or the other),
/// <c>:w</c> gives a weight (the graph is weighted when any edge has one), a bare name adds an isolated
/// node. Nodes are numbered in order of first appearance.
/// </summary>
public static class GraphText
{
    /// <summary>Parses the text. Pass <paramref name="weighted"/> to force weightedness.</summary>
    public static NamedGraph Parse(string text, bool? weighted = null, ParallelEdges parallel = ParallelEdges.Keep)
    {
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Node(string name)
        {
            if (!index.TryGetValue(name, out var i))
            {
                i = names.Count;
                index[name] = i;
                names.Add(name);
            }

            return i;
        }

        var edges = new List<(int S, int T, double W)>();
        bool? directed = null;
        var anyWeight = false;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var arrow = token.IndexOf("->", StringComparison.Ordinal);
            var line = token.IndexOf("--", StringComparison.Ordinal);
            if (arrow < 0 && line < 0)
            {
                Node(token);
                continue;
            }

            var isDirected = arrow >= 0;
            if (directed is not null && directed != isDirected)
            {
                throw new FormatException($"graph text mixes directed and undirected edges: '{token}'");
            }

            directed = isDirected;
            var at = isDirected ? arrow : line;
            var left = token[..at];
            var right = token[(at + 2)..];
            var w = 1.0;
            var colon = right.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                w = double.Parse(right[(colon + 1)..], CultureInfo.InvariantCulture);
                right = right[..colon];
                anyWeight = true;
            }

            edges.Add((Node(left), Node(right), w));
        }

        var builder = new CsrGraphBuilder(names.Count, directed ?? true, weighted ?? anyWeight, edges.Count);
        foreach (var (s, t, w) in edges)
        {
            builder.AddEdge(s, t, w);
        }

        return new NamedGraph(builder.Build(parallel), names);
    }
}

/// <summary>A graph with a name per node, for asserting results by name.</summary>
/// <param name="Graph">The graph.</param>
/// <param name="Names">Node names by index.</param>
public sealed record NamedGraph(CsrGraph Graph, IReadOnlyList<string> Names)
{
    /// <summary>Index of the node called <paramref name="name"/>.</summary>
    public int this[string name]
    {
        get
        {
            for (var i = 0; i < Names.Count; i++)
            {
                if (Names[i] == name)
                {
                    return i;
                }
            }

            throw new KeyNotFoundException(name);
        }
    }

    /// <summary>Pairs every node name with its value.</summary>
    public IDictionary<string, T> ByName<T>(IReadOnlyList<T> values)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Count; i++)
        {
            result[Names[i]] = values[i];
        }

        return result;
    }
}
