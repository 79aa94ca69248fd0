namespace NetworkAnalysis.Engine.KeyPlayers;

/// <summary>The state of the network after one step of a disruption simulation.</summary>
/// <param name="Step">0 for the intact network, then 1, 2, ...</param>
/// <param name="Removed">The node removed at this step; −1 at step 0.</param>
/// <param name="Replacement">The contact that took over the removed node's ties (recovery), or −1.</param>
/// <param name="TiesAdded">How many new ties the recovery created.</param>
/// <param name="RemainingNodes">Nodes left.</param>
/// <param name="LargestComponent">Size of the largest connected component.</param>
/// <param name="Fragmentation">Borgatti's F of the remaining network (NaN with fewer than two nodes).</param>
/// <param name="Efficiency">Global efficiency (Latora and Marchiori 2001) of the remaining network; NaN when not computed or fewer than two nodes.</param>
/// <param name="SkillsCovered">The union of the remaining nodes' skill bits.</param>
public sealed record DisruptionStep(
    int Step,
    int Removed,
    int Replacement,
    int TiesAdded,
    int RemainingNodes,
    int LargestComponent,
    double Fragmentation,
    double Efficiency,
    uint SkillsCovered);
