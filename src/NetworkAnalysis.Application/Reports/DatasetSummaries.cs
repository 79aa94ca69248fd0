using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Reports;

/// <summary>Computes the <see cref="DatasetSummary"/> of a network. O(agents + transactions).</summary>
public static class DatasetSummaries
{
    /// <summary>Counts agents, transactions, countries, routes, time span, groups and amounts.</summary>
    public static DatasetSummary Summarise(TransactionNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var kinds = new int[Enum.GetValues<AgentKind>().Length];
        var spheres = new int[Enum.GetValues<Sphere>().Length];
        var txKinds = new int[Enum.GetValues<TransactionKind>().Length];
        var countryAgents = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryTx = new Dictionary<string, int>(StringComparer.Ordinal);
        var routes = new Dictionary<string, (int Count, long Persons)>(StringComparer.Ordinal);
        var amounts = new Dictionary<string, (decimal Sum, int Count)>(StringComparer.Ordinal);
        var sensitive = 0;
        foreach (var agent in network.Agents)
        {
            kinds[(int)agent.Kind]++;
            spheres[(int)agent.Sphere]++;
            if (agent.IsSensitive)
            {
                sensitive++;
            }

            if (agent.Country is { } c)
            {
                countryAgents[c] = countryAgents.GetValueOrDefault(c) + 1;
            }
        }

        DateTimeOffset? first = null, last = null;
        var seenCountries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tx in network.Transactions)
        {
            txKinds[(int)tx.Kind]++;
            if (tx.Time is { } t)
            {
                first = first is null || t < first ? t : first;
                last = last is null || t > last ? t : last;
            }

            seenCountries.Clear();
            if (tx.Country is { } c)
            {
                seenCountries.Add(c);
            }

            foreach (var hop in tx.Route)
            {
                seenCountries.Add(hop);
            }

            foreach (var country in seenCountries)
            {
                countryTx[country] = countryTx.GetValueOrDefault(country) + 1;
            }

            if (!tx.Route.IsDefaultOrEmpty)
            {
                var key = string.Join('>', tx.Route);
                var (count, persons) = routes.GetValueOrDefault(key);
                routes[key] = (count + 1, persons + (tx.Persons ?? 0));
            }

            if (tx.Amount is { } amount)
            {
                var currency = tx.Currency ?? "?";
                var (sum, n) = amounts.GetValueOrDefault(currency);
                amounts[currency] = (sum + amount, n + 1);
            }
        }

        var countries = countryAgents.Keys.Union(countryTx.Keys, StringComparer.Ordinal)
            .Select(c => new CountryRow(c, countryAgents.GetValueOrDefault(c), countryTx.GetValueOrDefault(c)))
            .OrderByDescending(r => r.Agents + r.Transactions).ThenBy(r => r.Country, StringComparer.Ordinal)
            .ToArray();
        var routeRows = routes.Select(r => new RouteRow(r.Key, r.Value.Count, r.Value.Persons))
            .OrderByDescending(r => r.Transactions).ThenBy(r => r.Route, StringComparer.Ordinal).ToArray();
        var groups = network.Groups
            .Select(g => new GroupRow(g.Id, g.Name, network.GroupMembers(g.Id).Count, g.Type is { } type ? DomainWords.Format(type) : null))
            .ToArray();
        var amountRows = amounts.Select(a => new AmountRow(a.Key, a.Value.Sum, a.Value.Count))
            .OrderByDescending(a => a.Transactions).ThenBy(a => a.Currency, StringComparer.Ordinal).ToArray();

        return new DatasetSummary(
            network.AgentCount,
            network.TransactionCount,
            Counts(kinds, i => DomainWords.Format((AgentKind)i)),
            Counts(spheres, i => DomainWords.Format((Sphere)i)),
            Counts(txKinds, i => DomainWords.Format((TransactionKind)i)),
            countries,
            routeRows,
            first,
            last,
            groups,
            sensitive,
            amountRows);
    }

    private static CountRow[] Counts(int[] counts, Func<int, string> label)
    {
        var rows = new List<CountRow>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                rows.Add(new CountRow(label(i), counts[i]));
            }
        }

        return rows.ToArray();
    }
}
