using System.Collections.Frozen;
using System.Text;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// What a writer may show of a network: ids and names after identity protection, attributes withheld
/// for protected agents, the union of extra attribute names, and the warnings for what the format cannot
/// carry. Every writer goes through this, so no writer can forget to pseudonymise.
/// </summary>
internal sealed class ExportView
{
    private static readonly IReadOnlyDictionary<string, string> _noAttributes = FrozenDictionary<string, string>.Empty;

    private readonly TransactionNetwork _network;
    private readonly string[] _ids;
    private readonly bool[] _protected;
    private readonly OutputText _text;
    private readonly Notes _notes = new();
    private readonly string _format;
    private long _replaced;

    public ExportView(TransactionNetwork network, FormatWriteOptions options, string format, Carried carried, OutputText text)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        _network = network;
        _format = format;
        _text = text;
        Directed = options.Directed;
        var protection = options.Protection ?? IdentityProtection.Default;
        var agents = network.Agents;
        _ids = new string[agents.Count];
        _protected = new bool[agents.Count];
        var seen = new HashSet<string>(agents.Count, StringComparer.Ordinal);
        var protectedCount = 0;
        for (var i = 0; i < agents.Count; i++)
        {
            var agent = agents[i];
            _protected[i] = agent.IsSensitive && !protection.Reveal;
            protectedCount += _protected[i] ? 1 : 0;
            _ids[i] = Clean(protection.DisplayId(agent));
            if (!seen.Add(_ids[i]))
            {
                // Never name the real id here: the duplicate may be a pseudonym.
                throw new ArgumentException(
                    $"cannot write {format}: two agents would get the same id '{(_protected[i] ? _ids[i] : ReadSession.Quote(_ids[i]))}' " +
                    "(a pseudonym equal to another id, or ids that differ only in characters the format cannot carry)", nameof(network));
            }
        }

        if (protectedCount > 0)
        {
            _notes.Add("{0} protected agents (victims, witnesses, minors) written under pseudonyms, their names and extra attributes withheld", protectedCount);
        }

        AgentAttributeNames = CollectAgentNames(carried);
        TransactionAttributeNames = CollectTransactionNames(carried);
        CountLosses(carried);
    }

    public bool Directed { get; }

    public TransactionNetwork Network => _network;

    /// <summary>The extra agent attribute names in order of first appearance (none when the format cannot carry them).</summary>
    public IReadOnlyList<string> AgentAttributeNames { get; }

    /// <summary>The extra transaction attribute names in order of first appearance (none when the format cannot carry them).</summary>
    public IReadOnlyList<string> TransactionAttributeNames { get; }

    /// <summary>The id to write for agent <paramref name="agent"/> (pseudonym when protected).</summary>
    public string Id(int agent) => _ids[agent];

    /// <summary>True when agent <paramref name="agent"/> is written under its pseudonym.</summary>
    public bool IsProtected(int agent) => _protected[agent];

    /// <summary>The name to write, or null (the pseudonym for a protected agent, never its name).</summary>
    public string? Name(int agent) => _protected[agent] ? _ids[agent] : _network.Agents[agent].Name;

    /// <summary>The sensitivity word to write, or null for none.</summary>
    public string? Sensitivity(int agent)
    {
        var s = _network.Agents[agent].Sensitivity;
        if (s == Core.Sensitivity.None)
        {
            return null;
        }

        return _protected[agent] && s != Core.Sensitivity.Victim ? FieldText.ProtectedSensitivity : DomainWords.Format(s);
    }

    /// <summary>The extra attributes to write (none for a protected agent).</summary>
    public IReadOnlyDictionary<string, string> Attributes(int agent) => _protected[agent] ? _noAttributes : _network.Agents[agent].Attributes;

    public static string? Groups(Agent agent) => agent.Groups.IsEmpty ? null : string.Join(FieldText.ListSeparator, agent.Groups);

    public static string? Functions(Agent agent) => agent.Functions.IsEmpty ? null : agent.Functions.ToString();

    public static string? Route(Transaction transaction) => transaction.Route.IsEmpty ? null : string.Join(FieldText.RouteSeparator, transaction.Route);

    /// <summary>Makes <paramref name="value"/> carriable by the output (counted in the warnings).</summary>
    public string Clean(string value)
    {
        var bad = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (!Carries(value, i, out var pair))
            {
                bad = i;
                break;
            }

            i += pair ? 1 : 0;
        }

        if (bad < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        text.Append(value, 0, bad);
        for (var i = bad; i < value.Length; i++)
        {
            if (Carries(value, i, out var pair))
            {
                text.Append(value, i, pair ? 2 : 1);
                i += pair ? 1 : 0;
            }
            else
            {
                text.Append(_text == OutputText.Line && value[i] is '\r' or '\n' ? ' ' : '\uFFFD');
                _replaced++;
            }
        }

        return text.ToString();
    }

    /// <summary>Counts characters an output replaced on its own.</summary>
    public void CountReplaced(long count) => _replaced += count;

    /// <summary>Counts something else the writer dropped.</summary>
    public void Note(string template, long count = 1) => _notes.Add(template, count);

    /// <summary>Adds the warnings to <paramref name="warnings"/>.</summary>
    public void Finish(ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        _notes.Add($"{{0}} characters that {_format} cannot carry were replaced", _replaced);
        _notes.CopyTo(warnings);
    }

    private bool Carries(string value, int i, out bool pair)
    {
        pair = false;
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            pair = i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            return pair;
        }

        if (char.IsLowSurrogate(c))
        {
            return false;
        }

        return _text switch
        {
            OutputText.Xml => Utf8Output.IsXmlChar(c),
            OutputText.Line => c is not '\r' and not '\n',
            _ => true,
        };
    }

    private List<string> CollectAgentNames(Carried carried)
    {
        var names = new List<string>();
        if ((carried & Carried.AgentAttributes) == 0)
        {
            return names;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _network.AgentCount; i++)
        {
            if (Attributes(i).Count == 0)
            {
                continue;
            }

            foreach (var name in Attributes(i).Keys)
            {
                if (seen.Add(name))
                {
                    if (Columns.IsAgentColumn(name) || name.Length == 0)
                    {
                        _notes.Add($"agent attribute '{Notes.Literal(name)}' not written: the name is one of our columns ({{0}} names)");
                        continue;
                    }

                    names.Add(name);
                }
            }
        }

        return names;
    }

    private List<string> CollectTransactionNames(Carried carried)
    {
        var names = new List<string>();
        if ((carried & Carried.TransactionAttributes) == 0)
        {
            return names;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var transaction in _network.Transactions)
        {
            if (transaction.Attributes.Count == 0)
            {
                continue;
            }

            foreach (var name in transaction.Attributes.Keys)
            {
                if (seen.Add(name))
                {
                    if (Columns.IsTransactionColumn(name) || name.Length == 0)
                    {
                        _notes.Add($"transaction attribute '{Notes.Literal(name)}' not written: the name is one of our columns ({{0}} names)");
                        continue;
                    }

                    names.Add(name);
                }
            }
        }

        return names;
    }

    private void CountLosses(Carried carried)
    {
        var lost = ~carried;
        if ((lost & (Carried.AgentName | Carried.AgentKind | Carried.AgentSphere | Carried.AgentCountry | Carried.AgentGroups
            | Carried.AgentFunctions | Carried.AgentSensitivity | Carried.AgentAttributes)) != 0)
        {
            for (var i = 0; i < _network.AgentCount; i++)
            {
                var a = _network.Agents[i];
                Lose(lost, Carried.AgentName, a.Name is not null && !_protected[i], "agent names");
                Lose(lost, Carried.AgentKind, a.Kind != AgentKind.Person, "agent kinds other than person");
                Lose(lost, Carried.AgentSphere, a.Sphere != Agent.DefaultSphere(AgentKind.Person), "agent spheres");
                Lose(lost, Carried.AgentCountry, a.Country is not null, "agent countries");
                Lose(lost, Carried.AgentGroups, !a.Groups.IsEmpty, "agent group lists");
                Lose(lost, Carried.AgentFunctions, !a.Functions.IsEmpty, "agent functions");
                Lose(lost, Carried.AgentSensitivity, a.IsSensitive, "agent sensitivities");
                Lose(lost, Carried.AgentAttributes, Attributes(i).Count > 0, "extra agent attributes");
            }
        }

        if ((lost & (Carried.TransactionId | Carried.TransactionKind | Carried.TransactionTime | Carried.TransactionAmount | Carried.TransactionCurrency
            | Carried.TransactionCountry | Carried.TransactionRoute | Carried.TransactionPersons | Carried.TransactionWeight | Carried.TransactionAttributes)) != 0)
        {
            foreach (var t in _network.Transactions)
            {
                Lose(lost, Carried.TransactionId, t.Id is not null, "transaction ids");
                Lose(lost, Carried.TransactionKind, t.Kind != TransactionKind.Communication, "transaction kinds other than communication");
                Lose(lost, Carried.TransactionTime, t.Time is not null, "transaction time");
                Lose(lost, Carried.TransactionAmount, t.Amount is not null, "transaction amounts");
                Lose(lost, Carried.TransactionCurrency, t.Currency is not null, "transaction currencies");
                Lose(lost, Carried.TransactionCountry, t.Country is not null, "transaction countries");
                Lose(lost, Carried.TransactionRoute, !t.Route.IsEmpty, "transaction routes");
                Lose(lost, Carried.TransactionPersons, t.Persons is not null, "transaction person counts");
                Lose(lost, Carried.TransactionWeight, t.Weight != 1.0, "transaction weights other than 1");
                Lose(lost, Carried.TransactionAttributes, t.Attributes.Count > 0, "extra transaction attributes");
            }
        }

        if ((lost & Carried.Ties) != 0)
        {
            _notes.Add($"{_format} cannot carry ties (ownership, family, ...); {{0}} ties dropped", _network.TieCount);
        }

        if ((lost & Carried.GroupRecords) != 0)
        {
            for (var g = 0; g < _network.GroupCount; g++)
            {
                var group = _network.Groups[g];
                var hasRecord = group.Name is not null || group.Type is not null || group.Attributes.Count > 0;
                Lose(lost, Carried.GroupRecords, hasRecord, "group records (names, types, attributes)");
                Lose(lost, Carried.GroupRecords, _network.GroupMembers(group.Id).Count == 0, "groups without members");
            }
        }
    }

    private void Lose(Carried lost, Carried field, bool present, string what)
    {
        if (present && (lost & field) != 0)
        {
            _notes.Add($"{_format} cannot carry {what}; {{0}} values dropped");
        }
    }
}
