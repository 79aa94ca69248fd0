using NetworkAnalysis.Application.Storage;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>A version row: its public record, its summary, and the case's agent-number bound (for sizing arrays).</summary>
internal sealed record StoredVersion(CaseVersionInfo Info, CaseSummary Summary, int AgentNumbers);
