namespace NetworkAnalysis.Application.Classification;

/// <summary>The result for one dataset of a batch: its group rows, or the error that stopped it.</summary>
/// <param name="Dataset">The dataset folder, as given (or joined to the given parent folder).</param>
/// <param name="Groups">The classified groups, in group order; empty on error.</param>
/// <param name="Error">Why the dataset could not be classified, or null.</param>
public sealed record DatasetClassification(string Dataset, IReadOnlyList<GroupTypeRow> Groups, string? Error)
{
    /// <summary>True when the dataset failed.</summary>
    public bool Failed => Error is not null;

    /// <summary>Agents in the dataset (0 on error).</summary>
    public int Agents { get; init; }

    /// <summary>Transactions in the dataset (0 on error).</summary>
    public int Transactions { get; init; }
}
