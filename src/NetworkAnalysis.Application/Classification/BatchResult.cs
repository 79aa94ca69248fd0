namespace NetworkAnalysis.Application.Classification;

/// <summary>The results of a batch, one per dataset in input order (a folder of folders expands in ordinal name order).</summary>
/// <param name="Datasets">The per-dataset results.</param>
public sealed record BatchResult(IReadOnlyList<DatasetClassification> Datasets)
{
    /// <summary>True when at least one dataset failed (the CLI then exits with 1 after writing the rest).</summary>
    public bool HasErrors => Datasets.Any(d => d.Failed);

    /// <summary>The number of groups classified.</summary>
    public int GroupCount => Datasets.Sum(d => d.Groups.Count);

    /// <summary>The datasets that failed.</summary>
    public IEnumerable<DatasetClassification> Failures => Datasets.Where(d => d.Failed);
}
