using System.Text.Json;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Json;

/// <summary>
/// Reads both JSON shapes, told apart by their keys: graphology serialization
/// (<c>{options, attributes, nodes:[{key, attributes}], edges:[{key, source, target, attributes, undirected}]}</c>)
/// and Cytoscape.js elements (<c>{directed, elements:{nodes:[{data:{id, ...}}], edges:[{data:{id, source, target, ...}}]}}</c>
/// or <c>elements</c> as one array with <c>group</c>).
/// </summary>
/// <remarks>
/// Attribute values that are strings, numbers or booleans become text; nulls are skipped; nested objects
/// and arrays are skipped with a warning. A node's name is its <c>name</c> attribute, or its <c>label</c>
/// (sigma's convention) when it has no <c>name</c>. Duplicate keys in one object are an error.
/// </remarks>
internal sealed class JsonNetworkReader
{
    private readonly ReadSession _s;
    private readonly JsonTokens _t;
    private readonly List<KeyValuePair<string, string>> _attributes = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _elementKeys = new(StringComparer.Ordinal);
    private string? _graphType;
    private bool? _directedFlag;
    private long _flaggedUndirected;
    private long _otherEdges;

    private JsonNetworkReader(ReadSession session, JsonTokens tokens)
    {
        _s = session;
        _t = tokens;
    }

    private enum Role
    {
        Unknown,
        Node,
        Edge,
    }

    public static FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        var session = new ReadSession(fileName, options, ct);
        var limited = new LimitedReadStream(stream, options.MaxDocumentBytes, session.File);
        return new JsonNetworkReader(session, new JsonTokens(limited, session)).ReadDocument();
    }

    private FormatReadResult ReadDocument()
    {
        _t.Next();
        if (_t.Type != JsonTokenType.StartObject)
        {
            throw _t.Error("the JSON document must be an object with nodes and edges (graphology) or elements (Cytoscape.js)");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = false;
        while (NextProperty(seen, out var name))
        {
            _t.Next();
            switch (name)
            {
                case "nodes":
                    ReadArray(Role.Node);
                    found = true;
                    break;
                case "edges":
                    ReadArray(Role.Edge);
                    found = true;
                    break;
                case "elements":
                    ReadElements();
                    found = true;
                    break;
                case "options":
                    ReadOptions();
                    break;
                case "directed":
                    _directedFlag = _t.Type switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw _t.Error("'directed' must be true or false"),
                    };
                    break;
                default:
                    _t.SkipValue();
                    break;
            }
        }

        if (_t.Read())
        {
            throw _t.Error("unexpected content after the JSON document");
        }

        if (!found)
        {
            throw _s.Error(1, null, "the JSON document has neither nodes/edges (graphology) nor elements (Cytoscape.js)");
        }

        bool directed;
        if (_graphType == "undirected" || _directedFlag == false)
        {
            directed = false;
        }
        else if (_graphType == "directed" || _directedFlag == true)
        {
            directed = true;
            _s.Notes.Add("{0} edges marked undirected in a directed graph were read as one transaction from source to target", _flaggedUndirected);
        }
        else
        {
            directed = !(_flaggedUndirected > 0 && _otherEdges == 0);
            if (directed)
            {
                _s.Notes.Add("{0} undirected edges in a mixed graph were read as one transaction from source to target", _flaggedUndirected);
            }
        }

        return _s.Finish(directed);
    }

    /// <summary>Moves to the next property of the current object; false at its end. Duplicate names are an error.</summary>
    private bool NextProperty(HashSet<string> seen, out string name)
    {
        _t.Next();
        if (_t.Type == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = _t.Text!;
        if (!seen.Add(name))
        {
            throw _t.Error($"duplicate key '{ReadSession.Quote(name)}' in one object");
        }

        return true;
    }

    private void ReadOptions()
    {
        if (_t.Type != JsonTokenType.StartObject)
        {
            _t.SkipValue();
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(seen, out var name))
        {
            _t.Next();
            if (name == "type" && _t.Type == JsonTokenType.String)
            {
                _graphType = _t.Text;
                if (_graphType is not ("directed" or "undirected" or "mixed"))
                {
                    throw _t.Error($"options.type must be directed, undirected or mixed, not '{ReadSession.Quote(_graphType!)}'");
                }
            }
            else
            {
                _t.SkipValue();
            }
        }
    }

    private void ReadElements()
    {
        if (_t.Type == JsonTokenType.StartArray)
        {
            ReadArray(Role.Unknown);
            return;
        }

        if (_t.Type != JsonTokenType.StartObject)
        {
            throw _t.Error("'elements' must be an object with nodes and edges, or an array");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(seen, out var name))
        {
            _t.Next();
            switch (name)
            {
                case "nodes":
                    ReadArray(Role.Node);
                    break;
                case "edges":
                    ReadArray(Role.Edge);
                    break;
                default:
                    _t.SkipValue();
                    break;
            }
        }
    }

    private void ReadArray(Role role)
    {
        if (_t.Type == JsonTokenType.Null)
        {
            return;
        }

        if (_t.Type != JsonTokenType.StartArray)
        {
            throw _t.Error($"'{(role == Role.Edge ? "edges" : role == Role.Node ? "nodes" : "elements")}' must be an array");
        }

        while (true)
        {
            _t.Next();
            if (_t.Type == JsonTokenType.EndArray)
            {
                return;
            }

            if (_t.Type != JsonTokenType.StartObject)
            {
                throw _t.Error("each node and edge must be an object");
            }

            ReadElement(role);
        }
    }

    private void ReadElement(Role role)
    {
        var line = _t.Line;
        string? id = null, source = null, target = null, group = null;
        var undirected = false;
        _attributes.Clear();
        var namePresent = false;
        _elementKeys.Clear();
        while (NextProperty(_elementKeys, out var name))
        {
            _t.Next();
            switch (name)
            {
                case "key":
                    id = Scalar("key");
                    break;
                case "source" when role != Role.Node:
                    source = Scalar("source");
                    break;
                case "target" when role != Role.Node:
                    target = Scalar("target");
                    break;
                case "undirected":
                    undirected = _t.Type == JsonTokenType.True;
                    break;
                case "group":
                    group = Scalar("group");
                    break;
                case "attributes":
                    ReadAttributes(cytoscapeData: false, role, ref id, ref source, ref target, ref namePresent);
                    break;
                case "data":
                    ReadAttributes(cytoscapeData: true, role, ref id, ref source, ref target, ref namePresent);
                    break;
                default:
                    _t.SkipValue();
                    break;
            }
        }

        if (role == Role.Unknown)
        {
            role = group switch
            {
                "nodes" => Role.Node,
                "edges" => Role.Edge,
                _ => source is not null || target is not null ? Role.Edge : Role.Node,
            };
        }

        if (role == Role.Node)
        {
            AddNode(id, namePresent, line);
        }
        else
        {
            AddEdge(id, source, target, undirected, line);
        }
    }

    private void AddNode(string? rawId, bool namePresent, long line)
    {
        if (rawId is null)
        {
            throw _s.Error(line, null, "a node has no key (graphology) or data.id (Cytoscape.js)");
        }

        var id = _s.Id(rawId, line, "node id");
        var draft = _s.AgentDraft;
        draft.Reset();
        string? label = null;
        foreach (var (name, value) in _attributes)
        {
            if (name == "label")
            {
                label = value;
                continue;
            }

            if (!draft.Set(Columns.Agent(name), name, value))
            {
                _s.Notes.Add("{0} node attributes named 'id' ignored: the node id is its key");
            }
        }

        if (label is not null)
        {
            if (namePresent || draft.NamePresent)
            {
                draft.Extras.Add(new("label", label));
            }
            else
            {
                draft.Name = label;
            }
        }

        _s.AddAgent(RecordAssembler.BuildAgent(_s, id, draft, line), line);
    }

    private void AddEdge(string? id, string? source, string? target, bool undirected, long line)
    {
        if (source is null || target is null)
        {
            throw _s.Error(line, null, "an edge needs both a source and a target");
        }

        if (undirected)
        {
            _flaggedUndirected++;
        }
        else
        {
            _otherEdges++;
        }

        var from = _s.Endpoint(_s.Id(source, line, "edge source"), line);
        var to = _s.Endpoint(_s.Id(target, line, "edge target"), line);
        var draft = _s.TransactionDraft;
        draft.Reset();
        draft.Id = id;
        foreach (var (name, value) in _attributes)
        {
            if (!draft.Set(Columns.Transaction(name), name, value))
            {
                _s.Notes.Add("{0} edge attributes named source or target ignored: the endpoints are given by the edge itself");
            }
        }

        _s.AddTransaction(RecordAssembler.BuildTransaction(_s, from.Id, to.Id, draft, line), from.Index, to.Index, line);
    }

    private void ReadAttributes(bool cytoscapeData, Role role, ref string? id, ref string? source, ref string? target, ref bool namePresent)
    {
        if (_t.Type == JsonTokenType.Null)
        {
            return;
        }

        if (_t.Type != JsonTokenType.StartObject)
        {
            throw _t.Error("attributes must be an object");
        }

        _keys.Clear();
        while (NextProperty(_keys, out var name))
        {
            _t.Next();
            if (cytoscapeData && name == "id")
            {
                id = Scalar("id");
                continue;
            }

            if (cytoscapeData && role != Role.Node && name is "source" or "target")
            {
                if (name == "source")
                {
                    source = Scalar("source");
                }
                else
                {
                    target = Scalar("target");
                }

                continue;
            }

            switch (_t.Type)
            {
                case JsonTokenType.String:
                case JsonTokenType.Number:
                case JsonTokenType.True:
                case JsonTokenType.False:
                    _attributes.Add(new(name, _t.Text!));
                    namePresent |= Columns.Agent(name) == AgentField.Name;
                    break;
                case JsonTokenType.Null:
                    namePresent |= Columns.Agent(name) == AgentField.Name;
                    break;
                default:
                    _s.Notes.Add("{0} attribute values that are objects or arrays ignored");
                    _t.SkipValue();
                    break;
            }
        }
    }

    private string Scalar(string what)
    {
        if (_t.Type is JsonTokenType.String or JsonTokenType.Number)
        {
            return _t.Text!;
        }

        throw _t.Error($"'{what}' must be a string or a number");
    }
}
