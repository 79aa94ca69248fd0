namespace NetworkAnalysis.Core;

/// <summary>A broken validation rule of one record: the column concerned (or null) and what is wrong.</summary>
internal readonly record struct RuleViolation(string? Column, string Message);
