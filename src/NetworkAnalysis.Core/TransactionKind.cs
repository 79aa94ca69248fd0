namespace NetworkAnalysis.Core;

/// <summary>
/// What a transaction (a directed link between two agents) is. The data-format words are defined in
/// <see cref="DomainWords"/>.
/// </summary>
public enum TransactionKind
{
    /// <summary><c>communication</c>: a call, message or meeting.</summary>
    Communication,

    /// <summary><c>payment</c>: a payment between offenders.</summary>
    Payment,

    /// <summary><c>fee</c>: a smuggling fee paid by a migrant.</summary>
    Fee,

    /// <summary><c>bribe</c>: a bribe or protection money paid to an official.</summary>
    Bribe,

    /// <summary><c>transport</c>: a transport leg (source moves or carries target's people).</summary>
    Transport,

    /// <summary><c>documents</c>: supply of (forged or fraudulently obtained) documents.</summary>
    Documents,

    /// <summary><c>recruitment</c>: recruitment of a migrant or victim.</summary>
    Recruitment,

    /// <summary><c>exploitation</c>: exploitation of a victim, or the proceeds of it.</summary>
    Exploitation,

    /// <summary><c>debt_collection</c>: collection of a debt.</summary>
    DebtCollection,

    /// <summary><c>protection</c>: escort, security or enforcement services.</summary>
    Protection,

    /// <summary><c>laundering</c>: a money-laundering transfer.</summary>
    Laundering,

    /// <summary><c>drugs</c>: drug trafficking.</summary>
    Drugs,

    /// <summary><c>arms</c>: arms smuggling.</summary>
    Arms,
}
