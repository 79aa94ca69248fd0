using NetworkAnalysis.Application.Options;

namespace NetworkAnalysis.Application.Requests;

/// <summary>
/// Every analysis a host offers over a stored case, with the CLI command's option names and defaults:
/// the service maps one endpoint per entry, and a test checks the names and defaults against the CLI's.
/// </summary>
public static class AnalysisCatalog
{
    /// <summary>All analyses, in the order the CLI lists its commands.</summary>
    public static IReadOnlyList<AnalysisDefinition> All { get; } = BindRules(
    [
        CaseAnalyses.Analyze,
        GraphAnalyses.Centrality,
        GraphAnalyses.Communities,
        GraphAnalyses.Structure,
        CaseAnalyses.Functions,
        CaseAnalyses.Brokers,
        CaseAnalyses.Upperworld,
        CaseAnalyses.KeyPlayers,
        CaseAnalyses.Disrupt,
        QueryAnalyses.Ego,
        QueryAnalyses.Paths,
        QueryAnalyses.Trace,
        CaseAnalyses.Cycles,
        ClassificationAnalyses.Classify,
    ]);

    /// <summary>The analysis named <paramref name="name"/>, or null.</summary>
    public static AnalysisDefinition? Find(string name) => All.FirstOrDefault(a => a.Name == name);

    // Every option takes its range, and the measures it applies to, from the one option table.
    private static AnalysisDefinition[] BindRules(AnalysisDefinition[] analyses) =>
        [.. analyses.Select(a => a with { Options = [.. a.Options.Select(o => o with { Rule = OptionRules.Find(a.Name, o.Name) })] })];
}
