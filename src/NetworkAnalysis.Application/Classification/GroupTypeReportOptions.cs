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

    /// <summary>The most reasons per row in <see cref="GroupTypeRow.TopReasons"/>; default 5.</summary>
    public int TopReasons { get; init; } = 5;

    /// <summary>Threads for computing group indicators; default 1. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;
}
