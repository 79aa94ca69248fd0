using System.Text;
using System.Xml;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.GraphML;

/// <summary>
/// Streams a GraphML document into a network with one <see cref="XmlReader"/> pass: element names are
/// atomised in the name table and compared by reference, nodes and edges are built as they are read.
/// </summary>
/// <remarks>
/// Keys (<c>for</c>, <c>attr.name</c>, <c>attr.type</c>, <c>&lt;default&gt;</c>) map data to our fields by
/// name; other data becomes extra attributes. Data with element content (yEd graphics) and data of keys with
/// a <c>yfiles.type</c> are ignored, as are ports and graph-level data (with a warning). Nested graphs,
/// hyperedges, external locators and a second graph are rejected.
/// </remarks>
internal sealed class GraphMLReader
{
    private readonly ReadSession _s;
    private readonly XmlReader _r;
    private readonly IXmlLineInfo _lines;
    private readonly Dictionary<string, GraphMLKey> _keys = new(StringComparer.Ordinal);
    private readonly List<GraphMLKey> _nodeDefaults = [];
    private readonly List<GraphMLKey> _edgeDefaults = [];
    private readonly string _ns;
    private readonly string _graphml;
    private readonly string _key;
    private readonly string _graph;
    private readonly string _node;
    private readonly string _edge;
    private readonly string _data;
    private readonly string _default;
    private readonly string _hyperedge;
    private readonly string _port;
    private readonly string _locator;
    private readonly string _id;
    private readonly string _for;
    private readonly string _attrName;
    private readonly string _attrType;
    private readonly string _yfilesType;
    private readonly string _source;
    private readonly string _target;
    private readonly string _directed;
    private readonly string _edgedefault;
    private readonly string _sourceport;
    private readonly string _targetport;
    private int _stamp;
    private bool _graphSeen;
    private bool _defaultDirected = true;
    private long _directedEdges;
    private long _undirectedEdges;

    // Neo4j APOC's export (a node key named 'labels'): the 'id' property is the agent id, labels give the kind.
    private bool _apoc;
    private string? _idProperty;
    private string? _labels;
    private Dictionary<string, string>? _renamed;

    private GraphMLReader(ReadSession session, XmlReader reader, NameTable names)
    {
        _s = session;
        _r = reader;
        _lines = (IXmlLineInfo)reader;
        _ns = names.Add(GraphMLFormat.Namespace);
        _graphml = names.Add("graphml");
        _key = names.Add("key");
        _graph = names.Add("graph");
        _node = names.Add("node");
        _edge = names.Add("edge");
        _data = names.Add("data");
        _default = names.Add("default");
        _hyperedge = names.Add("hyperedge");
        _port = names.Add("port");
        _locator = names.Add("locator");
        _id = names.Add("id");
        _for = names.Add("for");
        _attrName = names.Add("attr.name");
        _attrType = names.Add("attr.type");
        _yfilesType = names.Add("yfiles.type");
        _source = names.Add("source");
        _target = names.Add("target");
        _directed = names.Add("directed");
        _edgedefault = names.Add("edgedefault");
        _sourceport = names.Add("sourceport");
        _targetport = names.Add("targetport");
    }

    public static FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        var session = new ReadSession(fileName, options, ct);
        var names = new NameTable();
        var limited = new LimitedReadStream(stream, options.MaxDocumentBytes, session.File);
        using var reader = SecureXml.Create(limited, options, names);
        try
        {
            return new GraphMLReader(session, reader, names).ReadDocument();
        }
        catch (XmlException ex)
        {
            throw SecureXml.Problem(session, ex, limited);
        }
    }

    private long Line => _lines.LineNumber;

    private FormatReadResult ReadDocument()
    {
        if (_r.MoveToContent() != XmlNodeType.Element)
        {
            throw _s.Error(Line, null, "the document has no root element");
        }

        if (!ReferenceEquals(_r.LocalName, _graphml))
        {
            throw _s.Error(Line, null, $"not a GraphML document: the root element is <{ReadSession.Quote(_r.Name)}>, not <graphml>");
        }

        ReadRoot();

        // Read to the end so that trailing garbage (a second root, a truncated tail) is still an error.
        while (_r.Read())
        {
        }

        if (!_graphSeen)
        {
            throw _s.Error(null, null, "the GraphML document has no <graph> element");
        }

        var directed = _directedEdges > 0 || (_undirectedEdges == 0 && _defaultDirected);
        if (directed && _undirectedEdges > 0)
        {
            _s.Notes.Add("{0} undirected edges in a directed graph were read as one transaction from source to target");
        }

        return _s.Finish(directed);
    }

    private bool InGraphMLNamespace()
    {
        var ns = _r.NamespaceURI;
        return ns.Length == 0 || ReferenceEquals(ns, _ns) || string.Equals(ns, GraphMLFormat.Namespace, StringComparison.Ordinal);
    }

    private void ReadRoot()
    {
        if (_r.IsEmptyElement)
        {
            _r.Read();
            return;
        }

        _r.Read();
        while (true)
        {
            switch (_r.NodeType)
            {
                case XmlNodeType.Element:
                    var name = _r.LocalName;
                    if (!InGraphMLNamespace())
                    {
                        _r.Skip();
                    }
                    else if (ReferenceEquals(name, _key))
                    {
                        ReadKey();
                    }
                    else if (ReferenceEquals(name, _graph))
                    {
                        if (_graphSeen)
                        {
                            throw _s.Error(Line, null, "the document has more than one <graph>; only one graph per file is supported");
                        }

                        _graphSeen = true;
                        ReadGraph();
                    }
                    else
                    {
                        if (ReferenceEquals(name, _data))
                        {
                            _s.Notes.Add("{0} document-level <data> values ignored");
                        }

                        _r.Skip();
                    }

                    break;
                case XmlNodeType.EndElement:
                    _r.Read();
                    return;
                case XmlNodeType.None:
                    throw _s.Error(Line, null, "the document ends inside <graphml>");
                default:
                    _r.Read();
                    break;
            }
        }
    }

    private void ReadKey()
    {
        var line = Line;
        string? id = null, scope = null, name = null, type = null, yfiles = null;
        while (_r.MoveToNextAttribute())
        {
            var attribute = _r.LocalName;
            if (ReferenceEquals(attribute, _id))
            {
                id = _r.Value;
            }
            else if (ReferenceEquals(attribute, _for))
            {
                scope = _r.Value;
            }
            else if (ReferenceEquals(attribute, _attrName))
            {
                name = _r.Value;
            }
            else if (ReferenceEquals(attribute, _attrType))
            {
                type = _r.Value;
            }
            else if (ReferenceEquals(attribute, _yfilesType))
            {
                yfiles = _r.Value;
            }
        }

        _r.MoveToElement();
        if (id is null)
        {
            throw _s.Error(line, null, "a <key> has no id attribute");
        }

        if (_keys.Count >= _s.Options.MaxAttributeNames)
        {
            throw _s.Error(line, null, $"more than {_s.Options.MaxAttributeNames:N0} keys (FormatReadOptions.MaxAttributeNames)");
        }

        string? defaultValue = null;
        if (_r.IsEmptyElement)
        {
            _r.Read();
        }
        else
        {
            _r.Read();
            while (_r.NodeType != XmlNodeType.EndElement)
            {
                if (_r.NodeType == XmlNodeType.Element && ReferenceEquals(_r.LocalName, _default) && InGraphMLNamespace())
                {
                    defaultValue = _s.Value(ReadContent(out _), Line, name ?? id);
                }
                else if (_r.NodeType == XmlNodeType.Element)
                {
                    _r.Skip();
                }
                else if (!_r.Read())
                {
                    throw _s.Error(Line, null, "the document ends inside a <key>");
                }
            }

            _r.Read();
        }

        var key = new GraphMLKey(id, string.IsNullOrWhiteSpace(name) ? id : name, scope ?? "all", type, ignored: yfiles is not null) { Default = defaultValue };
        _apoc |= key.ForNodes && key.Name == ApocLabels;
        if (!_keys.TryAdd(id, key))
        {
            _s.Notes.Add($"key id '{Notes.Literal(id)}' declared {{0}} more times; the last declaration used");
            _keys[id] = key;
            _nodeDefaults.RemoveAll(k => k.Id == id);
            _edgeDefaults.RemoveAll(k => k.Id == id);
        }

        if (defaultValue is not null && !key.Ignored)
        {
            if (key.ForNodes)
            {
                _nodeDefaults.Add(key);
            }

            if (key.ForEdges)
            {
                _edgeDefaults.Add(key);
            }
        }
    }

    private void ReadGraph()
    {
        var line = Line;
        string? edgeDefault = null;
        while (_r.MoveToNextAttribute())
        {
            if (ReferenceEquals(_r.LocalName, _edgedefault))
            {
                edgeDefault = _r.Value;
            }
        }

        _r.MoveToElement();
        _defaultDirected = edgeDefault switch
        {
            null or "directed" => true,
            "undirected" => false,
            _ => throw _s.Error(line, null, $"edgedefault must be 'directed' or 'undirected', not '{ReadSession.Quote(edgeDefault)}'"),
        };

        if (_r.IsEmptyElement)
        {
            _r.Read();
            return;
        }

        _r.Read();
        while (true)
        {
            switch (_r.NodeType)
            {
                case XmlNodeType.Element:
                    var name = _r.LocalName;
                    if (!InGraphMLNamespace())
                    {
                        _r.Skip();
                    }
                    else if (ReferenceEquals(name, _node))
                    {
                        ReadNode();
                    }
                    else if (ReferenceEquals(name, _edge))
                    {
                        ReadEdge();
                    }
                    else if (ReferenceEquals(name, _hyperedge))
                    {
                        throw _s.Error(Line, null, "hyperedges are not supported (an edge joins exactly two nodes in a transaction network)");
                    }
                    else if (ReferenceEquals(name, _graph))
                    {
                        throw _s.Error(Line, null, "nested graphs are not supported");
                    }
                    else if (ReferenceEquals(name, _locator))
                    {
                        throw _s.Error(Line, null, "a <locator> (graph content in another file) is not supported");
                    }
                    else
                    {
                        if (ReferenceEquals(name, _data))
                        {
                            _s.Notes.Add("{0} graph-level <data> values ignored");
                        }

                        _r.Skip();
                    }

                    break;
                case XmlNodeType.EndElement:
                    _r.Read();
                    return;
                case XmlNodeType.None:
                    throw _s.Error(Line, null, "the document ends inside <graph>");
                default:
                    _r.Read();
                    break;
            }
        }
    }

    private void ReadNode()
    {
        var line = Line;
        string? rawId = null;
        while (_r.MoveToNextAttribute())
        {
            if (ReferenceEquals(_r.LocalName, _id))
            {
                rawId = _r.Value;
            }
        }

        _r.MoveToElement();
        if (rawId is null)
        {
            throw _s.Error(line, null, "a <node> has no id attribute");
        }

        var id = _s.Id(rawId, line, "node id");
        var draft = _s.AgentDraft;
        draft.Reset();
        _idProperty = _labels = null;
        _stamp++;
        ReadChildren(line, isNode: true);
        foreach (var key in _nodeDefaults)
        {
            if (key.Seen != _stamp)
            {
                SetNodeValue(key, key.Default!);
            }
        }

        if (_apoc)
        {
            id = ApocNode(id, draft, line);
        }

        _s.AddAgent(RecordAssembler.BuildAgent(_s, id, draft, line), line);
    }

    private void ReadEdge()
    {
        var line = Line;
        string? id = null, source = null, target = null, directed = null;
        var port = false;
        while (_r.MoveToNextAttribute())
        {
            var attribute = _r.LocalName;
            if (ReferenceEquals(attribute, _source))
            {
                source = _r.Value;
            }
            else if (ReferenceEquals(attribute, _target))
            {
                target = _r.Value;
            }
            else if (ReferenceEquals(attribute, _id))
            {
                id = _r.Value;
            }
            else if (ReferenceEquals(attribute, _directed))
            {
                directed = _r.Value;
            }
            else if (ReferenceEquals(attribute, _sourceport) || ReferenceEquals(attribute, _targetport))
            {
                port = true;
            }
        }

        _r.MoveToElement();
        if (source is null || target is null)
        {
            throw _s.Error(line, null, "an <edge> needs both a source and a target attribute");
        }

        if (port)
        {
            _s.Notes.Add("{0} edge ports ignored (the edge joins the nodes themselves)");
        }

        var isDirected = directed switch
        {
            null => _defaultDirected,
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw _s.Error(line, null, $"the directed attribute must be true or false, not '{ReadSession.Quote(directed)}'"),
        };
        if (isDirected)
        {
            _directedEdges++;
        }
        else
        {
            _undirectedEdges++;
        }

        var from = _s.Endpoint(Renamed(_s.Id(source, line, "edge source")), line);
        var to = _s.Endpoint(Renamed(_s.Id(target, line, "edge target")), line);
        var draft = _s.TransactionDraft;
        draft.Reset();
        draft.Id = id is null ? null : _s.Value(id, line, "id");
        _stamp++;
        ReadChildren(line, isNode: false);
        foreach (var key in _edgeDefaults)
        {
            if (key.Seen != _stamp)
            {
                SetEdgeValue(key, key.Default!);
            }
        }

        if (_apoc && draft.Kind is null && draft.Extras.FirstOrDefault(e => e.Key == ApocType) is { Value: { } type })
        {
            // A relationship type (KNOWS, PAID) is its kind, as the APOC JSON reader reads it; not ours: original_kind.
            draft.Kind = type.ToLowerInvariant();
        }

        _s.AddTransaction(RecordAssembler.BuildTransaction(_s, from.Id, to.Id, draft, line), from.Index, to.Index, line);
    }

    private const string ApocLabels = "labels";
    private const string ApocType = "label";

    // The agent id of an APOC node: its 'id' property when it has one (the GraphML id n0, n1, ... is APOC's
    // internal number), and its kind from the first label that is a kind word when no 'kind' property says it.
    private string ApocNode(string graphmlId, AgentDraft draft, long line)
    {
        if (draft.Kind is null && _labels is not null)
        {
            // Else the first other label, which the assembler reads as person keeping the word in original_kind.
            var labels = _labels.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            draft.Kind = labels.FirstOrDefault(l => DomainWords.TryParseAgentKind(l, out _))
                ?? labels.FirstOrDefault(l => l != Neo4j.Neo4jGraph.AgentLabel);
        }

        if (_idProperty is null)
        {
            return graphmlId;
        }

        var id = _s.Id(_idProperty, line, "id property");
        if (id != graphmlId)
        {
            (_renamed ??= new(StringComparer.Ordinal))[graphmlId] = id;
        }

        return id;
    }

    private string Renamed(string graphmlId) => _renamed is not null && _renamed.TryGetValue(graphmlId, out var id) ? id : graphmlId;

    private void ReadChildren(long line, bool isNode)
    {
        if (_r.IsEmptyElement)
        {
            _r.Read();
            return;
        }

        _r.Read();
        while (true)
        {
            switch (_r.NodeType)
            {
                case XmlNodeType.Element:
                    var name = _r.LocalName;
                    if (!InGraphMLNamespace())
                    {
                        _r.Skip();
                    }
                    else if (ReferenceEquals(name, _data))
                    {
                        ReadData(isNode);
                    }
                    else if (ReferenceEquals(name, _graph))
                    {
                        throw _s.Error(Line, null, $"nested graphs are not supported (the {(isNode ? "node" : "edge")} at line {line} contains a <graph>)");
                    }
                    else
                    {
                        if (ReferenceEquals(name, _port))
                        {
                            _s.Notes.Add("{0} node ports ignored");
                        }

                        _r.Skip();
                    }

                    break;
                case XmlNodeType.EndElement:
                    _r.Read();
                    return;
                case XmlNodeType.None:
                    throw _s.Error(Line, null, "the document ends inside a node or edge");
                default:
                    _r.Read();
                    break;
            }
        }
    }

    private void ReadData(bool isNode)
    {
        var line = Line;
        string? keyId = null;
        while (_r.MoveToNextAttribute())
        {
            if (ReferenceEquals(_r.LocalName, _key))
            {
                keyId = _r.Value;
            }
        }

        _r.MoveToElement();
        if (keyId is null)
        {
            throw _s.Error(line, null, "a <data> element has no key attribute");
        }

        var value = ReadContent(out var complex);
        if (!_keys.TryGetValue(keyId, out var key))
        {
            _s.Notes.Add("{0} <data> values of undeclared keys ignored");
            return;
        }

        if (key.Ignored || complex)
        {
            _s.Notes.Add("{0} <data> values with XML content (e.g. yEd graphics) ignored");
            return;
        }

        if (key.Scope == "graph")
        {
            _s.Notes.Add("{0} <data> values of graph-level keys on nodes or edges ignored");
            return;
        }

        key.Seen = _stamp;
        _s.Value(value, line, key.Name);
        if (isNode)
        {
            SetNodeValue(key, value);
        }
        else
        {
            SetEdgeValue(key, value);
        }
    }

    private void SetNodeValue(GraphMLKey key, string value)
    {
        if (_apoc && key.AgentField == AgentField.Reserved && string.Equals(key.Name, "id", StringComparison.OrdinalIgnoreCase))
        {
            _idProperty = value;
            return;
        }

        if (_apoc && key.Name == ApocLabels)
        {
            _labels = value;
        }

        if (!_s.AgentDraft.Set(key.AgentField, key.Name, value))
        {
            _s.Notes.Add($"{{0}} node values of key '{Notes.Literal(key.Name)}' ignored: the node id is the id attribute");
        }
    }

    private void SetEdgeValue(GraphMLKey key, string value)
    {
        if (!_s.TransactionDraft.Set(key.TransactionField, key.Name, value))
        {
            _s.Notes.Add($"{{0}} edge values of key '{Notes.Literal(key.Name)}' ignored: source and target are attributes of the edge");
        }
    }

    /// <summary>The text content of the current element; sets <paramref name="complex"/> when it has child elements.</summary>
    private string ReadContent(out bool complex)
    {
        complex = false;
        if (_r.IsEmptyElement)
        {
            _r.Read();
            return string.Empty;
        }

        _r.Read();
        string? value = null;
        StringBuilder? joined = null;
        while (true)
        {
            switch (_r.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    var part = _r.Value;
                    if (value is null)
                    {
                        value = part;
                    }
                    else
                    {
                        joined ??= new StringBuilder(value);
                        joined.Append(part);
                        if (joined.Length > _s.Options.MaxAttributeLength)
                        {
                            throw _s.Error(Line, null, $"a value is longer than {_s.Options.MaxAttributeLength:N0} characters (FormatReadOptions.MaxAttributeLength)");
                        }
                    }

                    _r.Read();
                    break;
                case XmlNodeType.Element:
                    complex = true;
                    _r.Skip();
                    break;
                case XmlNodeType.EndElement:
                    _r.Read();
                    return joined?.ToString() ?? value ?? string.Empty;
                case XmlNodeType.None:
                    throw _s.Error(Line, null, "the document ends inside an element");
                default:
                    _r.Read();
                    break;
            }
        }
    }
}
