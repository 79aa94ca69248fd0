using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// The state every reader shares: the network builder, node ids seen, caps, warnings and the file name
/// that every problem carries. One per read; not thread-safe.
/// </summary>
internal sealed class ReadSession
{
    private const int CancellationInterval = 4096;

    private readonly TransactionNetworkBuilder _builder = new();
    private readonly Dictionary<string, int> _agents = new(StringComparer.Ordinal);
    private readonly List<string> _agentIds = [];
    private readonly CancellationToken _ct;
    private HashSet<string>? _transactionIds;
    private List<(string Id, long Line)>? _forwardReferences;
    private int _transactions;
    private int _tick;

    public ReadSession(string file, FormatReadOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        File = string.IsNullOrEmpty(file) ? "<input>" : file;
        Options = options;
        _ct = ct;
        ct.ThrowIfCancellationRequested();
    }

    public string File { get; }

    public FormatReadOptions Options { get; }

    public Notes Notes { get; } = new();

    public AgentDraft AgentDraft { get; } = new();

    public TransactionDraft TransactionDraft { get; } = new();

    public int AgentCount => _agents.Count;

    public int TransactionCount => _transactions;

    /// <summary>A problem at <paramref name="line"/> of the file (null when unknown).</summary>
    public InputFormatException Error(long? line, string? column, string message) =>
        new(new InputProblem(File, line is > 0 ? line : null, column, message));

    /// <summary>Shortens a value quoted in a message so a hostile 1 MB id does not make a 1 MB message.</summary>
    public static string Quote(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "...");

    /// <summary>Trims an id and checks it is not empty and not over the length cap.</summary>
    public string Id(string raw, long line, string what)
    {
        if (raw.Length > Options.MaxAttributeLength)
        {
            throw Error(line, null, $"the {what} is longer than {Options.MaxAttributeLength:N0} characters (FormatReadOptions.MaxAttributeLength)");
        }

        var id = raw.Length > 0 && (char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1])) ? raw.Trim() : raw;
        if (id.Length == 0)
        {
            throw Error(line, null, $"the {what} is empty");
        }

        return id;
    }

    /// <summary>Checks a value against <see cref="FormatReadOptions.MaxAttributeLength"/>.</summary>
    public string Value(string value, long line, string name)
    {
        if (value.Length > Options.MaxAttributeLength)
        {
            throw Error(line, null, $"the value of '{Quote(name)}' is longer than {Options.MaxAttributeLength:N0} characters (FormatReadOptions.MaxAttributeLength)");
        }

        return value;
    }

    public bool HasAgent(string id) => _agents.ContainsKey(id);

    public void AddAgent(Agent agent, long line)
    {
        if (_agents.Count >= Options.MaxNodes)
        {
            throw Error(line, null, $"more than {Options.MaxNodes:N0} nodes (FormatReadOptions.MaxNodes)");
        }

        if (!_agents.TryAdd(agent.Id, _agents.Count))
        {
            throw Error(line, "id", $"duplicate node id '{Quote(agent.Id)}'");
        }

        _agentIds.Add(agent.Id);

        _builder.AddAgent(agent);
        Tick();
    }

    /// <summary>
    /// Resolves an edge endpoint: the stored id when the node is known, else <paramref name="id"/>, which
    /// must be declared by the end of the file (checked by <see cref="Finish"/>, which reports this line).
    /// </summary>
    public string Endpoint(string id, long line)
    {
        if (_agents.TryGetValue(id, out var index))
        {
            return _agentIds[index];
        }

        (_forwardReferences ??= []).Add((id, line));
        return id;
    }

    public void AddTransaction(Transaction transaction, long line)
    {
        if (_transactions >= Options.MaxEdges)
        {
            throw Error(line, null, $"more than {Options.MaxEdges:N0} edges (FormatReadOptions.MaxEdges)");
        }

        if (transaction.Id is { } id && !(_transactionIds ??= new(StringComparer.Ordinal)).Add(id))
        {
            // NetworkX numbers parallel edges 0, 1, ... per node pair and writes those keys as edge ids,
            // so duplicate edge ids are common in valid files: keep the edge, drop the id.
            Notes.Add("{0} edges had an id already used by another edge; their ids were dropped");
            transaction = transaction with { Id = null };
        }

        _builder.AddTransaction(transaction);
        _transactions++;
        Tick();
    }

    /// <summary>Checks forward references, builds the network and returns the result.</summary>
    public FormatReadResult Finish(bool directed)
    {
        _ct.ThrowIfCancellationRequested();
        if (_forwardReferences is not null)
        {
            foreach (var (id, line) in _forwardReferences)
            {
                if (!_agents.ContainsKey(id))
                {
                    throw Error(line, null, $"edge endpoint '{Quote(id)}' is not a node of the file");
                }
            }
        }

        TransactionNetwork network;
        try
        {
            network = _builder.Build();
        }
        catch (InputFormatException ex)
        {
            // The readers check what they can with line numbers; the model's own rules are the backstop.
            var problems = ex.Problems.Select(p => p with { File = $"{File} ({p.File})" }).ToList();
            throw new InputFormatException(problems, ex.TotalProblems, ex.StoppedEarly);
        }

        return new FormatReadResult(network, directed, Notes.ToList());
    }

    private void Tick()
    {
        if (++_tick == CancellationInterval)
        {
            _tick = 0;
            _ct.ThrowIfCancellationRequested();
        }
    }
}
