using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Options of <see cref="FunctionAnalysis.Analyze"/>.</summary>
public sealed record FunctionAnalysisOptions
{
    /// <summary>The defaults.</summary>
    public static FunctionAnalysisOptions Default { get; } = new();

    /// <summary>Functions every group is checked for; missing ones are reported (default <see cref="AnalysisDefaults.CoreFunctions"/>).</summary>
    public IReadOnlySet<Function> ExpectedFunctions { get; init; } = AnalysisDefaults.CoreFunctions;

    /// <summary>
    /// Whether functions inferred from transactions are added to declared ones (default false: inference is
    /// used only for agents whose functions column is empty).
    /// </summary>
    public bool InferWhenDeclared { get; init; }

    /// <summary>Whether migrants and victims can be given inferred functions (default false: they are clients and victims, not performers).</summary>
    public bool InferForMigrantsAndVictims { get; init; }

    /// <summary>
    /// How far outside specialists may be from a group member, in transaction hops (default 1: they deal with
    /// the group directly).
    /// </summary>
    public int MaxHops { get; init; } = 1;

    /// <summary>Most transaction ids listed as evidence per inference (default 3).</summary>
    public int MaxEvidence { get; init; } = 3;

    /// <summary>Most agent rows and most group-function rows returned (default 10,000 each).</summary>
    public int MaxResults { get; init; } = 10_000;

    /// <summary>Time limit (default 60 s).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);
}
