using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>
/// What every group's indicators need from a network, computed once: each agent's incident
/// transactions, roles, and interned countries and routes.
/// </summary>
internal sealed class NetworkIndex
{
    // Attribute words for coercion in the working paper's screening questions (threats, locked doors,
    // documents taken away) and the Protocol's improper means (force, coercion).
    private static readonly string[] _coercionWords =
        ["coerc", "threat", "forced", "violen", "withh", "confisc", "locked", "confine", "beaten", "abduct", "bondage"];

    private readonly int[] _offsets;
    private readonly int[] _incident;

    public NetworkIndex(TransactionNetwork network)
    {
        Network = network;
        var n = network.AgentCount;
        var m = network.TransactionCount;
        var sources = network.TransactionSources;
        var targets = network.TransactionTargets;

        _offsets = new int[n + 1];
        for (var t = 0; t < m; t++)
        {
            _offsets[sources[t] + 1]++;
            if (targets[t] != sources[t])
            {
                _offsets[targets[t] + 1]++;
            }
        }

        for (var a = 0; a < n; a++)
        {
            _offsets[a + 1] += _offsets[a];
        }

        _incident = new int[_offsets[n]];
        var fill = _offsets[..n];
        for (var t = 0; t < m; t++)
        {
            _incident[fill[sources[t]]++] = t;
            if (targets[t] != sources[t])
            {
                _incident[fill[targets[t]]++] = t;
            }
        }

        Roles = new AgentRole[n];
        AgentCountry = new int[n];
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < n; a++)
        {
            var agent = network.Agents[a];
            Roles[a] = AgentRoles.Of(agent);
            AgentCountry[a] = Intern(countries, agent.Country);
        }

        TransactionCountry = new int[m];
        TransactionRoute = new int[m];
        Coercive = new bool[m];
        var routes = new Dictionary<string, int>(StringComparer.Ordinal);
        var routeCountries = new List<int[]>();
        for (var t = 0; t < m; t++)
        {
            var tx = network.Transactions[t];
            TransactionCountry[t] = Intern(countries, tx.Country);
            TransactionRoute[t] = -1;
            if (!tx.Route.IsEmpty)
            {
                var key = string.Join('>', tx.Route);
                if (!routes.TryGetValue(key, out var r))
                {
                    r = routes.Count;
                    routes.Add(key, r);
                    routeCountries.Add(tx.Route.Select(c => Intern(countries, c)).ToArray());
                }

                TransactionRoute[t] = r;
            }

            if (tx.Attributes.Count > 0)
            {
                Coercive[t] = MentionsCoercion(tx.Attributes);
            }
        }

        CountryCount = countries.Count;
        RouteCountries = [.. routeCountries];
        RouteNames = new string[routes.Count];
        foreach (var (key, r) in routes)
        {
            RouteNames[r] = key;
        }

        CountryNames = new string[countries.Count];
        foreach (var (key, c) in countries)
        {
            CountryNames[c] = key;
        }
    }

    public TransactionNetwork Network { get; }

    public AgentRole[] Roles { get; }

    /// <summary>Interned country of each agent, or −1.</summary>
    public int[] AgentCountry { get; }

    /// <summary>Interned country of each transaction, or −1.</summary>
    public int[] TransactionCountry { get; }

    /// <summary>Interned route of each transaction, or −1.</summary>
    public int[] TransactionRoute { get; }

    /// <summary>True for transactions whose attributes name force, threats, confinement or withheld documents.</summary>
    public bool[] Coercive { get; }

    public int CountryCount { get; }

    public string[] CountryNames { get; }

    /// <summary>The interned countries of each route, in order.</summary>
    public int[][] RouteCountries { get; }

    public string[] RouteNames { get; }

    public int RouteCount => RouteCountries.Length;

    /// <summary>The transactions incident to agent <paramref name="agent"/> (a self-loop once).</summary>
    public ReadOnlySpan<int> Incident(int agent) => _incident.AsSpan(_offsets[agent], _offsets[agent + 1] - _offsets[agent]);

    private static int Intern(Dictionary<string, int> table, string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (!table.TryGetValue(value, out var id))
        {
            id = table.Count;
            table.Add(value, id);
        }

        return id;
    }

    private static bool MentionsCoercion(IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (key, value) in attributes)
        {
            if (IsNegative(value))
            {
                continue;
            }

            foreach (var word in _coercionWords)
            {
                if (key.Contains(word, StringComparison.OrdinalIgnoreCase) || value.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "coercion=false", "threats=no", "force=0" say the opposite.
    private static bool IsNegative(string value) =>
        value.Equals("false", StringComparison.OrdinalIgnoreCase)
        || value.Equals("no", StringComparison.OrdinalIgnoreCase)
        || value.Equals("0", StringComparison.Ordinal)
        || value.Equals("none", StringComparison.OrdinalIgnoreCase);
}
