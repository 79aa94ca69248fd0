namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>Where a node attribute goes in an <see cref="Core.Agent"/>.</summary>
internal enum AgentField
{
    /// <summary>An extra attribute, kept in <see cref="Core.Agent.Attributes"/>.</summary>
    Extra,

    /// <summary>A name the format uses for something else (the id); dropped with a warning.</summary>
    Reserved,

    Name,
    Kind,
    Sphere,
    Country,
    Groups,
    Functions,
    Sensitivity,
}
