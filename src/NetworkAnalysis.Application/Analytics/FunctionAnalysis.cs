using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>
/// The agent × function view: which agents perform which function, declared in the data or inferred from
/// their transactions, and for every group which functions it performs in-house, buys from outside
/// specialists or lacks, how many agents can stand in for each, and its single points of failure.
/// </summary>
/// <remarks>
/// <para><b>Inference</b> (only for agents whose functions column is empty, unless
/// <see cref="FunctionAnalysisOptions.InferWhenDeclared"/>): the source of a <c>transport</c> transaction
/// transports; the receiver of a <c>fee</c> organises the smuggling (<see cref="Function.Coordination"/>);
/// the payer of a <c>bribe</c> holds the corruption link; the sender of <c>documents</c> forges; the sender
/// of a <c>laundering</c> transfer launders; the source of <c>exploitation</c>, <c>debt_collection</c>,
/// <c>recruitment</c> and <c>protection</c> transactions performs that function. Migrants and victims get
/// no inferred function by default. Each inference lists its transactions as evidence.</para>
/// <para><b>Coverage.</b> A function is in-house when a member performs it; bought when no member does but
/// an agent within <see cref="FunctionAnalysisOptions.MaxHops"/> transaction hops of a member does (an
/// outside specialist); missing otherwise. Redundancy counts members and specialists able to perform it; a
/// function with redundancy 1 is a single point of failure.</para>
/// <para>Cost O(agents + transactions) plus one bounded search around each group.</para>
/// </remarks>
public static class FunctionAnalysis
{
    // Which side of a transaction of each kind performs which function; kinds without a rule are absent.
    private static readonly (TransactionKind Kind, bool Sender, Function Function)[] Rules =
    [
        (TransactionKind.Transport, true, Function.Transport),
        (TransactionKind.Fee, false, Function.Coordination),
        (TransactionKind.Bribe, true, Function.Corruption),
        (TransactionKind.Documents, true, Function.DocumentForgery),
        (TransactionKind.Laundering, true, Function.MoneyLaundering),
        (TransactionKind.Exploitation, true, Function.Exploitation),
        (TransactionKind.DebtCollection, true, Function.DebtCollection),
        (TransactionKind.Recruitment, true, Function.Recruitment),
        (TransactionKind.Protection, true, Function.Protection),
    ];

    /// <summary>Builds the agent × function view and the group coverage.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Expected functions, inference choices and limits.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="TimeoutException">The time limit was reached.</exception>
    /// <param name="progress">Receives the progress (optional).</param>
    public static FunctionReport Analyze(TransactionNetwork network, FunctionAnalysisOptions? options = null, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= FunctionAnalysisOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHops);
        return Deadline.Run("functions", options.TimeLimit, cancellationToken, progress, (ct, _) => Run(network, options, ct));
    }

    /// <summary>The effective functions of every agent (by agent index) and the inference evidence.</summary>
    internal static (FunctionSet[] Effective, FunctionSet[] Inferred, List<FunctionEvidence>?[] Evidence) Infer(
        TransactionNetwork network, FunctionAnalysisOptions options, CancellationToken ct)
    {
        var agents = network.Agents;
        var n = agents.Count;
        var ruleOf = new int[Enum.GetValues<TransactionKind>().Length];
        Array.Fill(ruleOf, -1);
        for (var r = 0; r < Rules.Length; r++)
        {
            ruleOf[(int)Rules[r].Kind] = r;
        }

        var inferred = new FunctionSet[n];
        var counts = new Dictionary<long, (int Count, List<string> Examples)>();
        var transactions = network.Transactions;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;
        for (var t = 0; t < transactions.Count; t++)
        {
            if ((t & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var rule = ruleOf[(int)transactions[t].Kind];
            if (rule < 0)
            {
                continue;
            }

            var a = Rules[rule].Sender ? sources[t] : targets[t];
            var agent = agents[a];
            if (!options.InferForMigrantsAndVictims && agent.Kind is AgentKind.Migrant or AgentKind.Victim)
            {
                continue;
            }

            if (!agent.Functions.IsEmpty && !options.InferWhenDeclared)
            {
                continue;
            }

            inferred[a] = inferred[a].With(Rules[rule].Function);
            var key = ((long)a * Rules.Length) + rule;
            if (!counts.TryGetValue(key, out var entry))
            {
                entry = (0, []);
            }

            if (entry.Examples.Count < options.MaxEvidence)
            {
                entry.Examples.Add(transactions[t].Id ?? $"#{t + 1}");
            }

            counts[key] = (entry.Count + 1, entry.Examples);
        }

        var evidence = new List<FunctionEvidence>?[n];
        foreach (var (key, entry) in counts.OrderBy(kv => kv.Key))
        {
            var a = (int)(key / Rules.Length);
            var rule = Rules[(int)(key % Rules.Length)];
            (evidence[a] ??= []).Add(new FunctionEvidence(rule.Function, rule.Kind, rule.Sender, entry.Count, entry.Examples));
        }

        var effective = new FunctionSet[n];
        for (var a = 0; a < n; a++)
        {
            var declared = agents[a].Functions;
            effective[a] = declared.IsEmpty ? inferred[a] : options.InferWhenDeclared ? declared.Union(inferred[a]) : declared;
        }

        return (effective, inferred, evidence);
    }

    private static FunctionReport Run(TransactionNetwork network, FunctionAnalysisOptions options, CancellationToken ct)
    {
        var (effective, inferred, evidence) = Infer(network, options, ct);
        var agents = network.Agents;
        var truncated = false;
        var agentRows = new List<AgentFunctionRow>();
        for (var a = 0; a < agents.Count; a++)
        {
            if (effective[a].IsEmpty && inferred[a].IsEmpty)
            {
                continue;
            }

            if (agentRows.Count >= options.MaxResults)
            {
                truncated = true;
                break;
            }

            agentRows.Add(new AgentFunctionRow(agents[a].Id, agents[a].Kind, agents[a].Functions, inferred[a], effective[a], (IReadOnlyList<FunctionEvidence>?)evidence[a] ?? []));
        }

        // Undirected, all transactions: anyone the group deals with, either way.
        var graph = NetworkProjection.Project(network, new ProjectionOptions { Directed = false, KeepSelfLoops = false }).Graph;
        var expected = FunctionSet.Empty;
        foreach (var f in options.ExpectedFunctions)
        {
            expected = expected.With(f);
        }

        var dist = new int[graph.NodeCount];
        Array.Fill(dist, -1);
        var groupRows = new List<GroupCoverageRow>();
        var coverage = new List<GroupFunctionRow>();
        foreach (var group in network.Groups)
        {
            ct.ThrowIfCancellationRequested();
            var members = network.GroupMembers(group.Id);
            var reached = Around(graph, members, options.MaxHops, dist, ct);
            var inHouse = new List<string>[12];
            var outside = new List<string>[12];
            var inSet = FunctionSet.Empty;
            var outSet = FunctionSet.Empty;
            foreach (var a in reached)
            {
                var isMember = dist[a] == 0;
                foreach (var f in effective[a])
                {
                    var lists = isMember ? inHouse : outside;
                    (lists[(int)f] ??= []).Add(agents[a].Id);
                    if (isMember)
                    {
                        inSet = inSet.With(f);
                    }
                    else
                    {
                        outSet = outSet.With(f);
                    }
                }
            }

            foreach (var a in reached)
            {
                dist[a] = -1;
            }

            var bought = outSet.Except(inSet);
            var missing = expected.Except(inSet).Except(outSet);
            var single = new List<FunctionHolder>();
            foreach (var f in expected.Union(inSet).Union(outSet))
            {
                var mine = (IReadOnlyList<string>?)inHouse[(int)f] ?? [];
                var theirs = (IReadOnlyList<string>?)outside[(int)f] ?? [];
                var status = mine.Count > 0 ? FunctionCoverage.InHouse : theirs.Count > 0 ? FunctionCoverage.Bought : FunctionCoverage.Missing;
                var row = new GroupFunctionRow(group.Id, f, status, mine.Count + theirs.Count, mine, theirs);
                if (row.SinglePointOfFailure)
                {
                    single.Add(new FunctionHolder(f, mine.Count > 0 ? mine[0] : theirs[0]));
                }

                if (coverage.Count < options.MaxResults)
                {
                    coverage.Add(row);
                }
                else
                {
                    truncated = true;
                }
            }

            groupRows.Add(new GroupCoverageRow(group.Id, members.Count, inSet, bought, missing, single));
        }

        return new FunctionReport(agentRows, groupRows, coverage, truncated);
    }

    /// <summary>Members (distance 0) and everyone within <paramref name="maxHops"/> of one; dist is left set for the caller to clear.</summary>
    private static List<int> Around(CsrGraph graph, IReadOnlyList<int> members, int maxHops, int[] dist, CancellationToken ct)
    {
        var queue = new List<int>(members.Count);
        foreach (var m in members)
        {
            if (dist[m] < 0)
            {
                dist[m] = 0;
                queue.Add(m);
            }
        }

        for (var head = 0; head < queue.Count; head++)
        {
            if ((head & 4095) == 4095)
            {
                ct.ThrowIfCancellationRequested();
            }

            var v = queue[head];
            if (dist[v] >= maxHops)
            {
                continue;
            }

            foreach (var w in graph.Neighbors(v))
            {
                if (dist[w] < 0)
                {
                    dist[w] = dist[v] + 1;
                    queue.Add(w);
                }
            }
        }

        return queue;
    }
}
