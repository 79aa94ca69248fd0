namespace NetworkAnalysis.Synthetic;

/// <summary>How much of the ground truth about groups a generated dataset carries.</summary>
public enum GroupLabels
{
    /// <summary>No groups at all: agents' <c>groups</c> column is empty and there is no <c>groups.csv</c>.</summary>
    None,

    /// <summary>Group membership (agents' <c>groups</c> column and groups with ids and names) but no <c>type</c>.</summary>
    Membership,

    /// <summary>Membership and each group's <c>type</c> (small_enterprise or transnational), for training and evaluating a classifier.</summary>
    MembershipAndType,
}
