namespace NetworkAnalysis.Engine.Paths;

/// <summary>A path as its nodes, first to last, and its length under the weighting used.</summary>
/// <param name="Nodes">The nodes in order; a single node for a path from a node to itself.</param>
/// <param name="Length">The sum of the edge lengths (the hop count for <see cref="EdgeLength.Unit"/>).</param>
public sealed record GraphPath(int[] Nodes, double Length)
{
    /// <summary>The number of edges.</summary>
    public int Hops => Nodes.Length - 1;

    /// <inheritdoc />
    public bool Equals(GraphPath? other) =>
        other is not null && Length.Equals(other.Length) && Nodes.AsSpan().SequenceEqual(other.Nodes);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Length);
        foreach (var v in Nodes)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }
}
