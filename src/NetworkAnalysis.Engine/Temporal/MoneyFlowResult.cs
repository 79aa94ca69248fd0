namespace NetworkAnalysis.Engine.Temporal;

/// <summary>
/// The outcome of a money trace. Forward: how much of the origin's money reached each node and moved on
/// each edge. Backward: how much of the money that reached the origin came from each node and each edge.
/// </summary>
/// <param name="Reached">Per node: traced money that reached it (forward), or that it sent on its way to the origin (backward). The origin itself is 0 unless money returns to it.</param>
/// <param name="Forwarded">Per node: of <see cref="Reached"/>, how much it passed on (forward), or had itself received from further back (backward).</param>
/// <param name="Hops">Per node: fewest transfers between it and the origin along the trace; 0 for the origin, −1 when not reached.</param>
/// <param name="EdgeAmounts">Per edge (time order of <see cref="TimedEdges"/>): the traced amount it carried; 0 when none.</param>
/// <param name="EdgeHops">Per edge: the transfer number (1 = first hop from the origin) of the earliest-hop money on it; −1 when none.</param>
public sealed record MoneyFlowResult(double[] Reached, double[] Forwarded, int[] Hops, double[] EdgeAmounts, int[] EdgeHops);
