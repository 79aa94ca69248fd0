namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// The nodes a header declares by number alone (Pajek <c>*Vertices n</c>, UCINET DL <c>N=n</c>), made into
/// agents by what the file actually contains. Every declared node stays an agent, isolated ones
/// included, but declared nodes that appear nowhere (no vertex line or label, no tie) are agents made
/// from nothing: at most <see cref="FormatReadOptions.MaxUnlistedNodes"/> of them, or as many as the
/// nodes that do appear. Until that is settled the ties are held back (sized by the file's lines);
/// once enough nodes have appeared, the agents are created and the held ties replayed in file order.
/// A 28-byte file declaring a million vertices is refused at the end of its three lines, having
/// allocated nothing by the declared count.
/// </summary>
internal sealed class DeclaredNodes
{
    private readonly ReadSession _s;
    private readonly long _line;
    private readonly string _declaration;
    private readonly Action _materialize;
    private readonly Action<HeldTie> _emit;
    private readonly List<HeldTie> _held = [];
    private ulong[] _seen = [];
    private int _appeared;

    /// <param name="session">The read.</param>
    /// <param name="count">The declared count (already checked against <see cref="FormatReadOptions.MaxDeclaredSize"/>).</param>
    /// <param name="line">The header's line, named in the error.</param>
    /// <param name="declaration">How the header reads, e.g. <c>*Vertices declares 1,000 vertices</c>.</param>
    /// <param name="materialize">Adds the <paramref name="count"/> agents, in order.</param>
    /// <param name="emit">Adds one tie between agents by index.</param>
    public DeclaredNodes(ReadSession session, int count, long line, string declaration, Action materialize, Action<HeldTie> emit)
    {
        _s = session;
        Count = count;
        _line = line;
        _declaration = declaration;
        _materialize = materialize;
        _emit = emit;
    }

    /// <summary>The declared node count.</summary>
    public int Count { get; }

    /// <summary>True once the agents exist (ties are added directly from then on).</summary>
    public bool Materialized { get; private set; }

    /// <summary>Node <paramref name="index"/> (0-based, in range) appears in the file.</summary>
    public void Appears(int index)
    {
        if (Materialized)
        {
            return;
        }

        var word = index >> 6;
        if (word >= _seen.Length)
        {
            // Grown by the largest index seen: at most Count / 8 bytes, reached only by a file naming that index.
            Array.Resize(ref _seen, Math.Max(word + 1, Math.Min((Count + 63) >> 6, 2 * _seen.Length)));
        }

        var bit = 1UL << (index & 63);
        if ((_seen[word] & bit) == 0)
        {
            _seen[word] |= bit;
            _appeared++;
        }
    }

    /// <summary>Every node appears (a full matrix, a complete label list).</summary>
    public void AllAppear() => _appeared = Count;

    /// <summary>Adds a tie now, or holds it until the agents exist.</summary>
    public void Add(HeldTie tie)
    {
        if (Materialized)
        {
            _emit(tie);
            return;
        }

        Appears(tie.Source);
        Appears(tie.Target);
        if (_held.Count + _s.TransactionCount >= _s.Options.MaxEdges)
        {
            throw _s.Error(tie.Line, null, $"more than {_s.Options.MaxEdges:N0} edges (FormatReadOptions.MaxEdges)");
        }

        _held.Add(tie);
        if (Settled)
        {
            Materialize();
        }
    }

    /// <summary>At the end of the file: refuses a declaration mostly of nothing, else creates the agents and adds the held ties.</summary>
    public void Finish()
    {
        if (Materialized)
        {
            return;
        }

        if (!Settled)
        {
            var missing = Count - _appeared;
            throw _s.Error(_line, null, $"{_declaration} but only {_appeared:N0} appear in the file (in a vertex line, label or tie): "
                + $"the other {missing:N0} would be isolated agents made from nothing; at most {_s.Options.MaxUnlistedNodes:N0} "
                + "(FormatReadOptions.MaxUnlistedNodes), or as many as appear, are accepted");
        }

        Materialize();
    }

    // The end can only be accepted once the nodes that never appear are within the cap: appearing nodes only shrink that number.
    private bool Settled => Count - _appeared <= Math.Max(_s.Options.MaxUnlistedNodes, _appeared);

    private void Materialize()
    {
        Materialized = true;
        _seen = [];
        _materialize();
        foreach (var tie in _held)
        {
            _emit(tie);
        }

        _held.Clear();
        _held.TrimExcess();
    }
}

/// <summary>A tie read before its endpoints were agents: 0-based node indices, weight, relation label (or null) and line.</summary>
internal readonly record struct HeldTie(int Source, int Target, double Weight, string? Relation, long Line);
