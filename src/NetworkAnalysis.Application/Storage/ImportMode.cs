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
    /// Transactions may refer to agents of the earlier version.
    /// </summary>
    Append,
}
