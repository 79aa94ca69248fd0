using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Communities;

namespace NetworkAnalysis.Application.Requests;

/// <summary>The words of the choice options shared by the CLI and the service (case-insensitive).</summary>
public static class OptionWords
{
    /// <summary>Brokerage partitions by name (<c>--partition</c>).</summary>
    public static IReadOnlyDictionary<string, BrokeragePartition> Partitions { get; } = new Dictionary<string, BrokeragePartition>(StringComparer.OrdinalIgnoreCase)
    {
        ["groups"] = BrokeragePartition.Groups,
        ["spheres"] = BrokeragePartition.Spheres,
        ["kinds"] = BrokeragePartition.Kinds,
        ["communities"] = BrokeragePartition.Communities,
    };

    /// <summary>Disruption strategies by name (<c>--strategy</c>).</summary>
    public static IReadOnlyDictionary<string, DisruptionTarget> Strategies { get; } = new Dictionary<string, DisruptionTarget>(StringComparer.OrdinalIgnoreCase)
    {
        ["degree"] = DisruptionTarget.Degree,
        ["betweenness"] = DisruptionTarget.Betweenness,
        ["keyplayer"] = DisruptionTarget.KeyPlayer,
        ["function"] = DisruptionTarget.Function,
    };

    /// <summary>Centrality measures by name (<c>--measure</c>).</summary>
    public static IReadOnlyDictionary<string, CentralityMeasure> Measures { get; } = new Dictionary<string, CentralityMeasure>(StringComparer.OrdinalIgnoreCase)
    {
        ["degree"] = CentralityMeasure.Degree,
        ["strength"] = CentralityMeasure.Strength,
        ["betweenness"] = CentralityMeasure.Betweenness,
        ["edge-betweenness"] = CentralityMeasure.EdgeBetweenness,
        ["closeness"] = CentralityMeasure.Closeness,
        ["harmonic"] = CentralityMeasure.Harmonic,
        ["pagerank"] = CentralityMeasure.PageRank,
        ["eigenvector"] = CentralityMeasure.Eigenvector,
        ["katz"] = CentralityMeasure.Katz,
        ["kcore"] = CentralityMeasure.KCore,
    };

    /// <summary>Community methods by name (<c>--method</c>).</summary>
    public static IReadOnlyDictionary<string, CommunityMethod> Methods { get; } = new Dictionary<string, CommunityMethod>(StringComparer.OrdinalIgnoreCase)
    {
        ["louvain"] = CommunityMethod.Louvain,
        ["leiden"] = CommunityMethod.Leiden,
        ["labelprop"] = CommunityMethod.LabelPropagation,
        ["cdlp"] = CommunityMethod.Cdlp,
        ["wcc"] = CommunityMethod.Wcc,
        ["scc"] = CommunityMethod.Scc,
    };
}
