using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>An agent row to insert: its case-wide number (stable across versions for one id) and content.</summary>
/// <param name="Number">The agent number, dense from 0 within a case.</param>
/// <param name="Agent">The agent.</param>
public readonly record struct PlannedAgent(int Number, Agent Agent);
