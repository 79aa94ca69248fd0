using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training;

/// <summary>One group of a generated training case with its known type.</summary>
/// <param name="Configuration">The name of the <see cref="TrainingConfiguration"/> it came from.</param>
/// <param name="Dataset">The dataset's number within that configuration.</param>
/// <param name="Indicators">The group's indicators (its origin says declared or detected).</param>
/// <param name="Label">Its type: the declared group's, or for a detected group the type most of its members' groups carry.</param>
public sealed record LabelledGroup(string Configuration, int Dataset, GroupIndicators Indicators, GroupType Label);
