using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic.Tests;

/// <summary>What an analyst would measure about a group in a generated network, for the statistical tests.</summary>
internal sealed record GroupFacts(string Id, GroupType? Type, int Members, int Countries, int AncillaryFunctions, int Officials, double ActiveDays)
{
    private static readonly Function[] _ancillary =
    [
        Function.DocumentForgery, Function.MoneyLaundering, Function.DebtCollection, Function.Protection, Function.Intelligence, Function.Corruption,
    ];

    public static List<GroupFacts> Of(TransactionNetwork network)
    {
        var facts = new List<GroupFacts>();
        var sources = network.TransactionSources.ToArray();
        var targets = network.TransactionTargets.ToArray();
        foreach (var group in network.Groups)
        {
            var members = network.GroupMembers(group.Id);
            var isMember = new bool[network.AgentCount];
            var countries = new HashSet<string>(StringComparer.Ordinal);
            var functions = FunctionSet.Empty;
            foreach (var m in members)
            {
                isMember[m] = true;
                functions = functions.Union(network.Agents[m].Functions);
                if (network.Agents[m].Country is { } c)
                {
                    countries.Add(c);
                }
            }

            var officials = new HashSet<int>();
            DateTimeOffset? first = null;
            DateTimeOffset? last = null;
            for (var i = 0; i < network.TransactionCount; i++)
            {
                if (!isMember[sources[i]] && !isMember[targets[i]])
                {
                    continue;
                }

                var t = network.Transactions[i];
                if (t.Country is { } country)
                {
                    countries.Add(country);
                }

                foreach (var stop in t.Route)
                {
                    countries.Add(stop);
                }

                if (t.Kind == TransactionKind.Bribe && network.Agents[targets[i]].Kind == AgentKind.Official)
                {
                    officials.Add(targets[i]);
                }

                first = first is null || t.Time < first ? t.Time : first;
                last = last is null || t.Time > last ? t.Time : last;
            }

            var ancillary = _ancillary.Count(functions.Contains);
            var days = first is { } f && last is { } l ? (l - f).TotalDays : 0;
            facts.Add(new GroupFacts(group.Id, group.Type, members.Count, countries.Count, ancillary, officials.Count, days));
        }

        return facts;
    }
}
