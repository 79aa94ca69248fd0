namespace NetworkAnalysis.Training;

/// <summary>How <see cref="TypologyTraining"/> builds its corpus and fits the built-in model.</summary>
public sealed record TypologyTrainingOptions
{
    /// <summary>The defaults: the settings the shipped model was trained with.</summary>
    public static TypologyTrainingOptions Default { get; } = new();

    /// <summary>The configurations to generate; default <see cref="TrainingConfigurations.All"/>.</summary>
    public IReadOnlyList<TrainingConfiguration> Configurations { get; init; } = TrainingConfigurations.All;

    /// <summary>Datasets generated per configuration; default 8.</summary>
    public int DatasetsPerConfiguration { get; init; } = 8;

    /// <summary>The seed of the parameter draws (each dataset's generator seed derives from it); default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Also train and evaluate on groups detected from the transactions, not only declared ones; default true.</summary>
    public bool IncludeDetected { get; init; } = true;

    /// <summary>The L2 penalty pulling the weights toward the typology template's; default 20 (chosen by leave-one-configuration-out and the held-out generators, docs/classification.md).</summary>
    public double L2 { get; init; } = 20;

    /// <summary>Datasets generated in parallel; default 1. The corpus does not depend on it.</summary>
    public int Threads { get; init; } = 1;
}
