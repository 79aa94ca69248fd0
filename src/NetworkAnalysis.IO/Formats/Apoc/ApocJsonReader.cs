using System.Text.Json;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;
using NetworkAnalysis.IO.Formats.Neo4j;

namespace NetworkAnalysis.IO.Formats.Apoc;

/// <summary>
/// Reads Neo4j's APOC JSON export (<c>CALL apoc.export.json.all("case.json", {})</c>: one node or
/// relationship object per line, nodes first). Nodes become agents, relationships transactions, or ties
/// when their type is a tie kind (<c>OWNERSHIP</c>, <c>FAMILY</c>, ...); the layout our writers use
/// (<see cref="Neo4jGraph"/>) reads back exactly.
/// </summary>
/// <remarks>
/// An agent's id is its <c>id</c> property (the APOC node id when it has none); its kind the <c>kind</c>
/// property, or else the first label that is a kind word (<c>Person</c>), or else person with the label kept
/// in <c>original_kind</c>. A relationship's kind is its <c>kind</c> property, or else its type in lower case.
/// <c>:Group</c> nodes without <c>:Agent</c> are group records when the file has <c>:Agent</c> nodes (our
/// layout); their <c>MEMBER_OF</c> relationships repeat the agents' <c>groups</c> property and are skipped.
/// Property values that are arrays become our <c>;</c>-lists (a route: <c>&gt;</c>); numbers keep the
/// digits they were written with; maps (spatial points) are kept as JSON text.
/// </remarks>
internal sealed class ApocJsonReader
{
    private readonly ReadSession _s;
    private readonly Dictionary<string, string> _agents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groupNodes = new(StringComparer.Ordinal);
    private readonly List<(JsonElement Node, long Line)> _pending = [];
    private bool _sawAgentLabel;
    private bool _nodesDone;

    private ApocJsonReader(ReadSession session) => _s = session;

    public static FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        var session = new ReadSession(fileName, options, ct);
        var reader = new ApocJsonReader(session);
        JsonLines.Read(stream, session, reader.ReadRecord);
        reader.FinishNodes();
        return session.Finish(directed: true);
    }

    private void ReadRecord(JsonElement record, long line)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            throw _s.Error(line, null, "each line must be one JSON object (an APOC node or relationship)");
        }

        var type = record.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type == "node")
        {
            if (_nodesDone)
            {
                throw _s.Error(line, "type", "a node after the relationships (APOC writes every node first)");
            }

            var labels = Labels(record, line);
            _sawAgentLabel |= labels.Contains(Neo4jGraph.AgentLabel);
            if (labels.Contains(Neo4jGraph.GroupLabel) && !labels.Contains(Neo4jGraph.AgentLabel))
            {
                _pending.Add((record.Clone(), line));
            }
            else
            {
                AddAgent(record, labels, line);
            }
        }
        else if (type == "relationship")
        {
            FinishNodes();
            AddRelationship(record, line);
        }
        else if (!_s.Options.Lenient)
        {
            throw _s.Error(line, "type", "'type' must be \"node\" or \"relationship\"; use --lenient to skip other records");
        }
        else
        {
            _s.Notes.Add("{0} records that are neither nodes nor relationships skipped (--lenient)");
        }
    }

    // Group-only nodes wait until every node is read: they are group records only in our layout.
    private void FinishNodes()
    {
        if (_nodesDone)
        {
            return;
        }

        _nodesDone = true;
        foreach (var (node, line) in _pending)
        {
            if (_sawAgentLabel)
            {
                AddGroup(node, line);
            }
            else
            {
                AddAgent(node, Labels(node, line), line);
            }
        }

        _pending.Clear();
    }

    private void AddAgent(JsonElement node, List<string> labels, long line)
    {
        var nodeId = NodeId(node, line, "id");
        var draft = _s.AgentDraft;
        draft.Reset();
        string? id = null;
        foreach (var (key, value) in Properties(node, line, FieldText.ListSeparator))
        {
            if (key == "id")
            {
                id = value;
                continue;
            }

            draft.Set(Columns.Agent(key) is var field && field != AgentField.Reserved ? field : AgentField.Extra, key, value);
        }

        if (draft.Kind is null)
        {
            var other = labels.Where(l => l != Neo4jGraph.AgentLabel).ToList();
            draft.Kind = other.FirstOrDefault(l => DomainWords.TryParseAgentKind(l, out _)) ?? other.FirstOrDefault();
        }

        var agentId = _s.Id(id ?? nodeId, line, "node id");
        _s.AddAgent(RecordAssembler.BuildAgent(_s, agentId, draft, line), line);
        if (!_agents.TryAdd(nodeId, agentId))
        {
            throw _s.Error(line, "id", $"node id '{ReadSession.Quote(nodeId)}' appears twice");
        }
    }

    private void AddGroup(JsonElement node, long line)
    {
        var nodeId = NodeId(node, line, "id");
        string? id = null, name = null, type = null;
        var extras = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Properties(node, line, FieldText.ListSeparator))
        {
            switch (key)
            {
                case "id": id = value; break;
                case "name": name = value; break;
                case "type": type = value; break;
                default: extras.TryAdd(key, value); break;
            }
        }

        GroupType? groupType = null;
        if (type is not null)
        {
            groupType = DomainWords.TryParseGroupType(type, out var parsed)
                ? parsed
                : throw _s.Error(line, "type", $"'{ReadSession.Quote(type)}' is not a group type ({string.Join(", ", DomainWords.GroupTypes)})");
        }

        _s.AddGroup(new Group(_s.Id(id ?? nodeId, line, "group id")) { Name = name, Type = groupType, Attributes = extras }, line);
        _groupNodes.Add(nodeId);
    }

    private void AddRelationship(JsonElement rel, long line)
    {
        var label = rel.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : throw _s.Error(line, "label", "the relationship has no label (type)");
        var start = EndId(rel, "start", line);
        var end = EndId(rel, "end", line);
        if (_groupNodes.Contains(start) || _groupNodes.Contains(end))
        {
            if (label != Neo4jGraph.MemberOf)
            {
                Skip(line, $"{label} relationship touches a group node");
            }

            return;
        }

        if (!_agents.TryGetValue(start, out var source) || !_agents.TryGetValue(end, out var target))
        {
            Skip(line, $"relationship names node '{ReadSession.Quote(_agents.ContainsKey(start) ? end : start)}', which is not in the file");
            return;
        }

        _s.TryAgent(source, out var s);
        _s.TryAgent(target, out var t);
        var word = label.ToLowerInvariant();
        if (DomainWords.TryParseTieKind(word, out _))
        {
            AddTie(rel, word, s, t, line);
            return;
        }

        var draft = _s.TransactionDraft;
        draft.Reset();
        foreach (var (key, value) in Properties(rel, line, FieldText.ListSeparator))
        {
            var field = Columns.Transaction(key);
            var text = field == TransactionField.Route ? value.Replace(FieldText.ListSeparator, FieldText.RouteSeparator) : value;
            draft.Set(field == TransactionField.Reserved ? TransactionField.Extra : field, key, text);
        }

        draft.Kind ??= word;
        _s.AddTransaction(RecordAssembler.BuildTransaction(_s, s.Id, t.Id, draft, line), s.Index, t.Index, line);
    }

    private void AddTie(JsonElement rel, string word, Endpoint source, Endpoint target, long line)
    {
        string? id = null, start = null, end = null, kind = null;
        var extras = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in Properties(rel, line, FieldText.ListSeparator))
        {
            switch (key)
            {
                case "id": id = value; break;
                case "kind": kind = value; break;
                case "start": start = value; break;
                case "end": end = value; break;
                default: extras.Add(new(key, value)); break;
            }
        }

        _s.AddTie(RecordAssembler.BuildTie(_s, source.Id, target.Id, kind ?? word, id, start, end, extras, line), source.Index, target.Index, line);
    }

    private void Skip(long line, string problem)
    {
        if (!_s.Options.Lenient)
        {
            throw _s.Error(line, null, problem + "; use --lenient to skip such relationships");
        }

        _s.Notes.Add("{0} relationships with an end that is not an agent skipped (--lenient)");
    }

    private List<string> Labels(JsonElement node, long line)
    {
        var labels = new List<string>();
        if (node.TryGetProperty("labels", out var array))
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw _s.Error(line, "labels", "'labels' must be a list of strings");
            }

            foreach (var label in array.EnumerateArray())
            {
                labels.Add(label.ValueKind == JsonValueKind.String ? _s.Value(label.GetString()!, line, "labels") : throw _s.Error(line, "labels", "'labels' must be a list of strings"));
            }
        }

        return labels;
    }

    private string NodeId(JsonElement record, long line, string key)
    {
        if (!record.TryGetProperty(key, out var id))
        {
            throw _s.Error(line, key, $"the record has no '{key}'");
        }

        return id.ValueKind switch
        {
            JsonValueKind.String => _s.Value(id.GetString()!, line, key),
            JsonValueKind.Number => id.GetRawText(),
            _ => throw _s.Error(line, key, $"'{key}' must be a string or a number"),
        };
    }

    private string EndId(JsonElement rel, string end, long line) =>
        rel.TryGetProperty(end, out var node) && node.ValueKind == JsonValueKind.Object
            ? NodeId(node, line, "id")
            : throw _s.Error(line, end, $"the relationship has no '{end}' node");

    /// <summary>The properties as text: strings as they are, numbers and booleans as written, arrays joined with <paramref name="separator"/>, maps as JSON.</summary>
    private IEnumerable<(string Key, string Value)> Properties(JsonElement record, long line, char separator)
    {
        if (!record.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            throw _s.Error(line, "properties", "'properties' must be an object");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in properties.EnumerateObject())
        {
            if (!seen.Add(p.Name))
            {
                throw _s.Error(line, p.Name, $"the property '{ReadSession.Quote(p.Name)}' appears twice");
            }

            var value = p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Array => string.Join(separator, p.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
                _ => p.Value.GetRawText(),
            };
            if (value is not null)
            {
                yield return (p.Name, _s.Value(value, line, p.Name));
            }
        }
    }
}
