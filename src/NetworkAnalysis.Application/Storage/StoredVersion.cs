namespace NetworkAnalysis.Application.Storage;

/// <summary>A version row as a store reads it: its public record, its summary, and the case's agent-number bound (for sizing arrays).</summary>
/// <param name="Info">The version record.</param>
/// <param name="Summary">Its counts and time span.</param>
/// <param name="AgentNumbers">The case's next unused agent number: every agent number of any version is below it.</param>
public sealed record StoredVersion(CaseVersionInfo Info, CaseSummary Summary, int AgentNumbers);
