namespace NetworkAnalysis.Core;

/// <summary>
/// What a <see cref="Tie"/> (a standing relationship between two agents, without an amount) is. The
/// data-format words are defined in <see cref="DomainWords"/>. Direction: <see cref="Family"/> and
/// <see cref="Association"/> are mutual; every other kind reads from <see cref="Tie.Source"/> to
/// <see cref="Tie.Target"/> as described on each value.
/// </summary>
public enum TieKind
{
    /// <summary><c>ownership</c>: source owns (a share of) target.</summary>
    Ownership,

    /// <summary><c>directorship</c>: source directs or manages target.</summary>
    Directorship,

    /// <summary><c>membership</c>: source is a member of target.</summary>
    Membership,

    /// <summary><c>employment</c>: source works for target.</summary>
    Employment,

    /// <summary><c>family</c>: source and target are relatives (mutual).</summary>
    Family,

    /// <summary><c>association</c>: source and target are associates (mutual).</summary>
    Association,

    /// <summary><c>representation</c>: source represents target (a lawyer, agent or proxy for a client).</summary>
    Representation,

    /// <summary><c>other</c>: any other relationship, read from source to target.</summary>
    Other,
}
