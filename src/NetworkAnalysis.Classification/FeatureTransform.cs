namespace NetworkAnalysis.Classification;

/// <summary>How a model feature maps an indicator's value before it is scaled to evidence.</summary>
public enum FeatureTransform
{
    /// <summary><c>linear</c>: the value itself (flags, ratios, small counts).</summary>
    Linear,

    /// <summary><c>log2</c>: log2(1 + value), for counts that grow with scale (members, countries, people).</summary>
    Log2,
}
