using System.Globalization;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Ucinet;

/// <summary>
/// Reads UCINET DL files in the <c>fullmatrix</c>, <c>edgelist1</c> and <c>nodelist1</c> formats, with labels
/// given separately (<c>labels:</c>, <c>row labels:</c>) or embedded in the data (<c>labels embedded</c>).
/// </summary>
/// <remarks>
/// <c>N</c> is checked against <see cref="FormatReadOptions.MaxDeclaredSize"/> before anything is allocated,
/// and its nodes become agents by what the file contains (<see cref="DeclaredNodes"/>): a full matrix is
/// read whole before its agents are created, a list file's nodes must appear in labels or data lines.
/// A full matrix is a directed network unless it is symmetric, in which case it is read as undirected with
/// one transaction per pair (upper triangle and diagonal). Cell values and edge values are the weights;
/// zero cells are no edge. Several matrices (<c>NM</c> &gt; 1) and two-mode data (<c>NR</c>, <c>NC</c>) are
/// rejected. Labels become agent ids (names when they are not unique, the ids then being numbers).
/// </remarks>
internal sealed class UcinetDlReader
{
    private readonly ReadSession _s;
    private readonly DlTokens _t;
    private readonly Dictionary<string, int> _embedded = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private int _n = -1;
    private long _nLine;
    private DeclaredNodes? _declared;
    private string _format = "fullmatrix";
    private bool _diagonal = true;
    private bool _labelsEmbedded;
    private string[]? _labels;

    private UcinetDlReader(ReadSession session, DlTokens tokens)
    {
        _s = session;
        _t = tokens;
    }

    public static FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct)
    {
        var session = new ReadSession(fileName, options, ct);
        var limited = new LimitedReadStream(stream, options.MaxDocumentBytes, session.File);
        return new UcinetDlReader(session, new DlTokens(new LineReader(limited, session))).ReadFile();
    }

    private FormatReadResult ReadFile()
    {
        ReadHeader();
        return _format switch
        {
            "fullmatrix" => ReadFullMatrix(),
            "edgelist1" => ReadLists(nodeList: false),
            _ => ReadLists(nodeList: true),
        };
    }

    private Exception Error(string message) => _s.Error(_t.Line, null, message);

    private static string Keyword(string token) => token.TrimEnd(':').ToLowerInvariant();

    private void ReadHeader()
    {
        var first = _t.Next();
        if (first is null || Keyword(first) != "dl")
        {
            throw _s.Error(_t.Line, null, "not a UCINET DL file: it must start with DL");
        }

        while (true)
        {
            var token = _t.Next() ?? throw Error("the file ends before 'data:'");
            if (token == ":")
            {
                continue;
            }

            switch (Keyword(token))
            {
                case "n":
                    _n = Count("N");
                    _nLine = _t.Line;
                    break;
                case "nm":
                    if (Count("NM") != 1)
                    {
                        throw Error("several matrices (NM > 1) are not supported; split the file into one DL file per relation");
                    }

                    break;
                case "nr":
                case "nc":
                    throw Error("two-mode data (NR, NC) is not supported; a transaction network is one-mode");
                case "format":
                    var format = Keyword(_t.Next() ?? throw Error("FORMAT needs a value"));
                    _format = format switch
                    {
                        "fullmatrix" or "fm" or "full" => "fullmatrix",
                        "edgelist1" or "el1" => "edgelist1",
                        "nodelist1" or "nl1" => "nodelist1",
                        _ => throw Error($"the DL format '{ReadSession.Quote(format)}' is not supported (fullmatrix, edgelist1, nodelist1)"),
                    };
                    break;
                case "diagonal":
                    var diagonal = Keyword(_t.Next() ?? throw Error("DIAGONAL needs PRESENT or ABSENT"));
                    _diagonal = diagonal switch
                    {
                        "present" => true,
                        "absent" => false,
                        _ => throw Error("DIAGONAL must be PRESENT or ABSENT"),
                    };
                    break;
                case "row":
                case "labels":
                    if (Keyword(token) == "row")
                    {
                        Expect("labels");
                    }

                    if (_t.Peek() is { } next && Keyword(next) == "embedded")
                    {
                        _t.Next();
                        _labelsEmbedded = true;
                    }
                    else
                    {
                        _labels = ReadLabels();
                    }

                    break;
                case "column":
                case "col":
                    Expect("labels");
                    ReadLabels();
                    _s.Notes.Add("{0} column label lists ignored (one-mode data: the row labels name the nodes)");
                    break;
                case "level":
                case "matrix":
                    Expect("labels");
                    _t.Next();
                    break;
                case "data":
                    return;
                default:
                    throw Error($"unknown DL keyword '{ReadSession.Quote(token)}'");
            }
        }
    }

    private void Expect(string keyword)
    {
        var token = _t.Next();
        if (token is null || Keyword(token) != keyword)
        {
            throw Error($"expected '{keyword}'");
        }
    }

    private int Count(string what)
    {
        var token = _t.Next() ?? throw Error($"{what} needs a number");
        if (!long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw Error($"{what} must be a whole number, not '{ReadSession.Quote(token)}'");
        }

        if (value > _s.Options.MaxDeclaredSize)
        {
            throw Error($"{what} = {value:N0} is more than {_s.Options.MaxDeclaredSize:N0} (FormatReadOptions.MaxDeclaredSize)");
        }

        return (int)value;
    }

    private string[] ReadLabels()
    {
        if (_n < 0)
        {
            throw Error("N must come before the labels");
        }

        // Grown as labels are read, not sized by the declared N (a 40-byte file can declare a million).
        var labels = new List<string>(Math.Min(_n, 1024));
        for (var i = 0; i < _n; i++)
        {
            labels.Add(_s.Value(_t.Next() ?? throw Error($"the file ends after {i} of {_n} labels"), _t.Line, "label"));
        }

        return [.. labels];
    }

    /// <summary>Adds the N nodes, named by <paramref name="labels"/> (ids when unique, else numbers).</summary>
    private void AddNodes(string[]? labels)
    {
        // A second header can change N after the labels were read (found by fuzzing): the counts must agree.
        if (labels is not null && labels.Length != _n)
        {
            throw Error($"{labels.Length:N0} labels were given but N = {_n:N0}");
        }

        var trimmed = labels?.Select(l => l.Trim()).ToArray();
        var unique = trimmed is not null && trimmed.All(l => l.Length > 0) && trimmed.Distinct(StringComparer.Ordinal).Count() == trimmed.Length;
        if (trimmed is not null && !unique && trimmed.Length > 0)
        {
            _s.Notes.Add("labels are missing or not unique: agent ids are the node numbers and the labels their names ({0} nodes)", trimmed.Length);
        }

        for (var i = 0; i < _n; i++)
        {
            var id = unique ? trimmed![i] : (i + 1).ToString(CultureInfo.InvariantCulture);
            _ids.Add(id);
            _s.AddAgent(new Agent(id, AgentKind.Person) { Name = unique || trimmed is null || trimmed[i].Length == 0 ? null : trimmed[i] }, _t.Line);
        }
    }

    private FormatReadResult ReadFullMatrix()
    {
        if (_n < 0)
        {
            throw Error("a full matrix needs N");
        }

        if (_labelsEmbedded)
        {
            var columns = new List<string>(Math.Min(_n, 1024));
            for (var j = 0; j < _n; j++)
            {
                columns.Add(_s.Value(_t.Next() ?? throw Error($"the file ends after {j} of {_n} column labels"), _t.Line, "label"));
            }

            _labels = [.. columns];
        }

        var cells = new List<(int Row, int Column, double Value, long Line)>();
        var lookup = new Dictionary<long, double>();
        for (var i = 0; i < _n; i++)
        {
            if (_labelsEmbedded)
            {
                var rowLabel = _t.Next() ?? throw Error($"the file ends before row {i + 1}");
                if (!string.Equals(rowLabel.Trim(), _labels![i].Trim(), StringComparison.Ordinal))
                {
                    _s.Notes.Add("{0} row labels differ from the column label of the same position; the column labels name the nodes");
                }
            }

            for (var j = 0; j < _n; j++)
            {
                if (!_diagonal && i == j)
                {
                    continue;
                }

                var token = _t.Next() ?? throw Error($"the file ends in row {i + 1} of the {_n}×{_n} matrix");
                if (!FieldText.TryParseDouble(token, out var value))
                {
                    throw Error($"matrix value '{ReadSession.Quote(token)}' is not a number");
                }

                if (value != 0)
                {
                    cells.Add((i, j, value, _t.Line));
                    lookup[((long)i * _n) + j] = value;
                }
            }
        }

        if (_t.Next() is { } extra)
        {
            throw Error($"more data than the {_n}×{_n} matrix: '{ReadSession.Quote(extra)}'");
        }

        // Only now, with N × N values read, are the N agents known to be in the file.
        AddNodes(_labels);
        var symmetric = cells.TrueForAll(c => c.Row == c.Column || (lookup.TryGetValue(((long)c.Column * _n) + c.Row, out var v) && v.Equals(c.Value)));
        foreach (var (row, column, value, line) in cells)
        {
            if (!symmetric || row <= column)
            {
                AddEdge(row, column, value, line);
            }
        }

        return _s.Finish(directed: !symmetric || cells.Count == 0);
    }

    private FormatReadResult ReadLists(bool nodeList)
    {
        if (!_labelsEmbedded)
        {
            if (_n < 0)
            {
                throw Error($"{_format} without embedded labels needs N");
            }

            var labels = _labels;
            _declared = new DeclaredNodes(_s, _n, _nLine, $"N = {_n:N0} declares {_n:N0} nodes", () => AddNodes(labels), tie => AddEdge(tie.Source, tie.Target, tie.Weight, tie.Line));
            if (labels is not null)
            {
                _declared.AllAppear();
            }
        }
        else if (_labels is not null)
        {
            foreach (var label in _labels)
            {
                Node(label);
            }
        }

        var tokens = new List<string>();
        while (_t.NextLine(tokens))
        {
            var line = _t.Line;
            var source = Node(tokens[0]);
            if (nodeList)
            {
                _declared?.Appears(source);
                for (var k = 1; k < tokens.Count; k++)
                {
                    Tie(source, Node(tokens[k]), 1.0, line);
                }

                continue;
            }

            if (tokens.Count == 1)
            {
                _declared?.Appears(source);
                continue; // an isolated node
            }

            var target = Node(tokens[1]);
            var weight = 1.0;
            if (tokens.Count > 2 && !FieldText.TryParseDouble(tokens[2], out weight))
            {
                throw Error($"edge value '{ReadSession.Quote(tokens[2])}' is not a number");
            }

            if (tokens.Count > 3)
            {
                throw Error("an edgelist1 line has at most three items: from, to and value");
            }

            if (weight == 0)
            {
                _s.Notes.Add("{0} edge list lines with value 0 (no tie) skipped");
                continue;
            }

            Tie(source, target, weight, line);
        }

        _declared?.Finish();
        return _s.Finish(directed: true);
    }

    /// <summary>The index of the node a data item names: a label when labels are embedded, else a 1-based number.</summary>
    private int Node(string token)
    {
        if (_labelsEmbedded)
        {
            var label = _s.Value(token, _t.Line, "label").Trim();
            if (label.Length == 0)
            {
                throw Error("an empty label");
            }

            if (_embedded.TryGetValue(label, out var known))
            {
                return known;
            }

            if (_n >= 0 && _embedded.Count >= _n)
            {
                throw Error($"more than N = {_n} different labels");
            }

            var index = _ids.Count;
            _embedded.Add(label, index);
            _ids.Add(label);
            _s.AddAgent(new Agent(label, AgentKind.Person), _t.Line);
            return index;
        }

        if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            throw Error($"'{ReadSession.Quote(token)}' is not a node number (use 'labels embedded' for labels in the data)");
        }

        if (number < 1 || number > _n)
        {
            throw Error($"node number {number} is outside 1..{_n}");
        }

        return number - 1;
    }

    // Numbered nodes wait for DeclaredNodes; embedded labels are agents as soon as they are read.
    private void Tie(int source, int target, double weight, long line)
    {
        if (_declared is not null)
        {
            _declared.Add(new HeldTie(source, target, weight, null, line));
        }
        else
        {
            AddEdge(source, target, weight, line);
        }
    }

    private void AddEdge(int source, int target, double weight, long line)
    {
        var draft = _s.TransactionDraft;
        draft.Reset();
        draft.NumericWeight = weight;
        _s.AddTransaction(RecordAssembler.BuildTransaction(_s, _ids[source], _ids[target], draft, line), source, target, line);
    }
}
