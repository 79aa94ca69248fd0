using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Application.Classification;

/// <summary>How <see cref="BatchClassifier"/> runs.</summary>
public sealed record BatchOptions
{
    /// <summary>The defaults.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How each dataset's groups are picked and classified (model, group selection, reasons).</summary>
    public GroupTypeReportOptions Report { get; init; } = GroupTypeReportOptions.Default;

    /// <summary>
    /// Threads; default 1. Datasets are read and classified in parallel; with a single dataset the
    /// threads go to its groups. The output does not depend on it.
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// The case store that <c>case:NAME[@VERSION]</c> inputs are read from (stores are thread-safe), or null
    /// when every input is a folder; a stored case without a store fails as a broken dataset.
    /// </summary>
    public ICaseStore? Store { get; init; }
}
