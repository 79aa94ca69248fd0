using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// The state every reader shares: the network builder, node ids seen, caps, warnings and the file name
/// that every problem carries. One per read; not thread-safe.
/// </summary>
internal sealed class ReadSession
{
    private const int CancellationInterval = 4096;

    // The model's attribute check compares every name with every earlier one; the assembler already
    // guarantees those rules with a set, so records with many attributes skip the quadratic part.
    private const int LinearCheckLimit = 32;

    private static readonly IReadOnlyDictionary<string, string> _noAttributes = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;

    private readonly TransactionNetworkBuilder _builder = new();
    private readonly List<RuleViolation> _violations = [];
    private readonly CancellationToken _ct;
    private List<(string Id, long Line)>? _forwardReferences;
    private int _tick;
    private long _attributeValues;

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

    public int AgentCount => _builder.AgentCount;

    public int TransactionCount => _builder.TransactionCount;

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

    /// <summary>Adds an agent (checked against the model's rules); a duplicate id is an error at <paramref name="line"/>.</summary>
    public void AddAgent(Agent agent, long line)
    {
        if (_builder.AgentCount >= Options.MaxNodes)
        {
            throw Error(line, null, $"more than {Options.MaxNodes:N0} nodes (FormatReadOptions.MaxNodes)");
        }

        CountAttributes(agent.Attributes.Count, line);
        agent = RecordRules.Normalize(agent);
        _violations.Clear();
        RecordRules.Check(agent.Attributes.Count <= LinearCheckLimit ? agent : agent with { Attributes = _noAttributes }, _violations);
        ThrowViolations(line);
        if (!_builder.TryAddAgent(agent, out _))
        {
            throw Error(line, "id", $"duplicate node id '{Quote(agent.Id)}'");
        }

        Tick();
    }

    /// <summary>
    /// Resolves an edge endpoint to the stored agent id and index; a node not yet read gets index −1 and
    /// must be declared by the end of the file (checked by <see cref="Finish"/>, which reports this line).
    /// </summary>
    public Endpoint Endpoint(string id, long line)
    {
        if (_builder.TryFindAgent(id, out var index, out var stored))
        {
            return new Endpoint(stored, index);
        }

        (_forwardReferences ??= []).Add((id, line));
        return new Endpoint(id, -1);
    }

    /// <summary>Adds a transaction built by <see cref="RecordAssembler"/> between resolved endpoints (index −1: resolved at the end).</summary>
    public void AddTransaction(Transaction transaction, int source, int target, long line)
    {
        if (_builder.TransactionCount + _builder.TieCount >= Options.MaxEdges)
        {
            throw Error(line, null, $"more than {Options.MaxEdges:N0} edges (FormatReadOptions.MaxEdges)");
        }

        CountAttributes(transaction.Attributes.Count, line);

        // The assembler already applied these rules with better messages; this keeps the model's own check
        // as the last word, because the builder's fast path does not check.
        _violations.Clear();
        RecordRules.Check(transaction.Attributes.Count <= LinearCheckLimit ? transaction : transaction with { Attributes = _noAttributes }, _violations);
        ThrowViolations(line);
        if (!_builder.TryAddTransaction(transaction, source, target))
        {
            // NetworkX numbers parallel edges 0, 1, ... per node pair and writes those keys as edge ids,
            // so duplicate edge ids are common in valid files: keep the edge, drop the id.
            Notes.Add("{0} edges had an id already used by another edge; their ids were dropped");
            _builder.TryAddTransaction(transaction with { Id = null }, source, target);
        }

        Tick();
    }

    /// <summary>The agent read so far with id <paramref name="id"/>, if any (no forward reference is recorded).</summary>
    public bool TryAgent(string id, out Endpoint endpoint)
    {
        var found = _builder.TryFindAgent(id, out var index, out var stored);
        endpoint = new Endpoint(stored ?? id, index);
        return found;
    }

    /// <summary>Adds a tie built by <see cref="RecordAssembler.BuildTie"/>; ties count against <see cref="FormatReadOptions.MaxEdges"/> with the transactions.</summary>
    public void AddTie(Tie tie, int source, int target, long line)
    {
        if (_builder.TransactionCount + _builder.TieCount >= Options.MaxEdges)
        {
            throw Error(line, null, $"more than {Options.MaxEdges:N0} edges (FormatReadOptions.MaxEdges)");
        }

        CountAttributes(tie.Attributes.Count, line);
        _violations.Clear();
        RecordRules.Check(tie.Attributes.Count <= LinearCheckLimit ? tie : tie with { Attributes = _noAttributes }, _violations);
        ThrowViolations(line);
        if (!_builder.TryAddTie(tie, source, target))
        {
            Notes.Add("{0} ties had an id already used by another tie; their ids were dropped");
            _builder.TryAddTie(tie with { Id = null }, source, target);
        }

        Tick();
    }

    /// <summary>Adds a group record; a duplicate id is an error at <paramref name="line"/>.</summary>
    public void AddGroup(Group group, long line)
    {
        CountAttributes(group.Attributes.Count, line);
        group = RecordRules.Normalize(group);
        _violations.Clear();
        RecordRules.Check(group.Attributes.Count <= LinearCheckLimit ? group : group with { Attributes = _noAttributes }, _violations);
        ThrowViolations(line);
        if (!_builder.TryAddGroup(group))
        {
            throw Error(line, "id", $"duplicate group id '{Quote(group.Id)}'");
        }
    }

    /// <summary>Checks forward references, builds the network and returns the result.</summary>
    public FormatReadResult Finish(bool directed)
    {
        _ct.ThrowIfCancellationRequested();
        if (_forwardReferences is not null)
        {
            foreach (var (id, line) in _forwardReferences)
            {
                if (!_builder.TryFindAgent(id, out _, out _))
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

    private void ThrowViolations(long line)
    {
        if (_violations.Count > 0)
        {
            var problems = _violations.Select(v => new InputProblem(File, line > 0 ? line : null, v.Column, v.Message)).ToList();
            throw new InputFormatException(problems, problems.Count);
        }
    }

    private void CountAttributes(int count, long line)
    {
        _attributeValues += count;
        if (_attributeValues > Options.MaxAttributeValues)
        {
            throw Error(line, null, $"more than {Options.MaxAttributeValues:N0} attribute values (FormatReadOptions.MaxAttributeValues)");
        }
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
