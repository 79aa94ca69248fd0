using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Embedding;

/// <summary>
/// What <c>services.AddNetworkAnalysis(...)</c> configures: where cases are stored, how protected
/// identities are shown, and how many threads an analysis may use. Set once at start-up; the service
/// reads it when it is created.
/// </summary>
public sealed class NetworkAnalysisOptions
{
    /// <summary>
    /// The case store: a SQLite file path, or a <c>postgres://</c> URL / Npgsql connection string
    /// (see <see cref="CaseStoreLocation.Resolve"/>). Null: the <c>NETAN_STORE</c> environment variable,
    /// else the default SQLite file. The matching storage package must be registered
    /// (<c>AddSqliteCaseStore()</c>, <c>AddPostgresCaseStore()</c>).
    /// </summary>
    public string? Store { get; set; }

    /// <summary>
    /// The secret key of the pseudonyms that replace victims', witnesses' and minors' identities in
    /// results. Null: the <c>NETAN_PSEUDONYM_KEY</c> environment variable, else the public default key
    /// (fine on one machine, not for results that leave it: see <see cref="IdentityProtection"/>).
    /// </summary>
    public string? PseudonymKey { get; set; }

    /// <summary>Threads an analysis may use; null = all processors. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; set; }
}
