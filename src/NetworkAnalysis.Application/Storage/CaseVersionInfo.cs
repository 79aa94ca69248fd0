namespace NetworkAnalysis.Application.Storage;

/// <summary>One immutable version of a case and how it came to be.</summary>
/// <param name="Case">The case name (at the time of reading).</param>
/// <param name="Version">The version number, 1 for the first.</param>
/// <param name="Operation">What made it: <c>replace</c>, <c>append</c> or <c>merge</c>.</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="SourceFiles">File names imported (empty for a merge).</param>
/// <param name="Agents">Agents in this version.</param>
/// <param name="Transactions">Transactions in this version.</param>
/// <param name="Groups">Groups in this version.</param>
/// <param name="ImportedRows">Rows in the imported data (agents + transactions + groups + ties; 0 for a merge).</param>
/// <param name="ContentHash">SHA-256 (hex) of the imported network's canonical content (<see cref="NetworkContentHash"/>), or of the merge record.</param>
/// <param name="Note">The merge reason, or empty.</param>
public sealed record CaseVersionInfo(
    string Case,
    int Version,
    string Operation,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> SourceFiles,
    int Agents,
    int Transactions,
    int Groups,
    long ImportedRows,
    string ContentHash,
    string Note)
{
    /// <summary>Ties (standing relationships without an amount) in this version.</summary>
    public int Ties { get; init; }
}
