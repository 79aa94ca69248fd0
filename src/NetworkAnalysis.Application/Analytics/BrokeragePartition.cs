namespace NetworkAnalysis.Application.Analytics;

/// <summary>Which groups the brokerage roles are counted against.</summary>
public enum BrokeragePartition
{
    /// <summary>Declared groups (an agent in several takes its first; an agent in none is a group of its own).</summary>
    Groups,

    /// <summary>Spheres: underworld, upperworld, none (who links the criminal side to businesses and officials).</summary>
    Spheres,

    /// <summary>Agent kinds: person, business, official, group, migrant, victim.</summary>
    Kinds,

    /// <summary>Communities detected on the undirected ties (<see cref="BrokerageOptions.Communities"/>; Leiden by default).</summary>
    Communities,

    /// <summary>A partition given in <see cref="BrokerageOptions.CustomPartition"/>.</summary>
    Custom,
}
