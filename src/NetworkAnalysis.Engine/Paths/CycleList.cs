namespace NetworkAnalysis.Engine.Paths;

/// <summary>Simple cycles, each as its nodes in order starting from its smallest node.</summary>
/// <param name="Cycles">The cycles; cycle <c>[a, b, c]</c> is a → b → c → a.</param>
/// <param name="Truncated">True when <see cref="SimpleCycleOptions.MaxCycles"/> stopped the enumeration.</param>
public sealed record CycleList(IReadOnlyList<int[]> Cycles, bool Truncated);
