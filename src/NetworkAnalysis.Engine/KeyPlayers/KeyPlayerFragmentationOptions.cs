namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>Options of <see cref="KeyPlayerFragmentation.Find"/>.</summary>
public sealed record KeyPlayerFragmentationOptions
{
    /// <summary>The defaults: component fragmentation, beam width 10, local search on, no random restarts, seed 0.</summary>
    public static KeyPlayerFragmentationOptions Default { get; } = new();

    /// <summary>The objective (default <see cref="FragmentationMeasure.Components"/>).</summary>
    public FragmentationMeasure Measure { get; init; } = FragmentationMeasure.Components;

    /// <summary>Whether to improve the greedy set by swaps (Borgatti's local search); default true.</summary>
    public bool LocalSearch { get; init; } = true;

    /// <summary>Upper bound on local-search rounds (each tries to swap every member once); default 20.</summary>
    public int MaxSwapRounds { get; init; } = 20;

    /// <summary>
    /// Beam width of the greedy construction (default 10): at every step the best <c>BeamWidth</c> partial
    /// sets are kept and each is extended by its best <c>BeamWidth</c> next nodes. 1 is plain greedy.
    /// Fragmentation is not submodular (a cut often needs two nodes together, neither best alone), so a
    /// beam avoids the traps of plain greedy at a cost of <c>BeamWidth</c> times the greedy passes.
    /// </summary>
    public int BeamWidth { get; init; } = 10;

    /// <summary>Extra local searches from random starting sets; the best set wins. Default 0.</summary>
    public int Restarts { get; init; }

    /// <summary>Seed of the random restarts and of the order in which members are tried for swaps.</summary>
    public int Seed { get; init; }
}
