using System.Security.Cryptography;
using System.Text;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>The version records every store writes, built the same way everywhere.</summary>
public static class CaseVersions
{
    /// <summary>The record of an import that produced <paramref name="plan"/> from <paramref name="imported"/>.</summary>
    public static CaseVersionInfo ForImport(string caseName, int version, ImportRequest request, VersionPlan plan, TransactionNetwork imported)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(imported);
        return new CaseVersionInfo(
            caseName,
            version,
            request.Mode == ImportMode.Append ? "append" : "replace",
            request.ImportedBy,
            DateTimeOffset.UtcNow,
            request.SourceFiles,
            plan.AgentCount,
            plan.TransactionCount,
            plan.GroupCount,
            (long)imported.AgentCount + imported.TransactionCount + imported.GroupCount + imported.TieCount,
            NetworkContentHash.Compute(imported),
            string.Empty)
        {
            Ties = plan.TieCount,
        };
    }

    /// <summary>The record of a merge on top of <paramref name="previous"/>; its hash fingerprints the merge itself.</summary>
    public static CaseVersionInfo ForMerge(string caseName, int version, AgentMerge merge, CaseVersionInfo previous)
    {
        ArgumentNullException.ThrowIfNull(merge);
        ArgumentNullException.ThrowIfNull(previous);
        var record = $"merge into '{merge.KeepId}': '{string.Join("', '", merge.MergedIds)}' because {merge.Reason}";
        return new CaseVersionInfo(
            caseName,
            version,
            "merge",
            merge.MergedBy,
            DateTimeOffset.UtcNow,
            [],
            previous.Agents - merge.MergedIds.Count,
            previous.Transactions,
            previous.Groups,
            0,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record))),
            merge.Reason)
        {
            Ties = previous.Ties,
        };
    }

    /// <summary>The summary of a version from its stored columns (times as UTC ticks and offset minutes).</summary>
    public static CaseSummary Summary(CaseVersionInfo info, int sensitive, long? firstTicks, int? firstOffset, long? lastTicks, int? lastOffset)
    {
        ArgumentNullException.ThrowIfNull(info);
        DateTimeOffset? first = firstTicks is { } f ? StoredValues.TimeFrom(f, firstOffset ?? 0) : null;
        DateTimeOffset? last = lastTicks is { } l ? StoredValues.TimeFrom(l, lastOffset ?? 0) : null;
        return new CaseSummary(info, info.Agents, info.Transactions, info.Groups, sensitive, first, last) { Ties = info.Ties };
    }

    /// <summary>The time span of a new version: of the imported network for a replace, of the latest version plus the new rows for an append.</summary>
    public static (DateTimeOffset? First, DateTimeOffset? Last) TimeSpan(TransactionNetwork imported, TransactionNetwork? latest, VersionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(imported);
        ArgumentNullException.ThrowIfNull(plan);
        return latest is null || plan.RetireLive
            ? StoredRecords.TimeSpanOf(imported.Transactions)
            : StoredRecords.TimeSpanOf(latest.Transactions.Concat(plan.Transactions.Select(t => t.Transaction)));
    }
}
