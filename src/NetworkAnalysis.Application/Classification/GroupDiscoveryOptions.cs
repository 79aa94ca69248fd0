using NetworkAnalysis.Application.Communities;

namespace NetworkAnalysis.Application.Classification;

/// <summary>How <see cref="GroupDiscovery"/> finds candidate groups when none are declared.</summary>
public sealed record GroupDiscoveryOptions
{
    /// <summary>The defaults.</summary>
    public static GroupDiscoveryOptions Default { get; } = new();

    /// <summary>The community detection: <see cref="CommunityMethod.Leiden"/> (default) or <see cref="CommunityMethod.Louvain"/>.</summary>
    public CommunityMethod Method { get; init; } = CommunityMethod.Leiden;

    /// <summary>The modularity resolution γ; default 1.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>The seed of the community detection; default 1. The same seed gives the same groups.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Communities with fewer offender members are not groups; default 2.</summary>
    public int MinimumSize { get; init; } = 2;

    /// <summary>
    /// Also tie two offenders for each migrant or victim they both deal with (the same person recruited by
    /// one and moved or exploited by the other is the same operation); default true. Persons dealing with
    /// more than <see cref="MaxPeopleTies"/> offenders add no ties (hubs such as a shared carrier's clients).
    /// This reconnects the parts of a group whose linking members are missing from the data.
    /// </summary>
    public bool PeopleTies { get; init; } = true;

    /// <summary>The most offenders a migrant or victim may deal with and still tie them (see <see cref="PeopleTies"/>); default 8.</summary>
    public int MaxPeopleTies { get; init; } = 8;

    /// <summary>
    /// Pairs of offenders with fewer transactions between them are not tied for the detection; default 2.
    /// A group is people who deal with each other repeatedly: one stray call or payment (or a recording
    /// error) must not pull two groups together.
    /// </summary>
    public int MinimumTies { get; init; } = 2;

    /// <summary>
    /// An underworld agent with at least this share of its underworld transactions being services
    /// (documents, laundering, debt collection, protection) or payments it receives, or that declares only
    /// ancillary functions,
    /// is a possible outside specialist: it is kept out of community detection so that it cannot merge
    /// the groups it serves; default 0.5.
    /// </summary>
    public double SpecialistServiceShare { get; init; } = 0.5;

    /// <summary>
    /// A possible specialist with at least this share of its underworld transaction weight inside one
    /// community joins it as a member (an in-house specialist); otherwise it stays an outside specialist
    /// of every group it serves; default 0.8.
    /// </summary>
    public double AttachShare { get; init; } = 0.8;

    /// <summary>
    /// A community with at least this share of its transaction weight going to other communities is merged
    /// into the one it deals with most: modularity cuts a large, evenly connected group into arbitrary
    /// parts that deal with each other about as much as within, while separate groups mostly deal within;
    /// default 0.2. 0 disables merging.
    /// </summary>
    public double MergeShare { get; init; } = 0.2;

    /// <summary>
    /// Communities of at least twice <see cref="MinimumSize"/> are searched again on their own (the
    /// resolution limit of modularity merges small groups in large networks) and split where a part's
    /// conductance inside the community is at most this; default 0.1. 0 disables the second pass.
    /// </summary>
    public double SplitConductance { get; init; } = 0.1;

    /// <summary>
    /// Communities with fewer offender members than this (and at least <see cref="MinimumSize"/>) are checked as possible fragments of a larger
    /// group (<see cref="FragmentShare"/>); default 5. 0 disables the check. Modularity and the stray-tie
    /// filter cut cells of a large layered group off from it when their ties to the rest are few (a cell
    /// that calls its lieutenant now and then); such a cell alone looks like a small enterprise, which
    /// its members are not.
    /// </summary>
    public int FragmentSize { get; init; } = 5;

    /// <summary>
    /// A community smaller than <see cref="FragmentSize"/> that has no migrant or victim of its own (every
    /// person it deals with also deals with another community) and whose transactions with other
    /// communities' offenders (single ones included) go at least this share to one community, and at
    /// least twice, joins that community; default 0.5. A small enterprise moves or exploits people of its
    /// own and deals with other groups now and then; a cell cut off from its group works on that group's
    /// people and deals mostly with that group.
    /// </summary>
    public double FragmentShare { get; init; } = 0.5;
}
