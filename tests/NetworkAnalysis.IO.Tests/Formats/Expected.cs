using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>What a network becomes after a round trip through a format that cannot carry everything.</summary>
internal static class Expected
{
    /// <summary>
    /// Pajek carries agent ids (as labels, line breaks turned into spaces, then trimmed) and weights. When
    /// the labels are not unique the reader uses vertex numbers as ids and the labels as names.
    /// </summary>
    public static (Agent[] Agents, Transaction[] Transactions) Pajek(TransactionNetwork network)
    {
        var labels = network.Agents.Select(a => a.Id.Replace('\r', ' ').Replace('\n', ' ').Trim()).ToArray();
        var unique = labels.All(l => l.Length > 0) && labels.Distinct(StringComparer.Ordinal).Count() == labels.Length;
        var ids = unique ? labels : labels.Select((_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var agents = ids.Select((id, i) => new Agent(id, AgentKind.Person) { Name = unique || labels[i].Length == 0 ? null : labels[i] }).ToArray();
        var transactions = network.Transactions
            .Select((t, e) => new Transaction(ids[network.TransactionSources[e]], ids[network.TransactionTargets[e]], TransactionKind.Communication) { Weight = t.Weight })
            .ToArray();
        return (agents, transactions);
    }
}
