using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training;

/// <summary>
/// Fits a group model on an agency's labelled datasets (<c>netan classify --train</c>): reads every
/// dataset, computes the indicators of its labelled groups and calls <see cref="GroupModel.Train"/>.
/// </summary>
public static class ClassifierTraining
{
    /// <summary>The labelled cases of the datasets (groups whose label is known; see <see cref="GroupTypeReport.LabelOf"/>).</summary>
    /// <param name="paths">Dataset folders or folders of them.</param>
    /// <param name="options">Group selection and threads (the model is not used).</param>
    /// <param name="progress">Told after each dataset.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="InputFormatException">A dataset cannot be read (training does not skip broken data).</exception>
    public static IReadOnlyList<(GroupIndicators Indicators, GroupType Type)> LabelledCases(
        IEnumerable<string> paths,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= BatchOptions.Default;
        var batch = BatchClassifier.Classify(paths, options, progress, cancellationToken);
        if (batch.Failures.FirstOrDefault() is { } failed)
        {
            throw new InputFormatException(new InputProblem(failed.Dataset, null, null, failed.Error!));
        }

        return batch.Datasets
            .SelectMany(d => d.Groups)
            .Where(r => r.Label is not null)
            .Select(r => (r.Indicators, r.Label!.Value))
            .ToList();
    }

    /// <summary>Trains a model on the labelled groups of <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">The datasets hold labelled groups of only one type, or none.</exception>
    public static GroupModel Train(
        IEnumerable<string> paths,
        TrainingOptions? training = null,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var cases = LabelledCases(paths, options, progress, cancellationToken);
        return GroupModel.Train(cases, training);
    }
}
