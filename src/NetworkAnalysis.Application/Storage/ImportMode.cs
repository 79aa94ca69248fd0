namespace NetworkAnalysis.Application.Storage;

/// <summary>How an import relates to the case's latest version.</summary>
public enum ImportMode
{
    /// <summary>The new version holds exactly the imported network.</summary>
    Replace,

    /// <summary>
    /// The new version is the latest one plus the imported agents, groups and transactions, appended in
    /// import order. An id already present with identical content is skipped (re-importing is harmless);
    /// with different content the import fails naming both. Transactions without an id are always added.
    /// The imported network is complete on its own: an agent its transactions name is in it too (an
    /// identical copy of a stored agent is fine). Ids that were merged away resolve to the agent kept.
    /// </summary>
    Append,
}
