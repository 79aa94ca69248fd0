using System.Xml;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Gexf;

/// <summary>
/// Streams a GEXF 1.1draft, 1.2draft or 1.3 document into a network in one <see cref="XmlReader"/> pass.
/// </summary>
/// <remarks>
/// Node <c>label</c> is the agent name; edge <c>weight</c> and <c>kind</c> (1.3) are the transaction weight
/// and kind; typed attribute columns map by title. An edge's time is its <c>timestamp</c>, its <c>start</c>,
/// or its first spell or timestamp (later ones and interval ends are dropped with a warning); times in the
/// <c>integer</c>/<c>double</c> time formats have no calendar meaning and are kept as attributes.
/// Viz data and node spells are ignored; nested nodes (hierarchies) are rejected.
/// </remarks>
internal sealed class GexfReader
{
    private static readonly string[] _knownNamespaces =
    [
        "http://gexf.net/1.3", "http://gexf.net/1.2", "http://www.gexf.net/1.3", "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.1draft",
    ];

    private readonly ReadSession _s;
    private readonly XmlReader _r;
    private readonly IXmlLineInfo _lines;
    private readonly Dictionary<string, GexfColumn> _nodeColumns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GexfColumn> _edgeColumns = new(StringComparer.Ordinal);
    private readonly List<GexfColumn> _nodeDefaults = [];
    private readonly List<GexfColumn> _edgeDefaults = [];
    private readonly string _gexf, _graph, _attributes, _attribute, _default, _nodes, _node, _edges, _edge, _attvalues, _attvalue;
    private readonly string _spells, _spell, _timestamps, _timestamp, _id, _for, _title, _type, _class, _label, _source, _target;
    private readonly string _weight, _kind, _start, _end, _value, _pid, _defaultedgetype, _timeformat, _parents;
    private string _ns = string.Empty;
    private bool _calendarTime = true;
    private bool _defaultDirected;
    private bool _graphSeen;
    private long _directedEdges;
    private long _undirectedEdges;
    private int _stamp;

    private GexfReader(ReadSession session, XmlReader reader, NameTable names)
    {
        _s = session;
        _r = reader;
        _lines = (IXmlLineInfo)reader;
        _gexf = names.Add("gexf");
        _graph = names.Add("graph");
        _attributes = names.Add("attributes");
        _attribute = names.Add("attribute");
        _default = names.Add("default");
        _nodes = names.Add("nodes");
        _node = names.Add("node");
        _edges = names.Add("edges");
        _edge = names.Add("edge");
        _attvalues = names.Add("attvalues");
        _attvalue = names.Add("attvalue");
        _spells = names.Add("spells");
        _spell = names.Add("spell");
        _timestamps = names.Add("timestamps");
        _timestamp = names.Add("timestamp");
        _id = names.Add("id");
        _for = names.Add("for");
        _title = names.Add("title");
        _type = names.Add("type");
        _class = names.Add("class");
        _label = names.Add("label");
        _source = names.Add("source");
        _target = names.Add("target");
        _weight = names.Add("weight");
        _kind = names.Add("kind");
        _start = names.Add("start");
        _end = names.Add("end");
        _value = names.Add("value");
        _pid = names.Add("pid");
        _defaultedgetype = names.Add("defaultedgetype");
        _timeformat = names.Add("timeformat");
        _parents = names.Add("parents");
    }

    public static FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        var session = new ReadSession(fileName, options, ct);
        var names = new NameTable();
        var limited = new LimitedReadStream(stream, options.MaxDocumentBytes, session.File);
        using var reader = SecureXml.Create(limited, options, names);
        try
        {
            return new GexfReader(session, reader, names).ReadDocument();
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

        if (!ReferenceEquals(_r.LocalName, _gexf))
        {
            throw _s.Error(Line, null, $"not a GEXF document: the root element is <{ReadSession.Quote(_r.Name)}>, not <gexf>");
        }

        _ns = _r.NamespaceURI;
        if (_ns.Length > 0 && !_knownNamespaces.Contains(_ns, StringComparer.Ordinal))
        {
            _s.Notes.Add($"the root element is in the unknown namespace '{Notes.Literal(_ns)}'; read as GEXF ({{0}} document)");
        }

        if (Enter())
        {
            while (NextChild())
            {
                if (Is(_graph))
                {
                    if (_graphSeen)
                    {
                        throw _s.Error(Line, null, "the document has more than one <graph>");
                    }

                    _graphSeen = true;
                    ReadGraph();
                }
                else
                {
                    _r.Skip();
                }
            }
        }

        while (_r.Read())
        {
        }

        if (!_graphSeen)
        {
            throw _s.Error(null, null, "the GEXF document has no <graph> element");
        }

        var directed = _directedEdges > 0 || (_undirectedEdges == 0 && _defaultDirected);
        if (directed && _undirectedEdges > 0)
        {
            _s.Notes.Add("{0} undirected or mutual edges in a directed graph were read as one transaction from source to target");
        }

        return _s.Finish(directed);
    }

    private bool Is(string atom) => ReferenceEquals(_r.LocalName, atom) && (ReferenceEquals(_r.NamespaceURI, _ns) || _r.NamespaceURI.Length == 0);

    /// <summary>Moves into the current element's content; false (and past it) when it is empty.</summary>
    private bool Enter()
    {
        if (_r.IsEmptyElement)
        {
            _r.Read();
            return false;
        }

        _r.Read();
        return true;
    }

    /// <summary>Moves to the next child element; false (and past the parent's end tag) when there is none.</summary>
    private bool NextChild()
    {
        while (true)
        {
            switch (_r.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    _r.Read();
                    return false;
                case XmlNodeType.None:
                    throw _s.Error(Line, null, "the document ends inside an element");
                default:
                    _r.Read();
                    break;
            }
        }
    }

    private string? Attribute(string atom)
    {
        if (!_r.MoveToFirstAttribute())
        {
            return null;
        }

        string? value = null;
        do
        {
            if (ReferenceEquals(_r.LocalName, atom))
            {
                value = _r.Value;
                break;
            }
        }
        while (_r.MoveToNextAttribute());
        _r.MoveToElement();
        return value;
    }

    private void ReadGraph()
    {
        var line = Line;
        var edgeType = Attribute(_defaultedgetype);
        var timeFormat = Attribute(_timeformat);
        _defaultDirected = edgeType switch
        {
            "directed" => true,
            null or "undirected" or "mutual" => false,
            _ => throw _s.Error(line, null, $"defaultedgetype must be directed, undirected or mutual, not '{ReadSession.Quote(edgeType)}'"),
        };
        _calendarTime = timeFormat is "date" or "dateTime" or "datetime";
        if (timeFormat is null)
        {
            // The GEXF default is double, but files with ISO dates and no timeformat exist: decided per value.
            _calendarTime = true;
        }

        if (!Enter())
        {
            return;
        }

        while (NextChild())
        {
            if (Is(_attributes))
            {
                ReadColumns();
            }
            else if (Is(_nodes))
            {
                if (Enter())
                {
                    while (NextChild())
                    {
                        if (Is(_node))
                        {
                            ReadNode();
                        }
                        else
                        {
                            _r.Skip();
                        }
                    }
                }
            }
            else if (Is(_edges))
            {
                if (Enter())
                {
                    while (NextChild())
                    {
                        if (Is(_edge))
                        {
                            ReadEdge();
                        }
                        else
                        {
                            _r.Skip();
                        }
                    }
                }
            }
            else
            {
                _r.Skip();
            }
        }
    }

    private void ReadColumns()
    {
        var line = Line;
        var kind = Attribute(_class);
        var columns = kind switch
        {
            "node" => _nodeColumns,
            "edge" => _edgeColumns,
            _ => null,
        };
        if (columns is null)
        {
            _s.Notes.Add("{0} <attributes> blocks of a class other than node or edge ignored");
            _r.Skip();
            return;
        }

        if (!Enter())
        {
            return;
        }

        while (NextChild())
        {
            if (!Is(_attribute))
            {
                _r.Skip();
                continue;
            }

            line = Line;
            var id = Attribute(_id);
            var title = Attribute(_title);
            var type = Attribute(_type);
            if (id is null)
            {
                throw _s.Error(line, null, "an <attribute> has no id");
            }

            if (_nodeColumns.Count + _edgeColumns.Count >= _s.Options.MaxAttributeNames)
            {
                throw _s.Error(line, null, $"more than {_s.Options.MaxAttributeNames:N0} attribute columns (FormatReadOptions.MaxAttributeNames)");
            }

            var column = new GexfColumn(string.IsNullOrWhiteSpace(title) ? id : title, type, columns == _nodeColumns);
            if (Enter())
            {
                while (NextChild())
                {
                    if (Is(_default))
                    {
                        column.Default = _s.Value(_r.ReadElementContentAsString(), Line, column.Title);
                    }
                    else
                    {
                        _r.Skip();
                    }
                }
            }

            if (!columns.TryAdd(id, column))
            {
                _s.Notes.Add("{0} attribute columns declared twice; the last declaration used");
                columns[id] = column;
            }
        }

        var defaults = columns == _nodeColumns ? _nodeDefaults : _edgeDefaults;
        defaults.Clear();
        defaults.AddRange(columns.Values.Where(c => c.Default is not null));
    }

    private void ReadNode()
    {
        var line = Line;
        string? rawId = null, label = null;
        var dynamic = false;
        if (_r.MoveToFirstAttribute())
        {
            do
            {
                var name = _r.LocalName;
                if (ReferenceEquals(name, _id))
                {
                    rawId = _r.Value;
                }
                else if (ReferenceEquals(name, _label))
                {
                    label = _r.Value;
                }
                else if (ReferenceEquals(name, _start) || ReferenceEquals(name, _end) || ReferenceEquals(name, _timestamp))
                {
                    dynamic = true;
                }
                else if (ReferenceEquals(name, _pid))
                {
                    _s.Notes.Add("{0} node parent ids (pid) ignored");
                }
            }
            while (_r.MoveToNextAttribute());
            _r.MoveToElement();
        }

        if (rawId is null)
        {
            throw _s.Error(line, null, "a <node> has no id attribute");
        }

        var id = _s.Id(rawId, line, "node id");
        var draft = _s.AgentDraft;
        draft.Reset();
        _stamp++;
        if (Enter())
        {
            while (NextChild())
            {
                if (Is(_attvalues))
                {
                    ReadValues(_nodeColumns, isNode: true);
                }
                else if (Is(_nodes))
                {
                    throw _s.Error(Line, null, $"nested nodes (node hierarchies) are not supported (the node at line {line} contains <nodes>)");
                }
                else
                {
                    dynamic |= Is(_spells);
                    if (Is(_parents))
                    {
                        _s.Notes.Add("{0} node parents ignored");
                    }

                    _r.Skip();
                }
            }
        }

        if (dynamic)
        {
            _s.Notes.Add("{0} node spells and times ignored (agents have no lifetime in our model)");
        }

        ApplyDefaults(_nodeDefaults, isNode: true);
        if (label is not null)
        {
            _s.Value(label, line, "label");
            if (!draft.NamePresent)
            {
                draft.Name = label;
            }
            else
            {
                draft.Extras.Add(new("label", label));
            }
        }

        _s.AddAgent(RecordAssembler.BuildAgent(_s, id, draft, line), line);
    }

    private void ReadEdge()
    {
        var line = Line;
        string? id = null, source = null, target = null, type = null, label = null, weight = null, kind = null, start = null, timestamp = null;
        var hasEnd = false;
        if (_r.MoveToFirstAttribute())
        {
            do
            {
                var name = _r.LocalName;
                if (ReferenceEquals(name, _source))
                {
                    source = _r.Value;
                }
                else if (ReferenceEquals(name, _target))
                {
                    target = _r.Value;
                }
                else if (ReferenceEquals(name, _id))
                {
                    id = _r.Value;
                }
                else if (ReferenceEquals(name, _type))
                {
                    type = _r.Value;
                }
                else if (ReferenceEquals(name, _weight))
                {
                    weight = _r.Value;
                }
                else if (ReferenceEquals(name, _kind))
                {
                    kind = _r.Value;
                }
                else if (ReferenceEquals(name, _label))
                {
                    label = _r.Value;
                }
                else if (ReferenceEquals(name, _start))
                {
                    start = _r.Value;
                }
                else if (ReferenceEquals(name, _timestamp))
                {
                    timestamp = _r.Value;
                }
                else if (ReferenceEquals(name, _end))
                {
                    hasEnd = true;
                }
            }
            while (_r.MoveToNextAttribute());
            _r.MoveToElement();
        }

        if (source is null || target is null)
        {
            throw _s.Error(line, null, "an <edge> needs both a source and a target attribute");
        }

        var isDirected = type switch
        {
            null => _defaultDirected,
            "directed" => true,
            "undirected" or "mutual" => false,
            _ => throw _s.Error(line, null, $"the edge type must be directed, undirected or mutual, not '{ReadSession.Quote(type)}'"),
        };
        if (isDirected)
        {
            _directedEdges++;
        }
        else
        {
            _undirectedEdges++;
        }

        var from = _s.Endpoint(_s.Id(source, line, "edge source"), line);
        var to = _s.Endpoint(_s.Id(target, line, "edge target"), line);
        var draft = _s.TransactionDraft;
        draft.Reset();
        draft.Id = id is null ? null : _s.Value(id, line, "id");
        draft.Weight = weight;
        draft.Kind = kind;
        var times = new TimeSlot(timestamp ?? start, timestamp is not null ? "timestamp" : "start");
        _stamp++;
        if (Enter())
        {
            while (NextChild())
            {
                if (Is(_attvalues))
                {
                    ReadValues(_edgeColumns, isNode: false);
                }
                else if (Is(_spells) || Is(_timestamps))
                {
                    ReadTimes(ref times, ref hasEnd);
                }
                else
                {
                    _r.Skip();
                }
            }
        }

        ApplyDefaults(_edgeDefaults, isNode: false);
        if (label is not null)
        {
            draft.Extras.Add(new("label", _s.Value(label, line, "label")));
        }

        if (hasEnd)
        {
            _s.Notes.Add("{0} edge interval ends dropped (a transaction happens at one time)");
        }

        if (times.Extra > 0)
        {
            _s.Notes.Add("{0} later spells or timestamps of edges dropped (a transaction has one time; only the first kept)", times.Extra);
        }

        if (times.Value is { } time && draft.Time is null)
        {
            if (FieldText.TryParseTime(time, out _) || _calendarTime && !FieldText.TryParseDouble(time, out _))
            {
                draft.Time = time;
            }
            else
            {
                _s.Notes.Add("{0} edge times without calendar meaning (integer or double time format) kept as attributes");
                draft.Extras.Add(new(times.Name, time));
            }
        }

        _s.AddTransaction(RecordAssembler.BuildTransaction(_s, from.Id, to.Id, draft, line), from.Index, to.Index, line);
    }

    private void ReadTimes(ref TimeSlot times, ref bool hasEnd)
    {
        if (!Enter())
        {
            return;
        }

        while (NextChild())
        {
            if (Is(_spell) || Is(_timestamp))
            {
                var value = Attribute(_timestamp) ?? Attribute(_start) ?? Attribute(_value);
                hasEnd |= Attribute(_end) is not null;
                if (value is not null)
                {
                    if (times.Value is null)
                    {
                        times = new TimeSlot(value, "start");
                    }
                    else
                    {
                        times.Extra++;
                    }
                }
            }

            _r.Skip();
        }
    }

    private void ReadValues(Dictionary<string, GexfColumn> columns, bool isNode)
    {
        if (!Enter())
        {
            return;
        }

        while (NextChild())
        {
            if (!Is(_attvalue))
            {
                _r.Skip();
                continue;
            }

            var line = Line;
            string? key = null, value = null;
            var dynamic = false;
            if (_r.MoveToFirstAttribute())
            {
                do
                {
                    var name = _r.LocalName;
                    if (ReferenceEquals(name, _for) || (key is null && ReferenceEquals(name, _id)))
                    {
                        key = _r.Value;
                    }
                    else if (ReferenceEquals(name, _value))
                    {
                        value = _r.Value;
                    }
                    else if (ReferenceEquals(name, _start) || ReferenceEquals(name, _end) || ReferenceEquals(name, _timestamp))
                    {
                        dynamic = true;
                    }
                }
                while (_r.MoveToNextAttribute());
                _r.MoveToElement();
            }

            _r.Skip();
            if (key is null || value is null)
            {
                throw _s.Error(line, null, "an <attvalue> needs a for and a value attribute");
            }

            if (!columns.TryGetValue(key, out var column))
            {
                throw _s.Error(line, null, $"<attvalue> for undeclared attribute '{ReadSession.Quote(key)}'");
            }

            if (column.Seen == _stamp)
            {
                _s.Notes.Add(dynamic
                    ? "{0} later values of dynamic attributes dropped (only the first kept)"
                    : "{0} repeated attribute values dropped (only the first kept)");
                continue;
            }

            column.Seen = _stamp;
            Set(column, _s.Value(value, line, column.Title), isNode);
        }
    }

    private void ApplyDefaults(List<GexfColumn> columns, bool isNode)
    {
        foreach (var column in columns)
        {
            if (column.Seen != _stamp)
            {
                Set(column, column.Default!, isNode);
            }
        }
    }

    private void Set(GexfColumn column, string value, bool isNode)
    {
        var stored = isNode
            ? _s.AgentDraft.Set(column.AgentField, column.Title, value)
            : _s.TransactionDraft.Set(column.TransactionField, column.Title, value);
        if (!stored)
        {
            _s.Notes.Add($"{{0}} values of attribute '{Notes.Literal(column.Title)}' ignored: the name is used by the element itself");
        }
    }

    /// <summary>The first time of an edge, where it came from, and how many more were dropped.</summary>
    private struct TimeSlot(string? value, string name)
    {
        public string? Value = value;
        public string Name = name;
        public int Extra;
    }
}
