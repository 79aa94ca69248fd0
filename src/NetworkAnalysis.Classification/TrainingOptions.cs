namespace NetworkAnalysis.Classification;

/// <summary>How <see cref="GroupModel.Train"/> fits a model.</summary>
public sealed record TrainingOptions
{
    /// <summary>The default options.</summary>
    public static TrainingOptions Default { get; } = new();

    /// <summary>
    /// The model whose features (indicators, transforms, Low/High, reason texts) are kept and whose
    /// weights are refitted; default null = <see cref="GroupModel.Default"/>.
    /// </summary>
    public GroupModel? Template { get; init; }

    /// <summary>
    /// The L2 penalty λ on the feature weights (not the intercept): the fit minimises the negative
    /// log-likelihood + λ/2 · Σ w²; default 1. Larger values keep weights small with few cases.
    /// </summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>
    /// Shrink the weights toward the template's weights instead of toward zero; default true, so a
    /// handful of labelled cases adjusts the domain weights rather than discarding them.
    /// </summary>
    public bool ShrinkTowardTemplate { get; init; } = true;

    /// <summary>Weight the two classes equally whatever their counts; default true.</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>The largest number of Newton iterations; default 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Stop when no weight changes by more than this; default 1e-9.</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>
    /// Keep every weight's sign as in the template (a weight the data would turn the other way is fixed at
    /// 0); default false. The template's signs are the typology's directions (more countries: more
    /// transnational), so with this the data decides how much an indicator counts, never its direction.
    /// </summary>
    public bool KeepTemplateSigns { get; init; }

    /// <summary>The trained model's description; default null = a generated one naming the data and penalty.</summary>
    public string? Description { get; init; }

    /// <summary>The trained model's name; default <c>trained</c>.</summary>
    public string Name { get; init; } = "trained";
}
