using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// Where cases live: named cases, each a list of immutable versions of a <see cref="TransactionNetwork"/>.
/// Implementations: the embedded SQLite store (the default, one file) and the PostgreSQL store (for the
/// hosted service). Analyses never see the store: they get a <see cref="TransactionNetwork"/> or a
/// <see cref="ProjectedGraph"/> from it, so another backend (a Neo4j adapter, say) only implements this.
/// </summary>
/// <remarks>
/// <para><b>Versions.</b> Version 1 is the first import; every import or merge adds exactly one version and
/// earlier versions stay readable unchanged. A <see cref="CaseVersionRef"/> with no version means the latest.</para>
/// <para><b>Atomicity and concurrency.</b> Every write is one transaction: a failed import (bad row, cancelled,
/// killed process) leaves the case exactly as it was. Writes to one case serialise; a reader sees one
/// committed version, whatever is being written meanwhile.</para>
/// <para><b>Errors.</b> An unknown case or version throws <see cref="CaseNotFoundException"/>; a conflicting
/// write (name taken, append conflict) throws <see cref="CaseConflictException"/>; a store that cannot be
/// opened or used (down, wrong password, read-only, disk full, schema too new) throws
/// <see cref="CaseStoreUnavailableException"/>; bad data throws <see cref="InputFormatException"/>.</para>
/// <para>Implementations are thread-safe: one instance may serve many concurrent callers.</para>
/// </remarks>
public interface ICaseStore : IAsyncDisposable
{
    /// <summary>A one-line description of the store for messages (a file path, or host:port/database without password).</summary>
    string Description { get; }

    /// <summary>Creates an empty case (no version yet).</summary>
    /// <exception cref="CaseConflictException">A case with that name exists.</exception>
    Task<CaseInfo> CreateCaseAsync(NewCase newCase, CancellationToken cancellationToken = default);

    /// <summary>Every case, ordered by name (ordinal).</summary>
    Task<IReadOnlyList<CaseInfo>> ListCasesAsync(CancellationToken cancellationToken = default);

    /// <summary>The case named <paramref name="name"/>, or null.</summary>
    Task<CaseInfo?> FindCaseAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Renames a case; its versions and rows are unchanged.</summary>
    Task<CaseInfo> RenameCaseAsync(string name, string newName, CancellationToken cancellationToken = default);

    /// <summary>Hard delete: removes the case and every row of every version. Returns false when there was no such case.</summary>
    Task<bool> DeleteCaseAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports <paramref name="network"/> as a new version of the case: replacing the latest version's
    /// content, or appending to it (see <see cref="ImportMode"/>). All or nothing.
    /// </summary>
    /// <exception cref="CaseConflictException">Append: an agent, group or transaction id exists with different content (the message names both).</exception>
    Task<CaseVersionInfo> ImportAsync(string caseName, TransactionNetwork network, ImportRequest request, CancellationToken cancellationToken = default);

    /// <summary>Records that some agents are one person: a new version in which they are merged (see <see cref="AgentMerge"/>).</summary>
    Task<CaseVersionInfo> MergeAgentsAsync(string caseName, AgentMerge merge, CancellationToken cancellationToken = default);

    /// <summary>The versions of a case, oldest first.</summary>
    Task<IReadOnlyList<CaseVersionInfo>> ListVersionsAsync(string caseName, CancellationToken cancellationToken = default);

    /// <summary>Reads a version back as a network equal to the one imported (agents, transactions and groups in order).</summary>
    Task<TransactionNetwork> ReadNetworkAsync(CaseVersionRef version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Projects a version straight to an engine graph, reading only the integer columns the filters need
    /// (no domain objects). The result equals <see cref="NetworkProjection.Project"/> of
    /// <see cref="ReadNetworkAsync"/>'s network with the same options, bit for bit (same node order,
    /// ids, CSR arrays and weights), except that <see cref="ProjectedGraph.Network"/> is null;
    /// <see cref="ProjectedGraph.Sensitivities"/> carries what identity protection needs.
    /// </summary>
    Task<ProjectedGraph> ProjectAsync(CaseVersionRef version, ProjectionOptions options, CancellationToken cancellationToken = default);

    /// <summary>Counts and time span of a version, from the version record and aggregates (no rows materialised).</summary>
    Task<CaseSummary> SummarizeAsync(CaseVersionRef version, CancellationToken cancellationToken = default);

    /// <summary>Searches the agents of a version: filters, sort, one page, and the total count.</summary>
    Task<AgentPage> SearchAgentsAsync(CaseVersionRef version, AgentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// One agent of a version with its transactions (both directions, in case order) and its groups;
    /// an alias (an id merged into another) finds the agent it was merged into. Null when unknown.
    /// </summary>
    Task<AgentDetail?> GetAgentAsync(CaseVersionRef version, string agentId, CancellationToken cancellationToken = default);
}
