using System.Collections.Immutable;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>A set of member agents to classify: a declared group, or a group detected in the network.</summary>
/// <param name="Id">The group's id (a declared group's id, or a generated one such as <c>detected-1</c>).</param>
/// <param name="Members">The agent indexes (positions in <see cref="TransactionNetwork.Agents"/>) of the members, ascending.</param>
/// <param name="Origin">Whether the group was declared or detected.</param>
/// <remarks>Record equality compares <paramref name="Members"/> by array identity, not content.</remarks>
public sealed record CandidateGroup(string Id, ImmutableArray<int> Members, GroupOrigin Origin)
{
    /// <summary>A display name, or null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The declared groups of <paramref name="network"/> that have at least one member, in the
    /// network's group order. Group labels (<see cref="Group.Type"/>) are not carried over.
    /// </summary>
    public static IReadOnlyList<CandidateGroup> Declared(TransactionNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var result = new List<CandidateGroup>(network.GroupCount);
        foreach (var group in network.Groups)
        {
            var members = network.GroupMembers(group.Id);
            if (members.Count == 0)
            {
                continue;
            }

            result.Add(new CandidateGroup(group.Id, [.. members], GroupOrigin.Declared) { Name = group.Name });
        }

        return result;
    }
}
