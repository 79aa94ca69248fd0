namespace NetworkAnalysis.Application.Classification;

/// <summary>Progress of a batch: reported once per finished dataset.</summary>
/// <param name="Completed">Datasets finished so far (classified or failed).</param>
/// <param name="Total">Datasets in the batch.</param>
/// <param name="Dataset">The dataset just finished.</param>
/// <param name="Failed">Whether it failed.</param>
/// <param name="Groups">Groups classified in it.</param>
public readonly record struct BatchProgress(int Completed, int Total, string Dataset, bool Failed, int Groups);
