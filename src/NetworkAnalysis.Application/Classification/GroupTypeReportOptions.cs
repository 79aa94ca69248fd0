namespace NetworkAnalysis.Application.Classification;

/// <summary>How <see cref="GroupTypeReport"/> picks and classifies a dataset's groups.</summary>
public sealed record GroupTypeReportOptions
{
    /// <summary>The defaults.</summary>
    public static GroupTypeReportOptions Default { get; } = new();

    /// <summary>The model; default null = <see cref="NetworkAnalysis.Classification.GroupModel.Default"/>.</summary>
    public NetworkAnalysis.Classification.GroupModel? Model { get; init; }

    /// <summary>Which groups to classify; default <see cref="GroupSelection.Auto"/>.</summary>
    public GroupSelection Groups { get; init; } = GroupSelection.Auto;

    /// <summary>How groups are detected when they are; default <see cref="GroupDiscoveryOptions.Default"/>.</summary>
    public GroupDiscoveryOptions Discovery { get; init; } = GroupDiscoveryOptions.Default;

    /// <summary>The most reasons per row (per side for an uncertain group) in <see cref="GroupTypeRow.TopReasons"/>; default 3, the deciding ones.</summary>
    public int TopReasons { get; init; } = 3;

    /// <summary>
    /// Probabilities of transnational from <see cref="UncertainBand.Low"/> to <see cref="UncertainBand.High"/>
    /// (inclusive) are reported as <c>uncertain</c>, with the reasons on both sides, instead of a label;
    /// default 0.4–0.6. <see cref="UncertainBand.None"/> labels every group.
    /// </summary>
    public UncertainBand Uncertain { get; init; } = UncertainBand.Default;

    /// <summary>Threads for computing group indicators; default 1. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
