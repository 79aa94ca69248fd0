using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.IO.EdgeLists;

namespace NetworkAnalysis.Application.Inputs;

/// <summary>How <see cref="GraphInputs.Load"/> reads an input and turns it into an engine graph.</summary>
public sealed record GraphLoadOptions
{
    /// <summary>Treat every edge as undirected (reciprocal pairs merge, weights summed). Default false.</summary>
    public bool Undirected { get; init; }

    /// <summary>The projection used for dataset folders and rich formats (default: everything, counted).</summary>
    public ProjectionOptions Projection { get; init; } = ProjectionOptions.Default;

    /// <summary>Format name to use instead of guessing from the path (e.g. <c>edgelist</c>, <c>csv</c>, <c>dataset</c>).</summary>
    public string? Format { get; init; }

    /// <summary>Limits for edge-list files.</summary>
    public EdgeListReadOptions EdgeList { get; init; } = new();
}
