namespace NetworkAnalysis.Application.Classification;

/// <summary>Which groups of a dataset are classified.</summary>
public enum GroupSelection
{
    /// <summary>The declared groups when the dataset declares any with members, otherwise detected groups.</summary>
    Auto,

    /// <summary>Only the declared groups (none when the dataset declares none).</summary>
    Declared,

    /// <summary>Groups detected by community detection, ignoring any declared membership.</summary>
    Detected,
}
