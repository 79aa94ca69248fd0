using System.Globalization;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Pajek;

/// <summary>
/// Reads a Pajek <c>.net</c> file: <c>*Vertices n</c> (checked against
/// <see cref="FormatReadOptions.MaxDeclaredSize"/> before anything is allocated, and made into agents by
/// what the file contains: see <see cref="DeclaredNodes"/>), vertex lines
/// <c>index "label" [x y z] [parameters]</c>, then <c>*Arcs</c>, <c>*Edges</c>, <c>*Arcslist</c>,
/// <c>*Edgeslist</c> or <c>*Matrix</c> sections. Indices are 1-based.
/// </summary>
/// <remarks>
/// A vertex's label is its agent id when the labels are unique; otherwise (or for vertices without a
/// label) every agent's id is its index and the label its name. Coordinates and drawing parameters are
/// ignored. The relation label of <c>*Arcs :k "label"</c> is kept in the <c>relation</c> attribute.
/// </remarks>
internal sealed class PajekReader
{
    private readonly ReadSession _s;
    private readonly LineReader _lines;
    private readonly List<string> _tokens = [];
    private string?[] _labels = [];
    private string[] _ids = [];
    private int _vertexCount = -1;
    private DeclaredNodes? _declared;
    private bool _verticesDone;
    private bool _useLabels;
    private Section _section;
    private string? _relation;
    private long _arcs;
    private long _edges;
    private bool _arcSection;
    private bool _edgeSection;
    private int _matrixRow;

    private PajekReader(ReadSession session, LineReader lines)
    {
        _s = session;
        _lines = lines;
    }

    private enum Section
    {
        None,
        Vertices,
        Arcs,
        Edges,
        ArcsList,
        EdgesList,
        Matrix,
    }

    public static FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        var session = new ReadSession(fileName, options, ct);
        var limited = new LimitedReadStream(stream, options.MaxDocumentBytes, session.File);
        return new PajekReader(session, new LineReader(limited, session)).ReadFile();
    }

    private FormatReadResult ReadFile()
    {
        while (_lines.ReadLine(out var line))
        {
            var text = line.AsSpan().TrimStart();
            if (text.IsEmpty || text[0] == '%')
            {
                continue;
            }

            if (!LineTokens.Split(line, _tokens))
            {
                throw _lines.Error("a quoted label is not closed");
            }

            if (text[0] == '*')
            {
                StartSection();
                continue;
            }

            switch (_section)
            {
                case Section.None:
                    throw _lines.Error("data before the *Vertices line");
                case Section.Vertices:
                    ReadVertex();
                    break;
                case Section.Arcs:
                case Section.Edges:
                    ReadPair();
                    break;
                case Section.ArcsList:
                case Section.EdgesList:
                    ReadList();
                    break;
                case Section.Matrix:
                    ReadMatrixRow();
                    break;
            }
        }

        if (_vertexCount < 0)
        {
            throw _s.Error(_lines.LineNumber, null, "the file has no *Vertices line; is it a Pajek .net file?");
        }

        EndMatrix();
        FinishVertices();
        _declared!.Finish();
        var directed = _arcs > 0 || !(_edges > 0 || (_edgeSection && !_arcSection));
        if (directed && _edges > 0)
        {
            _s.Notes.Add("{0} undirected edges (*Edges) in a network with arcs were read as one transaction from the first vertex to the second");
        }

        return _s.Finish(directed);
    }

    private void StartSection()
    {
        var keyword = _tokens[0].ToLowerInvariant();
        EndMatrix();
        switch (keyword)
        {
            case "*network":
                if (_vertexCount >= 0)
                {
                    throw _lines.Error("a second *Network: files with several networks (Pajek projects) are not supported");
                }

                return;
            case "*vertices":
                if (_vertexCount >= 0)
                {
                    throw _lines.Error("a second *Vertices line: files with several networks (Pajek projects) are not supported");
                }

                if (_tokens.Count < 2 || !long.TryParse(_tokens[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
                {
                    throw _lines.Error("*Vertices must be followed by the number of vertices");
                }

                if (n > _s.Options.MaxDeclaredSize)
                {
                    throw _lines.Error($"*Vertices declares {n:N0} vertices, more than {_s.Options.MaxDeclaredSize:N0} (FormatReadOptions.MaxDeclaredSize)");
                }

                if (n > _s.Options.MaxNodes)
                {
                    throw _lines.Error($"*Vertices declares {n:N0} vertices, more than {_s.Options.MaxNodes:N0} (FormatReadOptions.MaxNodes)");
                }

                _vertexCount = (int)n;
                // Sized by the vertex lines actually read, not by the declared count (a 28-byte file can declare a million).
                _labels = new string?[Math.Min(_vertexCount, 1024)];
                _declared = new DeclaredNodes(_s, _vertexCount, _lines.LineNumber, $"*Vertices declares {n:N0} vertices", CreateAgents, Emit);
                _section = Section.Vertices;
                return;
            case "*arcs":
            case "*edges":
            case "*arcslist":
            case "*edgeslist":
            case "*matrix":
                if (_vertexCount < 0)
                {
                    throw _lines.Error($"{_tokens[0]} before the *Vertices line");
                }

                FinishVertices();
                _section = keyword switch
                {
                    "*arcs" => Section.Arcs,
                    "*edges" => Section.Edges,
                    "*arcslist" => Section.ArcsList,
                    "*edgeslist" => Section.EdgesList,
                    _ => Section.Matrix,
                };
                _arcSection |= _section is Section.Arcs or Section.ArcsList or Section.Matrix;
                _edgeSection |= _section is Section.Edges or Section.EdgesList;
                _relation = _tokens.Count > 1 && _tokens[1].StartsWith(':') ? (_tokens.Count > 2 ? _tokens[2] : _tokens[1][1..]) : null;
                _matrixRow = 0;
                return;
            default:
                throw _lines.Error($"the section {ReadSession.Quote(_tokens[0])} is not supported (only *Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist and *Matrix)");
        }
    }

    private void ReadVertex()
    {
        var index = Index(_tokens[0]);
        if (index >= _labels.Length)
        {
            Array.Resize(ref _labels, (int)Math.Min(_vertexCount, Math.Max(index + 1L, 2L * _labels.Length)));
        }

        if (_labels[index] is not null)
        {
            throw _lines.Error($"vertex {index + 1} is listed twice");
        }

        var label = _tokens.Count > 1 ? _s.Value(_tokens[1], _lines.LineNumber, "label").Trim() : string.Empty;
        _labels[index] = label;
        _declared!.Appears(index);
        if (_tokens.Count > 2)
        {
            _s.Notes.Add("{0} vertex lines had coordinates or drawing parameters, ignored");
        }
    }

    // At the end of the vertex lines: ids are the labels when every vertex has a unique one. The agents
    // themselves are created by DeclaredNodes once the file shows enough of them exist.
    private void FinishVertices()
    {
        if (_verticesDone || _vertexCount < 0)
        {
            return;
        }

        _verticesDone = true;
        var unique = new HashSet<string>(StringComparer.Ordinal);
        _useLabels = _labels.Length == _vertexCount;
        foreach (var label in _labels)
        {
            if (string.IsNullOrEmpty(label) || !unique.Add(label))
            {
                _useLabels = false;
                break;
            }
        }

        if (!_useLabels && _vertexCount > 0)
        {
            _s.Notes.Add("vertex labels are missing or not unique: agent ids are the vertex numbers and the labels their names ({0} vertices)", _vertexCount);
        }
    }

    private void CreateAgents()
    {
        _ids = new string[_vertexCount];
        for (var i = 0; i < _vertexCount; i++)
        {
            var label = i < _labels.Length ? _labels[i] : null;
            _ids[i] = _useLabels ? label! : (i + 1).ToString(CultureInfo.InvariantCulture);
            _s.AddAgent(new Agent(_ids[i], AgentKind.Person) { Name = _useLabels || string.IsNullOrEmpty(label) ? null : label }, _lines.LineNumber);
        }

        _labels = [];
    }

    private void ReadPair()
    {
        if (_tokens.Count < 2)
        {
            throw _lines.Error("an arc or edge line needs two vertex numbers");
        }

        var weight = 1.0;
        if (_tokens.Count > 2)
        {
            if (FieldText.TryParseDouble(_tokens[2], out var w))
            {
                weight = w;
                if (_tokens.Count > 3)
                {
                    _s.Notes.Add("{0} arc or edge lines had drawing parameters, ignored");
                }
            }
            else
            {
                _s.Notes.Add("{0} arc or edge lines had drawing parameters, ignored");
            }
        }

        Add(Index(_tokens[0]), Index(_tokens[1]), weight);
    }

    private void ReadList()
    {
        var source = Index(_tokens[0]);
        for (var k = 1; k < _tokens.Count; k++)
        {
            Add(source, Index(_tokens[k]), 1.0);
        }
    }

    private void ReadMatrixRow()
    {
        if (_matrixRow >= _vertexCount)
        {
            throw _lines.Error($"the matrix has more than {_vertexCount} rows");
        }

        if (_tokens.Count != _vertexCount)
        {
            throw _lines.Error($"matrix row {_matrixRow + 1} has {_tokens.Count} values, not {_vertexCount}");
        }

        // A row of n values names every vertex.
        _declared!.AllAppear();

        for (var j = 0; j < _tokens.Count; j++)
        {
            if (!FieldText.TryParseDouble(_tokens[j], out var value))
            {
                throw _lines.Error($"matrix value '{ReadSession.Quote(_tokens[j])}' is not a number");
            }

            if (value != 0)
            {
                Add(_matrixRow, j, value);
            }
        }

        _matrixRow++;
    }

    private void EndMatrix()
    {
        if (_section == Section.Matrix && _matrixRow != _vertexCount)
        {
            throw _lines.Error($"the matrix has {_matrixRow} rows, not {_vertexCount}");
        }
    }

    private void Add(int source, int target, double weight)
    {
        if (_section is Section.Edges or Section.EdgesList)
        {
            _edges++;
        }
        else
        {
            _arcs++;
        }

        _declared!.Add(new HeldTie(source, target, weight, _relation, _lines.LineNumber));
    }

    private void Emit(HeldTie tie)
    {
        var draft = _s.TransactionDraft;
        draft.Reset();
        draft.NumericWeight = tie.Weight;
        if (tie.Relation is not null)
        {
            draft.Extras.Add(new("relation", tie.Relation));
        }

        _s.AddTransaction(RecordAssembler.BuildTransaction(_s, _ids[tie.Source], _ids[tie.Target], draft, tie.Line), tie.Source, tie.Target, tie.Line);
    }

    private int Index(string token)
    {
        if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
        {
            throw _lines.Error($"'{ReadSession.Quote(token)}' is not a vertex number");
        }

        if (index < 1 || index > _vertexCount)
        {
            throw _lines.Error($"vertex number {index} is outside 1..{_vertexCount}");
        }

        return index - 1;
    }
}
