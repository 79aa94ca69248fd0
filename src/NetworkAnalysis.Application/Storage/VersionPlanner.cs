using System.Globalization;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// Decides what a replace, an append or a merge writes, the same way for every store. Pure: reads the
/// latest version and the case's agent numbering, returns a <see cref="VersionPlan"/> or throws
/// <see cref="CaseConflictException"/>. O(size of the incoming network + latest version).
/// </summary>
public static class VersionPlanner
{
    /// <summary>Plans an import.</summary>
    /// <param name="incoming">The imported network.</param>
    /// <param name="mode">Replace or append.</param>
    /// <param name="latest">The latest version's network, or null when the case has no version (needed only for append).</param>
    /// <param name="agentNumbers">Every agent id the case ever had → its agent number.</param>
    /// <param name="aliases">Alias id → the id it was merged into, for the latest version.</param>
    /// <param name="nextAgentNumber">The case's next unused agent number.</param>
    public static VersionPlan PlanImport(
        TransactionNetwork incoming,
        ImportMode mode,
        TransactionNetwork? latest,
        IReadOnlyDictionary<string, int> agentNumbers,
        IReadOnlyDictionary<string, string> aliases,
        int nextAgentNumber)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(agentNumbers);
        ArgumentNullException.ThrowIfNull(aliases);
        var append = mode == ImportMode.Append && latest is not null;
        var numbers = new Dictionary<string, int>(agentNumbers.Count + incoming.AgentCount, StringComparer.Ordinal);
        foreach (var (id, number) in agentNumbers)
        {
            numbers[id] = number;
        }

        var next = nextAgentNumber;
        var agents = new List<PlannedAgent>(incoming.AgentCount);
        foreach (var agent in incoming.Agents)
        {
            if (append && aliases.ContainsKey(agent.Id))
            {
                continue;
            }

            if (append && latest!.TryGetAgent(agent.Id, out var stored))
            {
                if (!stored.Equals(agent))
                {
                    throw new CaseConflictException(
                        $"agent '{Shown(stored)}' already exists in the case with different content (stored: {Describe(stored)}; imported: {Describe(agent)})");
                }

                continue;
            }

            if (!numbers.TryGetValue(agent.Id, out var number))
            {
                number = next++;
                numbers.Add(agent.Id, number);
            }

            agents.Add(new PlannedAgent(number, agent));
        }

        Dictionary<string, Transaction>? storedById = null;
        if (append)
        {
            storedById = new Dictionary<string, Transaction>(StringComparer.Ordinal);
            foreach (var tx in latest!.Transactions)
            {
                if (tx.Id is { } id)
                {
                    storedById[id] = tx;
                }
            }
        }

        var transactions = new List<PlannedTransaction>(incoming.TransactionCount);
        foreach (var tx in incoming.Transactions)
        {
            var resolved = tx;
            if (append && (aliases.ContainsKey(tx.Source) || aliases.ContainsKey(tx.Target)))
            {
                resolved = tx with { Source = aliases.GetValueOrDefault(tx.Source, tx.Source), Target = aliases.GetValueOrDefault(tx.Target, tx.Target) };
            }

            if (storedById is not null && resolved.Id is { } id && storedById.TryGetValue(id, out var stored))
            {
                if (!stored.Equals(resolved))
                {
                    throw new CaseConflictException(
                        $"transaction id '{id}' already exists in the case with different content (stored: {Describe(stored, latest!)}; imported: {Describe(resolved, incoming)})");
                }

                continue;
            }

            transactions.Add(new PlannedTransaction(numbers[resolved.Source], numbers[resolved.Target], resolved));
        }

        var groups = new List<Group>(incoming.GroupCount);
        foreach (var group in incoming.Groups)
        {
            if (append && latest!.FindGroup(group.Id) is { } stored)
            {
                // A bare id (a group only named in an agent's list) adds nothing to what is stored.
                var bare = group.Name is null && group.Type is null && group.Attributes.Count == 0;
                if (!bare && !stored.Equals(group))
                {
                    throw new CaseConflictException(
                        $"group '{group.Id}' already exists in the case with different content (stored name '{stored.Name}', type {stored.Type?.ToString() ?? "none"}; imported name '{group.Name}', type {group.Type?.ToString() ?? "none"})");
                }

                continue;
            }

            groups.Add(group);
        }

        var ties = PlanTies(incoming, append ? latest : null, aliases, numbers);
        return append
            ? new VersionPlan(false, agents, transactions, groups, ties, latest!.AgentCount + agents.Count, latest.TransactionCount + transactions.Count, latest.GroupCount + groups.Count, latest.TieCount + ties.Count, next)
            : new VersionPlan(true, agents, transactions, groups, ties, agents.Count, transactions.Count, groups.Count, ties.Count, next);
    }

    // Ties follow the transactions' rules: a stored id with the same content is skipped, with other content
    // it is a conflict naming both; ties without an id are always added; merged ids resolve to the agent kept.
    private static List<PlannedTie> PlanTies(TransactionNetwork incoming, TransactionNetwork? latest, IReadOnlyDictionary<string, string> aliases, Dictionary<string, int> numbers)
    {
        Dictionary<string, Tie>? storedById = null;
        if (latest is not null)
        {
            storedById = new Dictionary<string, Tie>(StringComparer.Ordinal);
            foreach (var tie in latest.Ties)
            {
                if (tie.Id is { } id)
                {
                    storedById[id] = tie;
                }
            }
        }

        var ties = new List<PlannedTie>(incoming.TieCount);
        foreach (var tie in incoming.Ties)
        {
            var resolved = tie;
            if (latest is not null && (aliases.ContainsKey(tie.Source) || aliases.ContainsKey(tie.Target)))
            {
                resolved = tie with { Source = aliases.GetValueOrDefault(tie.Source, tie.Source), Target = aliases.GetValueOrDefault(tie.Target, tie.Target) };
            }

            if (storedById is not null && resolved.Id is { } id && storedById.TryGetValue(id, out var stored))
            {
                if (!stored.Equals(resolved))
                {
                    throw new CaseConflictException(
                        $"tie id '{id}' already exists in the case with different content (stored: {Describe(stored, latest!)}; imported: {Describe(resolved, incoming)})");
                }

                continue;
            }

            ties.Add(new PlannedTie(numbers[resolved.Source], numbers[resolved.Target], resolved));
        }

        return ties;
    }

    /// <summary>
    /// Checks a merge against the latest version and gives the kept agent's new content: its functions
    /// united with the merged agents', and their groups appended (first occurrence kept).
    /// </summary>
    /// <exception cref="ArgumentException">No reason, nothing to merge, or an id merged into itself.</exception>
    /// <exception cref="CaseNotFoundException">An id is not an agent of the latest version.</exception>
    public static Agent PlanMerge(TransactionNetwork latest, AgentMerge merge)
    {
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(merge);
        if (string.IsNullOrWhiteSpace(merge.Reason))
        {
            throw new ArgumentException("a merge needs a reason");
        }

        if (merge.MergedIds.Count == 0)
        {
            throw new ArgumentException("a merge needs at least one agent to merge");
        }

        if (!latest.TryGetAgent(merge.KeepId, out var kept))
        {
            throw new CaseNotFoundException($"unknown agent '{merge.KeepId}'");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { merge.KeepId };
        var functions = kept.Functions;
        var groups = kept.Groups.ToBuilder();
        foreach (var id in merge.MergedIds)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"agent '{id}' is named twice in the merge (or is the agent kept)");
            }

            if (!latest.TryGetAgent(id, out var merged))
            {
                throw new CaseNotFoundException($"unknown agent '{id}'");
            }

            functions = functions.Union(merged.Functions);
            foreach (var group in merged.Groups)
            {
                if (!groups.Contains(group))
                {
                    groups.Add(group);
                }
            }
        }

        return kept with { Functions = functions, Groups = groups.ToImmutable() };
    }

    // Conflict messages leave the process: sensitive agents appear under their pseudonym only.
    private static string Shown(Agent agent) => IdentityProtection.Default.DisplayId(agent);

    private static string Endpoint(TransactionNetwork network, string id) => network.TryGetAgent(id, out var a) ? Shown(a) : id;

    private static string Describe(Agent agent) =>
        $"kind {agent.Kind}, sphere {agent.Sphere}, functions '{agent.Functions}', groups '{string.Join(';', agent.Groups)}', sensitivity {agent.Sensitivity}";

    private static string Describe(Tie tie, TransactionNetwork network)
    {
        static string Time(DateTimeOffset? t) => t?.ToString("O", CultureInfo.InvariantCulture) ?? "open";
        return $"{Endpoint(network, tie.Source)} -> {Endpoint(network, tie.Target)}, {tie.Kind}, {Time(tie.Start)} to {Time(tie.End)}";
    }

    private static string Describe(Transaction tx, TransactionNetwork network)
    {
        var time = tx.Time?.ToString("O", CultureInfo.InvariantCulture) ?? "no time";
        var amount = tx.Amount is { } value ? $"{StoredValues.AmountText(value)} {tx.Currency}".TrimEnd() : "no amount";
        return $"{Endpoint(network, tx.Source)} -> {Endpoint(network, tx.Target)}, {tx.Kind}, {time}, {amount}";
    }
}
