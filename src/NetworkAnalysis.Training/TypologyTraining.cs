using System.Globalization;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training;

/// <summary>
/// Trains and evaluates the built-in group model: generates a corpus of labelled groups over many
/// <see cref="TrainingConfiguration"/>s, fits the <see cref="GroupModel.TypologyTemplate"/> features
/// (weights shrunk toward the template, signs kept), evaluates it leaving one configuration out at a
/// time against the untrained <see cref="TypologyRules"/> baseline, and calibrates the final model on
/// the left-out predictions (docs/classification.md, "How the built-in model is made").
/// </summary>
public static class TypologyTraining
{
    /// <summary>
    /// Generates every dataset of every configuration, observes it (<see cref="CaseObservation"/>) and
    /// returns its declared groups (and detected ones, with <see cref="TypologyTrainingOptions.IncludeDetected"/>)
    /// with their known types, in configuration and dataset order whatever the thread count.
    /// </summary>
    public static IReadOnlyList<LabelledGroup> BuildCorpus(TypologyTrainingOptions? options = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= TypologyTrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DatasetsPerConfiguration, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        var jobs = options.Configurations.SelectMany(c => Enumerable.Range(0, options.DatasetsPerConfiguration).Select(d => (Configuration: c, Dataset: d))).ToArray();
        var results = new List<LabelledGroup>[jobs.Length];
        var done = 0;
        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken }, i =>
        {
            var (configuration, dataset) = jobs[i];
            results[i] = Dataset(configuration, dataset, options, cancellationToken);
            var n = Interlocked.Increment(ref done);
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"{n}/{jobs.Length} datasets ({configuration.Name} #{dataset}: {results[i].Count} groups)"));
        });
        return [.. results.SelectMany(r => r)];
    }

    /// <summary>
    /// Fits the template's weights on <paramref name="groups"/> (penalised logistic regression, classes
    /// weighted equally, weights shrunk toward the template's and never of the opposite sign); the result
    /// carries each feature's typical range per type. Its calibration is the identity.
    /// </summary>
    public static GroupModel Fit(IEnumerable<LabelledGroup> groups, TypologyTrainingOptions? options = null, string name = "trained", string? description = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        options ??= TypologyTrainingOptions.Default;
        return GroupModel.Train(groups.Select(g => (g.Indicators, g.Label)), new TrainingOptions
        {
            Template = GroupModel.TypologyTemplate,
            L2 = options.L2,
            ShrinkTowardTemplate = true,
            KeepTemplateSigns = true,
            Name = name,
            Description = description,
        });
    }

    /// <summary>
    /// Leave-one-configuration-out: for each configuration, fits on the groups of all the others and
    /// scores the left-out groups with that model and with the rules baseline.
    /// </summary>
    public static IReadOnlyList<LeftOutConfiguration> LeaveOneConfigurationOut(IReadOnlyList<LabelledGroup> corpus, TypologyTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= TypologyTrainingOptions.Default;
        var result = new List<LeftOutConfiguration>();
        foreach (var name in corpus.Select(g => g.Configuration).Distinct(StringComparer.Ordinal))
        {
            var model = Fit(corpus.Where(g => g.Configuration != name), options);
            var predictions = corpus.Where(g => g.Configuration == name)
                .Select(g => new LeftOutPrediction(g, model.Score(g.Indicators), model.Classify(g.Indicators).Probability, TypologyRules.Score(g.Indicators)))
                .ToList();
            result.Add(new LeftOutConfiguration(name, predictions));
        }

        return result;
    }

    /// <summary>
    /// The shipped model: fitted on the whole corpus, then calibrated (Platt scaling) on the
    /// leave-one-configuration-out scores, which are what the model meets on data unlike its training.
    /// </summary>
    public static GroupModel BuildShipped(IReadOnlyList<LabelledGroup> corpus, IReadOnlyList<LeftOutConfiguration> leftOut, TypologyTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(leftOut);
        options ??= TypologyTrainingOptions.Default;
        var declared = corpus.Count(g => g.Indicators.Origin == GroupOrigin.Declared);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"Built-in group-type model: the typology template's features (UN working paper A/CONF.213/7 paragraphs 4-7), weights fitted on {corpus.Count} generated groups ({declared} declared, {corpus.Count - declared} detected) from {leftOut.Count} generator configurations x {options.DatasetsPerConfiguration} datasets (seed {options.Seed}), L2 {options.L2} toward the template, signs kept. Reproduce: dotnet run -c Release --project benchmarks/NetworkAnalysis.Benchmarks -- classify-train --out src/NetworkAnalysis.Classification/Models/default-group-model.json");
        var model = Fit(corpus, options, "default", description);
        var scored = leftOut.SelectMany(c => c.Predictions).Select(p => (p.Score, p.Group.Label)).ToList();
        var (slope, offset) = GroupModel.FitCalibration(scored, fitOffset: true);
        return model.WithCalibration(slope, offset, string.Create(CultureInfo.InvariantCulture,
            $"Platt scaling on the {scored.Count} leave-one-configuration-out scores (each group scored by a model that never saw its configuration)"));
    }

    private static List<LabelledGroup> Dataset(TrainingConfiguration configuration, int dataset, TypologyTrainingOptions options, CancellationToken cancellationToken)
    {
        var (generator, observation) = configuration.Sample(dataset, options.Seed);
        var network = observation.Apply(NetworkAnalysis.Synthetic.CaseGenerator.Generate(generator));
        var list = new List<LabelledGroup>();
        var selections = options.IncludeDetected ? new[] { GroupSelection.Declared, GroupSelection.Detected } : [GroupSelection.Declared];
        foreach (var selection in selections)
        {
            var groups = GroupTypeReport.SelectGroups(network, new GroupTypeReportOptions { Groups = selection }, cancellationToken);
            var indicators = GroupIndicators.ComputeAll(network, groups, 1, cancellationToken);
            for (var g = 0; g < groups.Count; g++)
            {
                if (GroupTypeReport.LabelOf(network, groups[g]) is { } label)
                {
                    list.Add(new LabelledGroup(configuration.Name, dataset, indicators[g], label));
                }
            }
        }

        return list;
    }
}
